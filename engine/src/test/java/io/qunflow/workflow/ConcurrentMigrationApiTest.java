package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.audit.AuditTrail;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two designers, on two nodes, move the same running group to a new version at the same moment.
 * The second comes in through the API, on its own connection and thread, exactly while the first
 * has read the group (still on the old version) and not yet moved it: the second moves it, and the
 * first, the loser, finds the group no longer where it read it.
 */
@ApiTest
class ConcurrentMigrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoserOfTwoMovesAtOnce_saysInBothLanguagesThatTheOtherMovedTheGroup_andTheGroupMovesOnce() {
        String key = "raced-move-" + UUID.randomUUID().toString().substring(0, 8);
        String groupId = key + "-group";
        deploy(key, "等待");
        runtime.startProcessInstanceByKey(key, groupId);
        deploy(key, "等待（第二版）");
        String request = "{\"toVersion\":2,\"groupIds\":[\"" + groupId + "\"],\"dryRun\":false}";
        AtomicReference<Reply> winner = new AtomicReference<>();
        RuntimeService readThenOtherMove = spy(runtime);
        doAnswer(plan -> {
                    Object builder = plan.callRealMethod();
                    // This move has read the group on version 1; the other node's move comes now.
                    winner.set(ApiClient.asUser(port, "designer", "qunflow")
                            .post("/api/v1/workflows/" + key + "/migrations", request));
                    return builder;
                })
                .when(readThenOtherMove)
                .createMigrationPlan(any(), any());
        WorkflowMigrations loser = new WorkflowMigrations(repository, readThenOtherMove, tx, audit);

        WorkflowMigrations.Plan lost = loser.migrate(key, 2, List.of(groupId), false, "designer");

        Reply won = winner.get();
        assertThat(won.status()).as(won.raw()).isEqualTo(200);
        assertThat(won.body().get("plan").get(0).get("ok").asBoolean()).isTrue();
        WorkflowMigrations.Step step = lost.plan().get(0);
        assertThat(step.ok()).isFalse();
        assertThat(step.problems())
                .containsExactly(
                        "another move of this group ran at the same moment and took it to version 2; this one changed nothing");
        assertThat(step.problemsZh()).containsExactly("同一时刻另一次迁移已把这个社群迁到版本 2，本次未做任何更改");
        assertThat(repository
                        .getProcessDefinition(runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(groupId)
                                .singleResult()
                                .getProcessDefinitionId())
                        .getVersion())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT comment FROM qf_audit WHERE subject_type = 'workflow' AND subject = ?"
                                + " AND change = 'MIGRATED' ORDER BY id")
                        .param(key)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "1 of 1 running groups moved to version 2: [" + groupId + "]",
                        "0 of 1 running groups moved to version 2: []");
    }

    @Test
    void aGroupThatCannotMove_isExplainedInChineseToo_quotingCamunda() {
        String key = "unmovable-" + UUID.randomUUID().toString().substring(0, 8);
        String groupId = key + "-group";
        deploy(key, "等待");
        runtime.startProcessInstanceByKey(key, groupId);
        Reply deployed = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(key, waitingTask("另一步").replace("id=\"Task\"", "id=\"Other\""))
                        .replace("targetRef=\"Task\"", "targetRef=\"Other\"")
                        .replace("sourceRef=\"Task\"", "sourceRef=\"Other\""));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);

        Reply plan = ApiClient.asUser(port, "designer", "qunflow")
                .post(
                        "/api/v1/workflows/" + key + "/migrations",
                        "{\"toVersion\":2,\"groupIds\":[\"" + groupId + "\"],\"dryRun\":true}");

        assertThat(plan.status()).as(plan.raw()).isEqualTo(200);
        var step = plan.body().get("plan").get(0);
        assertThat(step.get("ok").asBoolean()).isFalse();
        assertThat(step.get("problems")).isNotEmpty();
        assertThat(step.get("problemsZh")).hasSameSizeAs(step.get("problems"));
        assertThat(step.get("problemsZh").get(0).asText())
                .isEqualTo("无法迁移（Camunda 原文：" + step.get("problems").get(0).asText() + "）");
    }

    private void deploy(String key, String taskName) {
        Reply deployed = Bpmn.deploy(port, "designer", Bpmn.oneTask(key, waitingTask(taskName)));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
    }

    private static String waitingTask(String name) {
        return """
                <bpmn:userTask id="Task" name="%s">
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:userTask>""".formatted(name);
    }
}
