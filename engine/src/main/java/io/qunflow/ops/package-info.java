/** What operators watch: meters beyond those of a single feature, exported with the actuator. */
@ApplicationModule(allowedDependencies = {"actions"})
package io.qunflow.ops;

import org.springframework.modulith.ApplicationModule;
