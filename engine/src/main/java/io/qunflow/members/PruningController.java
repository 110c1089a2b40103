package io.qunflow.members;

import io.qunflow.common.Ids;
import io.qunflow.common.RequestChecks;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pruning on demand: what the rule decides now, and (unless a dry run) carrying it out. */
@RestController
class PruningController {

    private final PruningRunner runner;

    PruningController(PruningRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/api/v1/groups/{groupId}/pruning-runs")
    PruningReport run(@PathVariable String groupId, @RequestParam(defaultValue = "false") String dryRun) {
        RequestChecks checks = new RequestChecks();
        if (!dryRun.equals("true") && !dryRun.equals("false")) {
            checks.add("dryRun", "must be true or false");
        }
        checks.throwIfAny("The pruning run");
        return runner.prune(groupId, Ids.next("prn"), Boolean.parseBoolean(dryRun));
    }
}
