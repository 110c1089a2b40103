package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Groups for workflow tests, driven through the API as a connector would, and their timers fired. */
final class TestGroups {

    private final int port;
    private final ApiClient connector;

    TestGroups(int port) {
        this.port = port;
        this.connector = ApiClient.withKey(port, "qf_dev_key");
    }

    /** Opens a group of the type; its lifecycle starts. */
    String open(String type, String name) {
        String id = "g-" + UUID.randomUUID();
        Reply created = connector.post("/api/v1/groups", """
                {"id":"%s","name":"%s","intro":"测试群","type":"%s"}""".formatted(id, name, type));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id;
    }

    JsonNode group(String groupId) {
        return connector.get("/api/v1/groups/" + groupId).body();
    }

    String phase(String groupId) {
        return group(groupId).get("phase").asText();
    }

    String processInstance(String groupId) {
        return group(groupId).get("processInstanceId").asText();
    }

    /** Posts one event and answers the group's answer: decisions and actions. */
    JsonNode event(String groupId, String type, String memberId, OffsetDateTime at, String payload) {
        Reply reply = connector.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        groupId + "-" + UUID.randomUUID(), type, memberId, at, payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    void join(String groupId, String memberId, OffsetDateTime at) {
        event(groupId, "MEMBER_JOINED", memberId, at, "{}");
    }

    /** The rules that decided an event's answer. */
    static List<String> rules(JsonNode answer) {
        return answer.get("decisions").findValuesAsText("rule");
    }

    /** Locks a member into a layer, as an operator does for a known regular. */
    void lockLayer(String groupId, String memberId, String layer) {
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .post("/api/v1/groups/" + groupId + "/members/" + memberId + "/layer-lock", """
                                {"layer":"%s","comment":"老客户"}""".formatted(
                                        layer))
                        .status())
                .isEqualTo(200);
    }

    /** Fires the one timer the group's lifecycle waits on, as the job executor would when it falls due. */
    static void fireTimer(ManagementService management, String processInstanceId) {
        List<Job> timers = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .list();
        assertThat(timers).as("the timers the group waits on").hasSize(1);
        management.executeJob(timers.get(0).getId());
    }

    /** Moves the group's phase start back, as if it had been in its phase that many days. */
    static void inPhaseFor(JdbcClient jdbc, String groupId, int days) {
        jdbc.sql("UPDATE qf_group SET phase_since = phase_since - INTERVAL '" + days + "' DAY WHERE id = ?")
                .param(groupId)
                .update();
    }

    /** The messages queued for the group by its workflows (not in answer to an event), oldest first. */
    static List<String> workflowMessages(JdbcClient jdbc, String groupId) {
        return jdbc.sql("SELECT text FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NULL"
                        + " ORDER BY seq")
                .param(groupId)
                .query(String.class)
                .list();
    }
}
