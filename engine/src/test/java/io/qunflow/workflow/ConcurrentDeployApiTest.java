package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Words;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two deploys at once, as two designers on two nodes would make them: each diagram passes the
 * check alone, together they form what the check refuses (a caller passing a zero timer into a
 * loop that waits on it). The second comes in through the API, on its own connection and thread,
 * exactly while the first is between its check and its deploy; in the build's PostgreSQL run the
 * two are two sessions of one database, as two nodes are.
 */
@ApiTest
class ConcurrentDeployApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    WorkflowValidator validator;

    @Autowired
    AuditTrail audit;

    @Autowired
    StoredWorkflowCheck storedCheck;

    @Autowired
    DeploymentLock lock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeployArrivingBetweenAnotherDeploysCheckAndItsDeploy_isRefusedWith409_andStoresNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String loop = "raced-loop-" + suffix;
        String caller = "raced-caller-" + suffix;
        String callerXml = Bpmn.oneTaskThenWait(
                caller,
                HostileBpmnApiTest.callActivity(
                        loop, "<camunda:in source=\"warmUpMaxDays\" target=\"topicInterval\" />"));
        AtomicReference<Reply> second = new AtomicReference<>();
        WorkflowValidator checkedThenOtherDeploy = spy(validator);
        doAnswer(check -> {
                    Object problems = check.callRealMethod();
                    // The loop passed its check: no deployed process calls it yet. The caller comes now.
                    second.set(Bpmn.deploy(port, "designer", callerXml));
                    return problems;
                })
                .when(checkedThenOtherDeploy)
                .check(any(), any());
        WorkflowCatalog first = new WorkflowCatalog(
                repository, runtime, management, history, checkedThenOtherDeploy, audit, storedCheck, lock);
        long deployments = repository.createDeploymentQuery().count();

        WorkflowCatalog.Deployed deployed =
                first.deploy(HostileBpmnApiTest.loopOnTopicInterval(loop), "designer", new Words("loop", "循环"));

        assertThat(deployed.definitions())
                .extracting(WorkflowCatalog.DefinitionRef::key)
                .containsExactly(loop);
        Reply refused = second.get();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("Another workflow is being deployed");
        assertThat(refused.body().get("detailZh").asText()).contains("另一个流程正在部署");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(caller)
                        .count())
                .isZero();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'workflow' AND subject = ?")
                        .param(caller)
                        .query(Integer.class)
                        .single())
                .isZero();

        // Sent again once the first deploy is stored, the caller is checked against it and refused.
        Reply again = Bpmn.deploy(port, "designer", callerXml);
        assertThat(again.status()).as(again.raw()).isEqualTo(400);
        assertThat(again.raw()).contains("topicInterval (read by Tick)", loop);
    }
}
