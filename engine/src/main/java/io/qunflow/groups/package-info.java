/**
 * Groups: their positioning, texts, phase and member count, and the port to the workflow that
 * carries each group through its life ({@link io.qunflow.groups.GroupLifecycle}).
 */
@ApplicationModule(allowedDependencies = {"audit", "common"})
package io.qunflow.groups;

import org.springframework.modulith.ApplicationModule;
