package io.qunflow.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets go of the engine's parsed mapping documents once its statements are built. MyBatis keeps
 * every {@code <sql>} fragment of Camunda's mappings as a node of its XML document, and a node
 * holds its whole document: about twenty megabytes of DOM that only the building of statements
 * reads, kept for the life of the server.
 */
@Component
class MappingFragmentsRelease extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration
                .getSqlSessionFactory()
                .getConfiguration()
                .getSqlFragments()
                .clear();
    }
}
