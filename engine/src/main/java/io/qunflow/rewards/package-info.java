/**
 * Rewards: the points ledger and red envelopes that rules decide for joins, member-count
 * milestones, birthdays, holidays and check-in streaks, within each group's budget.
 */
package io.qunflow.rewards;
