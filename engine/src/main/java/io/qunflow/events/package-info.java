/**
 * The event hot path: connectors post what happened in a group; each event is applied once
 * (idempotent by its id), alone or in batches, through the named stages of {@link
 * io.qunflow.events.EventService}, and stored with its answer.
 */
@ApplicationModule(
        allowedDependencies = {
            "actions",
            "api",
            "checkins",
            "common",
            "groups",
            "members",
            "moderation",
            "rewards",
            "rules",
            "rules :: model"
        })
package io.qunflow.events;

import org.springframework.modulith.ApplicationModule;
