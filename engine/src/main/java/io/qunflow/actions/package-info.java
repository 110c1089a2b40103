/**
 * The outbox of actions for connectors: what Qunflow decided to do in a group, written in the
 * transaction of the decision, pulled and acknowledged by connectors.
 */
@ApplicationModule(allowedDependencies = {"common", "rules"})
package io.qunflow.actions;

import org.springframework.modulith.ApplicationModule;
