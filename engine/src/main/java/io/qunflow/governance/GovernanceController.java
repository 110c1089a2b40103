package io.qunflow.governance;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Trying rules before they go live: dry-runs over given events. */
@RestController
@RequestMapping("/api/v1/rulesets/{name}")
class GovernanceController {

    private final DryRuns dryRuns;

    GovernanceController(DryRuns dryRuns) {
        this.dryRuns = dryRuns;
    }

    @PostMapping("/dry-run")
    DryRunResult dryRun(@PathVariable String name, @RequestBody DryRunRequest request) {
        return dryRuns.run(name, request);
    }
}
