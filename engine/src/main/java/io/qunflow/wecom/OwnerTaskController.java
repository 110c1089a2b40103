package io.qunflow.wecom;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner inbox: the tasks owners carry out by hand in WeCom, done or dismissed here. */
@RestController
@RequestMapping("/api/v1/wecom/owner-tasks")
class OwnerTaskController {

    enum Status {
        OPEN,
        DONE,
        DISMISSED
    }

    private final OwnerTasks tasks;
    private final WeComNames names;

    OwnerTaskController(OwnerTasks tasks, WeComNames names) {
        this.tasks = tasks;
        this.names = names;
    }

    @GetMapping
    @RequestSubject(value = "The owner-task query", zh = "群主任务查询")
    List<OwnerTask> list(@RequestParam(required = false) @OneOf(Status.class) String status) {
        return names.tasks(tasks.list(status, 500));
    }

    @GetMapping("/{id}")
    OwnerTask get(@PathVariable String id) {
        return names.task(tasks.get(id));
    }

    @RequestSubject(value = "The completion", zh = "任务完成记录")
    record Completion(
            @OneOf(value = OwnerTask.Outcome.class, required = true)
            String outcome,

            @Text(max = 500) String note) {}

    /** {@code outcome} DONE (carried out in WeCom) or DISMISSED (decided against, and then a note says why). */
    @PostMapping("/{id}/complete")
    OwnerTask complete(@PathVariable String id, @Valid @RequestBody Completion request, Authentication who) {
        OwnerTask.Outcome outcome = OwnerTask.Outcome.valueOf(request.outcome());
        boolean noNote = request.note() == null || request.note().isBlank();
        if (outcome == OwnerTask.Outcome.DISMISSED && noNote) {
            throw new InvalidRequestException(
                    "The completion is invalid", "任务完成记录有误", List.of(new FieldProblem("note", Words.REQUIRED)));
        }
        return names.task(tasks.complete(id, outcome, request.note() == null ? "" : request.note(), who.getName()));
    }
}
