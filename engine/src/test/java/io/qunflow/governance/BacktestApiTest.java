package io.qunflow.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.rules.RulePublishingTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RulePublishingTest
class BacktestApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Backtests backtests;

    private static String request(String source, String from, String to) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("source", source);
        body.put("from", from);
        body.put("to", to);
        return body.toString();
    }

    @Test
    void aBacktest_replaysTheRangeOnBothVersions_andReportsCountsAndChangedMembers() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        connector.post("/api/v1/groups", """
                {"id":"%s","name":"春季上新群","intro":"新品","type":"TRAFFIC"}""".formatted(groupId));
        // A past day no other test posts on (events may not be dated ahead of the server), so the
        // range holds exactly these events.
        String[][] posted = {
            {"m-bargain", "2025-03-01T10:00:00+08:00", "帮我砍一刀吧🙏"},
            {"m-spam", "2025-03-01T11:00:00+08:00", "加微信领福利"},
            {"m-nice", "2025-03-01T12:00:00+08:00", "这个面霜好用吗？"},
            {"m-late", "2025-03-02T12:00:00+08:00", "帮我砍一刀"},
        };
        for (String[] e : posted) {
            assertThat(connector
                            .post("/api/v1/groups/" + groupId + "/events", """
                    {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s","at":"%s","payload":{"text":"%s"}}""".formatted(
                                            groupId + e[0], e[0], e[1], e[2]))
                            .status())
                    .isEqualTo(200);
        }
        String source = compliance
                        .get("/api/v1/rulesets/moderation")
                        .body()
                        .get("source")
                        .asText()
                + DryRunApiTest.BARGAIN_RULE;
        List<Integer> before = counts();

        Reply started = compliance.post(
                "/api/v1/rulesets/moderation/backtests",
                request(source, "2025-03-01T00:00:00+08:00", "2025-03-02T00:00:00+08:00"));

        assertThat(started.status()).isEqualTo(202);
        String id = started.body().get("id").asText();
        assertThat(started.body().get("total").asInt()).isEqualTo(6);
        JsonNode done = awaitDone(compliance, id);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("processed").asInt()).isEqualTo(6);
        JsonNode report = done.get("report");
        assertThat(report.get("events").asInt()).isEqualTo(3);
        assertThat(report.get("active").get("WARN_MEMBER").asInt()).isEqualTo(1);
        assertThat(report.get("active").get("DELETE_MESSAGE").asInt()).isEqualTo(1);
        assertThat(report.get("candidate").get("DELETE_MESSAGE").asInt()).isEqualTo(2);
        assertThat(report.get("changedEvents").asInt()).isEqualTo(1);
        JsonNode member = report.get("changedMembers").get(0);
        assertThat(report.get("changedMembers")).hasSize(1);
        assertThat(member.get("memberId").asText()).isEqualTo("m-bargain");
        assertThat(member.get("groupId").asText()).isEqualTo(groupId);
        assertThat(member.get("active")).isEmpty();
        assertThat(member.get("candidate").get("DELETE_MESSAGE").asInt()).isEqualTo(1);
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * A node that stopped mid-run (a restart, a crash) took its backtest with it: once no node has
     * said it has the backtest for ten minutes, any node's heartbeat fails it, and it reads as
     * failed with why instead of running for ever. One whose node still beats is left running.
     */
    @Test
    void aBacktestWhoseNodeStopped_isFailedSayingSo_whileOneStillBeatingRuns() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String abandoned = "bt-gone-" + UUID.randomUUID();
        String alive = "bt-alive-" + UUID.randomUUID();
        for (String[] row : new String[][] {{abandoned, "11"}, {alive, "2"}}) {
            jdbc.sql("INSERT INTO qf_backtest (id, rule_set, active_version, source, from_time, to_time, status, total,"
                            + " processed, started_by, started_at, heartbeat_at) VALUES (?, 'moderation', 1, 'x', ?, ?,"
                            + " 'RUNNING', 10, 3, 'compliance', ?, ?)")
                    .params(
                            row[0],
                            now.minusDays(2),
                            now.minusDays(1),
                            now.minusHours(1),
                            now.minusMinutes(Long.parseLong(row[1])))
                    .update();
        }

        backtests.beat();

        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        JsonNode gone = compliance
                .get("/api/v1/rulesets/moderation/backtests/" + abandoned)
                .body();
        assertThat(gone.get("status").asText()).isEqualTo("FAILED");
        assertThat(gone.get("failure").asText()).contains("stopped before it finished");
        assertThat(compliance
                        .get("/api/v1/rulesets/moderation/backtests/" + alive)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("RUNNING");
        jdbc.sql("DELETE FROM qf_backtest WHERE id IN (?, ?)")
                .params(abandoned, alive)
                .update();
    }

    @Test
    void refusedBacktests_sayWhy() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String source = compliance
                .get("/api/v1/rulesets/moderation")
                .body()
                .get("source")
                .asText();

        assertThat(compliance
                        .post(
                                "/api/v1/rulesets/moderation/backtests",
                                request(source, "2025-03-02T00:00:00+08:00", "2025-03-01T00:00:00+08:00"))
                        .status())
                .isEqualTo(400);
        assertThat(compliance
                        .post(
                                "/api/v1/rulesets/moderation/backtests",
                                request(
                                        source + "\nrule \"x\"\nwhen\nthen\n  new java.io.File(\"/\").delete();\nend\n",
                                        "2025-03-01T00:00:00+08:00",
                                        "2025-03-02T00:00:00+08:00"))
                        .status())
                .isEqualTo(400);
        assertThat(compliance
                        .get("/api/v1/rulesets/moderation/backtests/bt_nope")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post(
                                "/api/v1/rulesets/moderation/backtests",
                                request(source, "2025-03-01T00:00:00+08:00", "2025-03-02T00:00:00+08:00"))
                        .status())
                .isEqualTo(403);
    }

    private List<Integer> counts() {
        return List.of("qf_event", "qf_action", "qf_group", "qf_member", "qf_strike").stream()
                .map(t -> jdbc.sql("SELECT COUNT(*) FROM " + t)
                        .query(Integer.class)
                        .single())
                .toList();
    }

    private static JsonNode awaitDone(ApiClient api, String id) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/rulesets/moderation/backtests/" + id)
                                .body(),
                        view -> !view.get("status").asText().equals("RUNNING"));
    }
}
