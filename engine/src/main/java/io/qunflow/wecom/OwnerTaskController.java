package io.qunflow.wecom;

import io.qunflow.common.RequestChecks;
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

    OwnerTaskController(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<OwnerTask> list(@RequestParam(required = false) String status) {
        RequestChecks checks = new RequestChecks();
        Status wanted = checks.oneOf("status", status, Status.class, false);
        checks.throwIfAny("The owner-task query");
        return tasks.list(wanted == null ? null : wanted.name(), 500);
    }

    @GetMapping("/{id}")
    OwnerTask get(@PathVariable String id) {
        return tasks.get(id);
    }

    record Completion(String outcome, String note) {}

    /** {@code outcome} DONE (carried out in WeCom) or DISMISSED (decided against), with a note. */
    @PostMapping("/{id}/complete")
    OwnerTask complete(@PathVariable String id, @RequestBody Completion request, Authentication who) {
        RequestChecks checks = new RequestChecks();
        OwnerTask.Outcome outcome = checks.oneOf("outcome", request.outcome(), OwnerTask.Outcome.class, true);
        checks.text("note", request.note(), 500, outcome == OwnerTask.Outcome.DISMISSED);
        checks.throwIfAny("The completion");
        return tasks.complete(id, outcome, request.note() == null ? "" : request.note(), who.getName());
    }
}
