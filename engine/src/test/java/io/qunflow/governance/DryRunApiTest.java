package io.qunflow.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class DryRunApiTest {

    static final String BARGAIN_RULE = """

            rule "Bargain-chain begging is deleted"
            when
                ChatMessage( !staff, text contains "砍一刀" )
                not Offence( )
                $v : Verdict( )
            then
                $v.decide("DELETE_MESSAGE", "拼多多砍一刀求助不属于本群内容");
            end
            """;

    static final List<String> TABLES =
            List.of("qf_event", "qf_action", "qf_group", "qf_member", "qf_strike", "qf_rule_set_version", "qf_audit");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient compliance;
    String activeSource;

    @BeforeEach
    void readActive() {
        compliance = ApiClient.asUser(port, "compliance", "qunflow");
        activeSource = compliance
                .get("/api/v1/rulesets/moderation")
                .body()
                .get("source")
                .asText();
    }

    private List<Integer> counts() {
        return TABLES.stream()
                .map(t -> jdbc.sql("SELECT COUNT(*) FROM " + t)
                        .query(Integer.class)
                        .single())
                .toList();
    }

    private static String message(String eventId, String memberId, String text) {
        return """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s","at":"2026-11-11T20:0%d:00+08:00",
                 "payload":{"text":%s}}""".formatted(eventId, memberId, eventId.length() % 10, JsonNodeFactory.instance.textNode(text));
    }

    @Test
    void aDraft_decidesTheGivenEventsInOrder_andNothingIsStoredOrSent() {
        List<Integer> before = counts();
        String request = """
                {"source":%s,
                 "state":{"members":[{"memberId":"m1","role":"MEMBER","nickname":"小红🌷","joinedAt":"2026-11-01T09:00:00+08:00"}]},
                 "events":[%s,%s,%s]}""".formatted(
                        JsonNodeFactory.instance.textNode(activeSource + BARGAIN_RULE),
                        message("e1", "m1", "帮我砍一刀吧🙏"),
                        message("e2", "m1", "加微信领福利"),
                        message("e3", "m1", "加微信\u200b领福利"));

        Reply reply = compliance.post("/api/v1/rulesets/moderation/dry-run", request);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("version").asInt()).isZero();
        JsonNode events = reply.body().get("events");
        assertThat(List.of(events.get(0), events.get(1), events.get(2)))
                .extracting(e -> e.get("eventId").asText())
                .containsExactly("e1", "e2", "e3");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("decisions").get(0).get("rule").asText())
                .isEqualTo("Bargain-chain begging is deleted");
        assertThat(events.get(0).get("decisions").get(0).get("ruleSetVersion").asInt())
                .isZero();
        assertThat(events.get(0).get("actions").get(0).get("type").asText()).isEqualTo("DELETE_MESSAGE");
        assertThat(events.get(1).get("decisions").findValuesAsText("outcome")).contains("WARN_MEMBER");
        // The first offence's strike counts within the dry-run, so the second removes the member.
        assertThat(events.get(2).get("decisions").findValuesAsText("outcome")).contains("REMOVE_MEMBER");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMemberPresentWhoseJoinWasNeverSeen_isTriedLikeAnyOther_andNothingIsStored() {
        List<Integer> before = counts();
        int changes = jdbc.sql("SELECT COUNT(*) FROM qf_member_change")
                .query(Integer.class)
                .single();

        Reply reply =
                compliance.post("/api/v1/rulesets/moderation/dry-run", """
                {"state":{"members":[{"memberId":"m1","nickname":"老会员"},{"memberId":"m1"}]},"events":[%s]}""".formatted(message("n1", "m1", "加微信领福利")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("events").get(0).get("decisions").findValuesAsText("outcome"))
                .contains("WARN_MEMBER");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_member_change")
                        .query(Integer.class)
                        .single())
                .isEqualTo(changes);
    }

    @Test
    void withoutASource_theActiveVersionDecides_onAnExistingGroupThatIsLeftUnchanged() {
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        connector.post("/api/v1/groups", """
                {"id":"%s","name":"读书打卡群","intro":"每日打卡","type":"CHECKIN"}""".formatted(groupId));
        int active = compliance
                .get("/api/v1/rulesets/moderation")
                .body()
                .get("version")
                .asInt();
        List<Integer> before = counts();

        Reply reply = compliance.post(
                "/api/v1/rulesets/moderation/dry-run", """
                {"groupId":"%s","events":[%s]}""".formatted(groupId, message("x1", "m7", "帮我砍一刀吧")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("version").asInt()).isEqualTo(active);
        assertThat(reply.body().get("events").get(0).get("decisions")).isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_member WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void liveEventsAfterADryRun_runOnTheActiveVersion() {
        compliance.post("/api/v1/rulesets/moderation/dry-run", """
                {"source":%s,"events":[%s]}""".formatted(
                        JsonNodeFactory.instance.textNode(activeSource + BARGAIN_RULE), message("d1", "m1", "帮我砍一刀")));
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        connector.post("/api/v1/groups", """
                {"id":"%s","name":"砍价群","intro":"x","type":"TRAFFIC"}""".formatted(groupId));

        Reply live = connector.post("/api/v1/groups/" + groupId + "/events", message(groupId + "-1", "m1", "帮我砍一刀"));

        assertThat(live.body().get("decisions")).isEmpty();
    }

    @Test
    void aRefusedRequest_namesEveryNestedFieldByItsPath_asAProblem() {
        List<Integer> before = counts();

        Reply refused = compliance.post("/api/v1/rulesets/moderation/dry-run", """
                {"phase":"welcome","groupType":"PARTY",
                 "state":{"members":[{"memberId":"m 1","role":"BOSS","joinedAt":"now"}]},
                 "events":[{"type":"MESSAGE_POSTED","memberId":"m1","at":"2026-11-11T20:00:00+08:00","payload":{}},
                           {"type":"MEMBER_JOINED","memberId":"m1","at":"2026-11-11T20:00:00+08:00","payload":[1]}]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asText()).isEqualTo("The dry-run is invalid");
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly(
                        "events[0].payload.text",
                        "events[1].payload",
                        "state.members[0].joinedAt",
                        "state.members[0].memberId",
                        "state.members[0].role",
                        "phase",
                        "groupType");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).isEqualTo("is required");
        assertThat(refused.body().get("errors").get(1).get("message").asText()).isEqualTo("must be a JSON object");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aListWithAnEmptyItem_isRefusedNamingTheItemInBothLanguages_andNothingIsTriedOrStored() {
        List<Integer> before = counts();

        Reply refused = compliance.post(
                "/api/v1/rulesets/moderation/dry-run", "{\"events\":[null],\"state\":{\"members\":[null]}}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly("events[0]", "state.members[0]");
        assertThat(refused.body().get("errors").findValuesAsText("message")).containsOnly("is required");
        assertThat(refused.body().get("errors").findValuesAsText("messageZh")).containsExactly("必填", "必填");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anEventDatedAheadOfTheServer_isRefusedAsTheEventPathRefusesIt_andNothingIsTriedOrStored() {
        List<Integer> before = counts();
        String tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).toString();

        Reply refused = compliance.post(
                "/api/v1/rulesets/moderation/dry-run", """
                {"events":[%s,
                  {"eventId":"ahead","type":"MESSAGE_POSTED","memberId":"m1","at":"%s","payload":{"text":"帮我砍一刀"}}]}""".formatted(message("now", "m1", "hi"), tomorrow));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("events[1].at");
        assertThat(error.get("message").asText()).contains("ahead of the server's clock");
        assertThat(error.get("messageZh").asText()).contains("比服务器时钟");
        assertThat(refused.body().has("outcomes")).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusedRequests_sayWhatIsWrong() {
        Reply sandboxed = compliance.post("/api/v1/rulesets/moderation/dry-run", """
                {"source":%s,"events":[%s]}""".formatted(
                        JsonNodeFactory.instance.textNode(
                                activeSource + "\nrule \"Exits\"\nwhen\nthen\n    System.exit(0);\nend\n"),
                        message("a", "m1", "hi")));
        Reply noEvents = compliance.post("/api/v1/rulesets/moderation/dry-run", "{\"events\":[]}");
        Reply badEvent = compliance.post(
                "/api/v1/rulesets/moderation/dry-run",
                "{\"events\":[{\"type\":\"SHOUTED\",\"memberId\":\"m1\",\"at\":\"yesterday\"}]}");

        assertThat(sandboxed.status()).isEqualTo(400);
        assertThat(sandboxed.body().get("errors").get(0).get("message").asText())
                .contains("System");
        assertThat(noEvents.status()).isEqualTo(400);
        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.body().get("errors").findValuesAsText("field")).contains("events[0].type", "events[0].at");
        assertThat(compliance
                        .post(
                                "/api/v1/rulesets/nothing/dry-run",
                                "{\"events\":[%s]}".formatted(message("a", "m1", "hi")))
                        .status())
                .isEqualTo(404);
        assertThat(compliance
                        .post(
                                "/api/v1/rulesets/moderation/dry-run",
                                "{\"groupId\":\"nope\",\"events\":[%s]}".formatted(message("a", "m1", "hi")))
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post(
                                "/api/v1/rulesets/moderation/dry-run",
                                "{\"events\":[%s]}".formatted(message("a", "m1", "hi")))
                        .status())
                .isEqualTo(403);
    }
}
