/** Small building blocks every feature shares: ids, the clock, request and lookup failures. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.qunflow.common;
