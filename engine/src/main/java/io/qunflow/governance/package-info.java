/**
 * Rule governance that needs the whole application: trying a rule source against events before
 * it is published (dry-run) and replaying stored events against a candidate (backtest). Both run
 * the real event path inside transactions that are always rolled back, with the candidate
 * evaluated on that thread only, so nothing is stored and nothing is sent.
 */
@ApplicationModule(allowedDependencies = {"common", "events", "groups", "members", "rules"})
package io.qunflow.governance;

import org.springframework.modulith.ApplicationModule;
