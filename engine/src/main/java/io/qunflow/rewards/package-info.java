/**
 * Rewards: the points ledger and red envelopes that rules decide for joins, member-count
 * milestones, birthdays, holidays and check-in streaks, within each group's budget.
 */
@ApplicationModule(allowedDependencies = {"actions", "common", "groups", "members", "rules", "rules :: model"})
package io.qunflow.rewards;

import org.springframework.modulith.ApplicationModule;
