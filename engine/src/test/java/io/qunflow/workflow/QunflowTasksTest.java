package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tasks the element templates configure, run by deployed diagrams against real groups. */
@ApiTest
class QunflowTasksTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    MilestoneWatcher milestones;

    @Autowired
    JdbcClient jdbc;

    @Test
    void waitForMilestone_waitsUntilTheGroupHasGrownThenMovesOn() {
        String groupId = newGroup();
        String key = deploy(Bpmn.serviceTask("waitForMilestoneDelegate", Bpmn.input("memberCount", "2")));
        String instance = runtime.startProcessInstanceByKey(key, groupId).getId();

        join(groupId, "amy");
        milestones.signalReachedMilestones();
        assertThat(runtime.getActiveActivityIds(instance))
                .as("one member is not two")
                .containsExactly("Task");

        join(groupId, "bob");
        milestones.signalReachedMilestones();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
    }

    @Test
    void grantReward_redEnvelope_queuesOneRedEnvelopeForTheGroup() {
        String groupId = newGroup();
        String key = deploy(Bpmn.serviceTask(
                "grantRewardDelegate",
                Bpmn.input("reward", "RED_ENVELOPE")
                        + Bpmn.input("amountCents", "888")
                        + Bpmn.input("text", "谢谢大家🧧")));

        runtime.startProcessInstanceByKey(key, groupId);

        assertThat(jdbc.sql("SELECT amount_cents FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                + " AND text = '谢谢大家🧧'")
                        .param(groupId)
                        .query(Long.class)
                        .list())
                .containsExactly(888L);
    }

    @Test
    void aCalledProcess_actsForTheCallingGroup() {
        String groupId = newGroup();
        String called = deploy(Bpmn.serviceTask(
                "grantRewardDelegate",
                Bpmn.input("reward", "RED_ENVELOPE") + Bpmn.input("amountCents", "666") + Bpmn.input("text", "子流程红包")));
        String caller = deploy("""
                <bpmn:callActivity id="Task" name="调用子流程" calledElement="%s">
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:callActivity>""".formatted(called));

        runtime.startProcessInstanceByKey(caller, groupId);

        assertThat(jdbc.sql("SELECT amount_cents FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                + " AND text = '子流程红包'")
                        .param(groupId)
                        .query(Long.class)
                        .list())
                .containsExactly(666L);
    }

    @Test
    void grantReward_points_goToEveryMember() {
        String groupId = newGroup();
        join(groupId, "amy");
        join(groupId, "bob");
        String key = deploy(
                Bpmn.serviceTask("grantRewardDelegate", Bpmn.input("reward", "POINTS") + Bpmn.input("points", "10")));

        runtime.startProcessInstanceByKey(key, groupId);

        assertThat(jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND type = 'GRANT_POINTS'"
                                + " AND points = 10 AND event_id IS NULL ORDER BY member_id")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("amy", "bob");
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        JsonNode ledger =
                viewer.get("/api/v1/groups/" + groupId + "/members/amy/points").body();
        assertThat(ledger.get("entries").findValuesAsText("rule")).contains("Workflow step Task grants a reward");
    }

    @Test
    void grantReward_redEnvelopeOverTheDailyBudget_isRefusedWithTheFigures_andNotSent() {
        String groupId = newGroup();
        String key = deploy(Bpmn.serviceTask(
                "grantRewardDelegate", Bpmn.input("reward", "RED_ENVELOPE") + Bpmn.input("amountCents", "30000")));

        runtime.startProcessInstanceByKey(key, groupId);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'")
                        .param(groupId)
                        .query(Long.class)
                        .single())
                .isZero();
        JsonNode envelopes = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/groups/" + groupId + "/red-envelopes")
                .body()
                .get("items");
        assertThat(envelopes.get(0).get("status").asText()).isEqualTo("REFUSED");
        assertThat(envelopes.get(0).get("refusal").asText()).contains("rewards.daily-budget-cents");
    }

    @Test
    void runRuleSet_overALayer_paysOnlyThatLayerThroughTheLedger() {
        String groupId = newGroup();
        join(groupId, "amy");
        join(groupId, "bob");
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        assertThat(operator.post("/api/v1/groups/" + groupId + "/members/amy/layer-lock", """
                        {"layer":"core","comment":"老客户"}""")
                        .status())
                .isEqualTo(200);
        String key = deploy(Bpmn.serviceTask(
                "runRuleSetDelegate",
                Bpmn.input("ruleSet", "rewards") + Bpmn.input("population", "LAYER") + Bpmn.input("layer", "core")));

        runtime.startProcessInstanceByKey(key, groupId);

        assertThat(jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND type = 'GRANT_POINTS'"
                                + " AND points = 30")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("amy");
        JsonNode ledger = operator.get("/api/v1/groups/" + groupId + "/members/amy/points")
                .body();
        assertThat(ledger.get("entries").findValuesAsText("rule"))
                .contains("A core member in a rewarded population earns loyalty points");
    }

    @Test
    void runRuleSet_withAPopulation_refusesUnknownRuleSetsPopulationsAndLayers() {
        Reply refused = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(
                        "task-bad-population",
                        Bpmn.serviceTask(
                                "runRuleSetDelegate",
                                Bpmn.input("ruleSet", "no-such-rules")
                                        + Bpmn.input("population", "LAYER")
                                        + Bpmn.input("layer", "vip"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("attribute")).contains("ruleSet", "layer");
    }

    private String deploy(String task) {
        String key = "task-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Bpmn.deploy(port, "designer", Bpmn.oneTask(key, task)).status())
                .isEqualTo(201);
        return key;
    }

    private String newGroup() {
        String groupId = "g-" + UUID.randomUUID();
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .post("/api/v1/groups", """
                {"id":"%s","name":"测试群","intro":"测试","type":"CONTENT"}""".formatted(groupId))
                        .status())
                .isEqualTo(201);
        return groupId;
    }

    private void join(String groupId, String memberId) {
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .post("/api/v1/groups/" + groupId + "/events", """
                        {"eventId":"%s-%s","type":"MEMBER_JOINED","memberId":"%s","at":"2026-11-01T10:00:00+08:00","payload":{}}""".formatted(groupId, memberId, memberId))
                        .status())
                .isEqualTo(200);
    }
}
