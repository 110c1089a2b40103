/**
 * The simulator: a synthetic community (groups of members who behave by persona) run through the
 * real engine — events, rules, workflows on timers — on a simulated clock, reported as charts and
 * a JSON summary. Started by {@code java -jar qunflow.jar simulate …}; see {@link SimulateCommand}.
 */
@ApplicationModule(allowedDependencies = {"events", "groups", "members", "metrics", "sop", "workflow"})
package io.qunflow.simulator;

import org.springframework.modulith.ApplicationModule;
