/**
 * The audit trail: who changed what (rule sets, parameters, word lists, layers, calendars),
 * when and why, with the diff.
 */
@ApplicationModule(allowedDependencies = {"common"})
package io.qunflow.audit;

import org.springframework.modulith.ApplicationModule;
