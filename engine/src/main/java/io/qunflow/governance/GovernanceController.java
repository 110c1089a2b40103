package io.qunflow.governance;

import io.qunflow.common.constraints.OffsetTime;
import io.qunflow.common.constraints.RequestSubject;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Trying rules before they go live: dry-runs over given events, backtests over stored ones. */
@RestController
@RequestMapping("/api/v1/rulesets/{name}")
class GovernanceController {

    private final DryRuns dryRuns;
    private final Backtests backtests;

    GovernanceController(DryRuns dryRuns, Backtests backtests) {
        this.dryRuns = dryRuns;
        this.backtests = backtests;
    }

    @RequestSubject(value = "The backtest", zh = "回测")
    record BacktestRequest(
            String source,
            @OffsetTime(required = true) String from,
            @OffsetTime(required = true) String to) {}

    @PostMapping("/backtests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BacktestView startBacktest(@PathVariable String name, @Valid @RequestBody BacktestRequest request, Principal who) {
        return backtests.start(name, request.source(), request.from(), request.to(), who.getName());
    }

    @GetMapping("/backtests/{id}")
    BacktestView backtest(@PathVariable String name, @PathVariable String id) {
        return backtests.get(name, id);
    }

    @PostMapping("/dry-run")
    DryRunResult dryRun(@PathVariable String name, @Valid @RequestBody DryRunRequest request) {
        return dryRuns.run(name, request);
    }
}
