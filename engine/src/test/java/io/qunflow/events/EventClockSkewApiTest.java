package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event dated ahead of the server's clock (beyond the few minutes a connector's clock may run
 * fast) would sit first in every "latest" read and escape every sweep by age until its date: it is
 * refused, alone in a batch, and nothing of it is stored. Events of the past are fine.
 */
@ApiTest
class EventClockSkewApiTest {

    private static final String MESSAGE = "{\"text\":\"明天见\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = TestGroup.of(port)
                .idStartingWith("gs")
                .name("时钟测试群")
                .intro("未来的事件")
                .open()
                .id;
    }

    private static String event(String eventId, OffsetDateTime at) {
        return """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"m1","at":"%s","payload":%s}""".formatted(eventId, at, MESSAGE);
    }

    private int stored(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    private int actions(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    private static void assertNamesTheTime(JsonNode problem) {
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("at");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .startsWith("is more than 5 min ahead of the server's clock");
        assertThat(problem.get("errors").get(0).get("messageZh").asText()).contains("比服务器时钟", "快了 5 分钟以上");
        assertThat(problem.get("detailZh").asText()).startsWith("事件时间有误");
    }

    @Test
    void anEventDatedAheadOfTheServer_is400NamingAt_andNothingIsStoredOrDecided() {
        String eventId = "skew-" + UUID.randomUUID();
        // A year ahead, and half an hour ahead written in +14:00, the zone furthest ahead.
        for (OffsetDateTime ahead : new OffsetDateTime[] {
            OffsetDateTime.now(ZoneOffset.UTC).plusYears(1),
            OffsetDateTime.now(ZoneOffset.ofHours(14)).plusMinutes(30)
        }) {
            Reply refused = api.post("/api/v1/groups/" + groupId + "/events", event(eventId, ahead));

            assertThat(refused.status()).as(ahead.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertNamesTheTime(refused.body());
        }
        assertThat(stored(eventId)).isZero();
        assertThat(actions(eventId)).isZero();
    }

    @Test
    void anEventOfNow_inAnyZone_orOfThePast_isAccepted() {
        String now = "skew-now-" + UUID.randomUUID();
        String past = "skew-past-" + UUID.randomUUID();

        assertThat(api.post(
                                "/api/v1/groups/" + groupId + "/events",
                                event(now, OffsetDateTime.now(ZoneOffset.ofHours(14))))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/groups/" + groupId + "/events",
                                event(past, OffsetDateTime.parse("2019-06-18T20:00:00+08:00")))
                        .status())
                .isEqualTo(200);
        assertThat(stored(now)).isOne();
        assertThat(stored(past)).isOne();
    }

    @Test
    void aBatchItemDatedAhead_isRefusedAlone_andTheOthersAreApplied() {
        String ahead = "skew-batch-ahead-" + UUID.randomUUID();
        String fine = "skew-batch-fine-" + UUID.randomUUID();
        String item = """
                {"groupId":"%s","eventId":"%s","type":"MESSAGE_POSTED","memberId":"m1","at":"%s","payload":%s}""";

        Reply reply = api.post(
                "/api/v1/events:batch",
                "{\"events\":[" + item.formatted(groupId, fine, OffsetDateTime.now(), MESSAGE) + ","
                        + item.formatted(groupId, ahead, OffsetDateTime.now().plusDays(1), MESSAGE) + "]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(reply.body().get("refused").asInt()).isEqualTo(1);
        JsonNode refused = reply.body().get("results").get(1);
        assertThat(refused.get("index").asInt()).isEqualTo(1);
        assertThat(refused.get("status").asInt()).isEqualTo(400);
        assertNamesTheTime(refused.get("problem"));
        assertThat(stored(ahead)).isZero();
        assertThat(actions(ahead)).isZero();
        assertThat(stored(fine)).isOne();
    }
}
