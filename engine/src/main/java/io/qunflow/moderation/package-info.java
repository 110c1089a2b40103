/**
 * Moderation: normalising what members write, the live word lists and detectors that find
 * offences, the {@code moderation} rule set that decides, and the strikes on each member's record.
 */
@ApplicationModule(allowedDependencies = {"audit", "common", "rules", "rules :: model"})
package io.qunflow.moderation;

import org.springframework.modulith.ApplicationModule;
