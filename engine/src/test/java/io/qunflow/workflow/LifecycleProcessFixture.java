package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the process tests of the shipped lifecycles add to {@link ProcessTestFixture}: the job
 * executor's management and the lifecycle a group runs.
 */
abstract class LifecycleProcessFixture extends ProcessTestFixture {

    @Autowired
    ManagementService management;

    /** The group's lifecycle instance, once the group is seen to run the workflow of its type. */
    ProcessInstance lifecycle(String groupId, String workflowKey) {
        assertThat(groups.group(groupId).get("workflowKey").asText()).isEqualTo(workflowKey);
        return processInstanceQuery()
                .processInstanceId(groups.processInstance(groupId))
                .singleResult();
    }
}
