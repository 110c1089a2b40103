/**
 * Running any rule set over a chosen population of a group — the group itself, every member, or the
 * members of one layer — from a workflow step, and carrying out what it decides on the same path as
 * events: rewards through the ledger and budgets, everything else through the action outbox.
 */
@ApplicationModule(allowedDependencies = {"actions", "groups", "members", "rewards", "rules", "rules :: model"})
package io.qunflow.populations;

import org.springframework.modulith.ApplicationModule;
