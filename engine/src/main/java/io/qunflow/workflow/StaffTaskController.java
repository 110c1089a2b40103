package io.qunflow.workflow;

import io.qunflow.api.Problems;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff tasks for the people who do them: everyone sees the tasks assigned to them; operators and
 * admins, who run the groups, see every task (those for a group's owner among them) and may close
 * any.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class StaffTaskController {

    private final StaffTasks tasks;

    StaffTaskController(StaffTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<StaffTask> open(Authentication who) {
        return tasks.open(who.getName(), runsGroups(who));
    }

    @RequestSubject(value = "The completion", zh = "任务完成记录")
    record Completion(@Text(max = 500) String note) {}

    /** Marks the task done; the group's workflow goes on from it. */
    @PostMapping("/{id}/complete")
    StaffTask complete(@PathVariable String id, @Valid @RequestBody Completion request, Authentication who) {
        return tasks.complete(id, request.note() == null ? "" : request.note(), who.getName(), runsGroups(who));
    }

    @ExceptionHandler(StaffTasks.NotAssigned.class)
    ProblemDetail notAssigned(StaffTasks.NotAssigned e) {
        return Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, e.words);
    }

    private static boolean runsGroups(Authentication who) {
        return who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR")
                        || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
