/**
 * SOP content calendars: what each group posts when, from industry templates or by hand, checked
 * by the {@code sop} rules and delivered by the group's {@code group-sop} workflow on timers.
 */
@ApplicationModule(allowedDependencies = {"actions", "audit", "common", "events", "groups", "rules", "rules :: model"})
package io.qunflow.sop;

import org.springframework.modulith.ApplicationModule;
