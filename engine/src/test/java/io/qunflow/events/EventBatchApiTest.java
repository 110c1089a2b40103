package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class EventBatchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = newGroup();
    }

    private String newGroup() {
        return TestGroup.of(port)
                .idStartingWith("gb")
                .name("批量测试群")
                .intro("批量事件")
                .open()
                .id;
    }

    private static String event(String groupId, String eventId, String type, String memberId, String payload) {
        return """
                {"groupId":"%s","eventId":"%s","type":"%s","memberId":"%s","at":"2026-11-23T10:00:00+08:00",\
                "payload":%s}""".formatted(groupId, eventId, type, memberId, payload);
    }

    private Reply batch(List<String> events) {
        return api.post("/api/v1/events:batch", "{\"events\":[" + String.join(",", events) + "]}");
    }

    private int stored(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    @Test
    void batch_answersEachEventInOrderWithTheSingleCallsAnswer() {
        String single = newGroup();
        String join = "{\"nickname\":\"小美🌸\",\"role\":\"MEMBER\"}";
        Reply alone = api.post(
                "/api/v1/groups/" + single + "/events", event(single, single + "-j", "MEMBER_JOINED", "m1", join));

        Reply reply = batch(List.of(
                event(groupId, groupId + "-j", "MEMBER_JOINED", "m1", join),
                event(groupId, groupId + "-m", "MESSAGE_POSTED", "m1", "{\"text\":\"大家好\"}")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("accepted").asInt()).isEqualTo(2);
        JsonNode first = reply.body().get("results").get(0);
        assertThat(first.get("index").asInt()).isZero();
        assertThat(first.get("status").asInt()).isEqualTo(200);
        JsonNode answer = first.get("answer");
        assertThat(answer.get("eventId").asText()).isEqualTo(groupId + "-j");
        assertThat(answer.get("duplicate").asBoolean()).isFalse();
        assertThat(fieldNames(answer)).isEqualTo(fieldNames(alone.body()));
        assertThat(answer.get("decisions").findValuesAsText("rule"))
                .isEqualTo(alone.body().get("decisions").findValuesAsText("rule"));
        assertThat(answer.get("actions").findValuesAsText("type"))
                .isEqualTo(alone.body().get("actions").findValuesAsText("type"));
        assertThat(reply.body()
                        .get("results")
                        .get(1)
                        .get("answer")
                        .get("eventId")
                        .asText())
                .isEqualTo(groupId + "-m");
        assertThat(stored(groupId + "-j")).isEqualTo(1);
        assertThat(stored(groupId + "-m")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE event_id = ?")
                        .param(groupId + "-j")
                        .query(Integer.class)
                        .single())
                .isEqualTo(answer.get("actions").size())
                .isPositive();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void repeatedEventIds_answerTheFirstAnswerAsDuplicate_andChangeNothing() {
        String join = event(groupId, groupId + "-j", "MEMBER_JOINED", "m1", "{\"nickname\":\"阿强\"}");
        Reply first = batch(List.of(join));
        int actionsBefore = jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();

        Reply again = batch(List.of(
                join,
                event(groupId, groupId + "-x", "CHECKED_IN", "m1", "{}"),
                event(groupId, groupId + "-x", "CHECKED_IN", "m1", "{}")));

        JsonNode results = again.body().get("results");
        assertThat(results.get(0).get("answer").get("duplicate").asBoolean()).isTrue();
        assertThat(results.get(0).get("answer").get("actions"))
                .isEqualTo(first.body().get("results").get(0).get("answer").get("actions"));
        assertThat(results.get(1).get("answer").get("duplicate").asBoolean()).isFalse();
        assertThat(results.get(2).get("answer").get("duplicate").asBoolean()).isTrue();
        assertThat(results.get(2).get("answer").get("actions"))
                .isEqualTo(results.get(1).get("answer").get("actions"));
        assertThat(again.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(again.body().get("duplicates").asInt()).isEqualTo(2);
        assertThat(stored(groupId + "-x")).isEqualTo(1);
        int actionsFromCheckIn = results.get(1).get("answer").get("actions").size();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(actionsBefore + actionsFromCheckIn);
    }

    @Test
    void badEvents_areRefusedOneByOne_whileTheOthersAreApplied() {
        String archived = newGroup();
        assertThat(api.post("/api/v1/groups/" + archived + "/dissolve", "{}").status())
                .isEqualTo(200);

        Reply reply = batch(List.of(
                event(groupId, groupId + "-ok1", "CHECKED_IN", "m1", "{}"),
                event(groupId, groupId + "-bad", "NOT_A_TYPE", "m1", "{}"),
                "42",
                "{\"groupId\":{\"deep\":1},\"eventId\":\"" + groupId + "-wrong\"}",
                event("no-such-group-" + groupId, groupId + "-lost", "CHECKED_IN", "m1", "{}"),
                event(archived, groupId + "-late", "CHECKED_IN", "m1", "{}"),
                event(groupId, groupId + "-ok2", "ORDER_PAID", "m1", "{\"amountCents\":990}")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode results = reply.body().get("results");
        List<Integer> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asInt()));
        assertThat(statuses).containsExactly(200, 400, 400, 400, 404, 409, 200);
        JsonNode invalid = results.get(1).get("problem");
        assertThat(invalid.get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(invalid.get("errors").get(0).get("field").asText()).isEqualTo("type");
        assertThat(results.get(4).get("problem").get("detail").asText()).contains("does not exist");
        assertThat(reply.body().get("accepted").asInt()).isEqualTo(2);
        assertThat(reply.body().get("refused").asInt()).isEqualTo(5);
        assertThat(stored(groupId + "-ok1")).isEqualTo(1);
        assertThat(stored(groupId + "-ok2")).isEqualTo(1);
        for (String refused : List.of("-bad", "-wrong", "-lost", "-late")) {
            assertThat(stored(groupId + refused)).as(refused).isZero();
        }
    }

    @Test
    void aMalformedBatch_isRefusedWhole_andStoresNothing() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= EventController.MAX_BATCH; i++) {
            tooMany.add(event(groupId, groupId + "-" + i, "CHECKED_IN", "m" + i, "{}"));
        }
        Reply over = batch(tooMany);
        Reply none = api.post("/api/v1/events:batch", "{}");
        Reply notArray = api.post("/api/v1/events:batch", "{\"events\":\"lots\"}");

        for (Reply refused : List.of(over, none, notArray)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(over.body().get("errors").get(0).get("field").asText()).isEqualTo("events");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aFullBatch_ofAThousandEventsAcrossGroups_isStoredOnce() {
        String other = newGroup();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < EventController.MAX_BATCH; i++) {
            String group = i % 2 == 0 ? groupId : other;
            events.add(event(
                    group,
                    group + "-e" + i,
                    i % 3 == 0 ? "MEMBER_JOINED" : "MESSAGE_POSTED",
                    "m" + (i % 50),
                    i % 3 == 0 ? "{\"nickname\":\"成员" + i + "\"}" : "{\"text\":\"第" + i + "条\"}"));
        }

        Reply reply = batch(events);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("accepted").asInt()).isEqualTo(1000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id IN (?, ?)")
                        .params(groupId, other)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1000);
        assertThat(batch(events).body().get("duplicates").asInt()).isEqualTo(1000);
    }

    @Test
    void batch_needsTheEventsScope() {
        Reply viewer = ApiClient.asUser(port, "viewer", "qunflow")
                .post(
                        "/api/v1/events:batch",
                        "{\"events\":[" + event(groupId, groupId + "-v", "CHECKED_IN", "m1", "{}") + "]}");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(stored(groupId + "-v")).isZero();
    }
}
