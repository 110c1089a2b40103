package io.qunflow.members;

import io.qunflow.common.Ids;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.TrueOrFalse;
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
    @RequestSubject(value = "The pruning run", zh = "清理请求")
    PruningReport run(@PathVariable String groupId, @RequestParam(defaultValue = "false") @TrueOrFalse String dryRun) {
        return runner.prune(groupId, Ids.next("prn"), Boolean.parseBoolean(dryRun));
    }
}
