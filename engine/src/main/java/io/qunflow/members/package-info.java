/**
 * Members: who is in each group in which role, their daily activity, their layer (core,
 * active, silent, churned) with its explanation, and pruning of the inactive.
 */
@ApplicationModule(
        allowedDependencies = {"actions", "audit", "common", "groups", "moderation", "rules", "rules :: model"})
package io.qunflow.members;

import org.springframework.modulith.ApplicationModule;
