package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the process tests of the shipped lifecycles share: the application's engine bound to the
 * process assertions, groups opened and driven through the API, and the lifecycle a group runs.
 */
abstract class LifecycleProcessFixture {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    TestGroups groups;
    final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));

    @BeforeEach
    void bindTheAssertionsToTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
        groups = new TestGroups(port);
    }

    @AfterEach
    void unbind() {
        BpmnAwareTests.reset();
    }

    /** The group's lifecycle instance, once the group is seen to run the workflow of its type. */
    ProcessInstance lifecycle(String groupId, String workflowKey) {
        assertThat(groups.group(groupId).get("workflowKey").asText()).isEqualTo(workflowKey);
        return processInstanceQuery()
                .processInstanceId(groups.processInstance(groupId))
                .singleResult();
    }
}
