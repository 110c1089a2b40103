/**
 * What every controller shares: JSON settings, {@code application/problem+json} answers for
 * every failure, the OpenAPI description and the server settings.
 */
@ApplicationModule(allowedDependencies = {"common"})
package io.qunflow.api;

import org.springframework.modulith.ApplicationModule;
