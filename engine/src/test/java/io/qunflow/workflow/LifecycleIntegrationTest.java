package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped lifecycle with the real delegates: the group's phase follows the process, posts reach the outbox. */
@ApiTest
class LifecycleIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void timers_moveTheGroupThroughItsPhasesAndPostToTheOutbox() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        String instance = api.post("/api/v1/groups", """
                        {"id":"%s","name":"打卡群","intro":"每日打卡领积分","type":"CHECKIN"}""".formatted(groupId))
                .body()
                .get("processInstanceId")
                .asText();
        api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-j","type":"MEMBER_JOINED","memberId":"quiet","at":"2026-10-01T10:00:00+08:00","payload":{}}""".formatted(groupId));

        fireTimer(instance);
        assertThat(phase(api, groupId)).isEqualTo("WARM_UP");
        assertThat(posts(groupId)).hasSize(2).last().asString().contains("今日话题");

        fireTimer(instance);
        assertThat(phase(api, groupId)).isEqualTo("WARM_UP");

        jdbc.sql("UPDATE qf_group SET phase_since = phase_since - INTERVAL '20' DAY WHERE id = ?")
                .param(groupId)
                .update();
        fireTimer(instance);
        assertThat(phase(api, groupId)).isEqualTo("PROMOTION");
        assertThat(posts(groupId)).last().asString().contains("限时福利");

        fireTimer(instance);
        assertThat(phase(api, groupId)).isEqualTo("WARM_UP");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'WARN_MEMBER'"
                                + " AND member_id = 'quiet' AND event_id IS NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .as("the pruning rules warned the silent member")
                .isEqualTo(1);
    }

    private void fireTimer(String instance) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance).list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    private static String phase(ApiClient api, String groupId) {
        return api.get("/api/v1/groups/" + groupId).body().get("phase").asText();
    }

    private List<String> posts(String groupId) {
        return jdbc.sql("SELECT text FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NULL"
                        + " ORDER BY seq")
                .param(groupId)
                .query(String.class)
                .list();
    }
}
