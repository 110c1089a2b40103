package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class MappingFragmentsReleaseTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void engine_holdsNoMappingDocumentOnceBuilt_andItsQueriesThatIncludedFragmentsStillRun() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getSqlSessionFactory().getConfiguration().getSqlFragments())
                .isEmpty();
        // These statements are built from shared <sql> fragments (query criteria, paging, ordering).
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .active()
                        .orderByProcessInstanceId()
                        .asc()
                        .listPage(0, 5))
                .hasSizeLessThanOrEqualTo(5);
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .activityType("userTask")
                        .count())
                .isNotNegative();
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .latestVersion()
                        .count())
                .isPositive();
    }
}
