package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
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
