package io.qunflow.workflow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the workflow's process tests share: the application's engine bound to the process
 * assertions, and groups opened and driven through the API.
 */
abstract class ProcessTestFixture {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

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
}
