/** What operators watch: meters beyond those of a single feature, exported with the actuator. */
package io.qunflow.ops;
