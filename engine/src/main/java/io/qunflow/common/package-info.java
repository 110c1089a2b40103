/** Small building blocks every feature shares: ids, the clock, request and lookup failures. */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package io.qunflow.common;

import org.springframework.modulith.ApplicationModule;
