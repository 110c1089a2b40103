/**
 * The simulator: a synthetic community (groups of members who behave by persona) run through the
 * real engine — events, rules, workflows on timers — on a simulated clock, reported as charts and
 * a JSON summary. Started by {@code java -jar qunflow.jar simulate …}; see {@link SimulateCommand}.
 * The same members fill the demo community the embedded default loads on request
 * ({@code /api/v1/demo}, see {@link io.qunflow.simulator.DemoCommunity}).
 */
@ApplicationModule(
        allowedDependencies = {"common", "events", "groups", "members", "metrics", "security", "sop", "workflow"})
package io.qunflow.simulator;

import org.springframework.modulith.ApplicationModule;
