package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.TestGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class EventApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = TestGroup.of(port).name("仙女护肤交流群").intro("护肤干货、护肤好物推荐").open().id;
    }

    private Reply event(String eventId, String type, String memberId, String payload) {
        return api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"2026-11-23T10:00:00+08:00","payload":%s}""".formatted(eventId, type, memberId, payload));
    }

    private String id(String name) {
        return groupId + "-" + name;
    }

    @Test
    void theSameEventOnTwoNodesAtOnce_isAppliedOnce_andBothAnswersAgree() throws Exception {
        for (int i = 0; i < 5; i++) {
            String eventId = id("both-" + i);
            String member = "both" + i;
            List<Reply> replies = AtOnce.send(
                    () -> event(eventId, "MEMBER_JOINED", member, "{\"nickname\":\"两边\"}"),
                    () -> event(eventId, "MEMBER_JOINED", member, "{\"nickname\":\"两边\"}"));

            assertThat(replies).extracting(Reply::status).containsOnly(200);
            assertThat(replies)
                    .extracting(reply -> reply.body().get("duplicate").asBoolean())
                    .containsExactlyInAnyOrder(false, true);
            assertThat(replies.get(0).body().get("actions"))
                    .isNotEmpty()
                    .isEqualTo(replies.get(1).body().get("actions"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE event_id = ?")
                            .param(eventId)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(replies.get(0).body().get("actions").size());
        }
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void memberJoined_sendsWelcomeWithGroupRulesAndNickname() {
        Reply reply = event(id("join"), "MEMBER_JOINED", "m1", "{\"nickname\":\"小美🌸\u200b\",\"role\":\"MEMBER\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode action = reply.body().get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("SEND_MESSAGE");
        assertThat(action.get("eventId").asText()).isEqualTo(id("join"));
        assertThat(action.get("text").asText())
                .contains("@小美🌸\u200b")
                .contains("欢迎加入「仙女护肤交流群」")
                .contains("群规");
        assertThat(reply.body().get("decisions").get(0).get("rule").asText())
                .isEqualTo("A new member is welcomed with the group rules");
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void offendingMessages_warnFirstThenRemove_namingRuleVersionAndTerm() {
        event(id("join"), "MEMBER_JOINED", "spammer", "{\"nickname\":\"小王\"}");

        Reply first = event(id("msg1"), "MESSAGE_POSTED", "spammer", "{\"text\":\"加我微信领红包\"}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().findValuesAsText("type")).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        JsonNode warning = first.body().get("decisions").get(0);
        assertThat(warning.get("ruleSet").asText()).isEqualTo("moderation");
        // Other tests in the shared context publish moderation versions too: the active one decides.
        assertThat(warning.get("ruleSetVersion").asInt())
                .isEqualTo(api.get("/api/v1/rulesets/moderation")
                        .body()
                        .get("version")
                        .asInt());
        assertThat(warning.get("rule").asText()).isEqualTo("A first offence is warned and the message deleted");
        assertThat(warning.get("reason").asText()).contains("加我微信");

        Reply second = event(id("msg2"), "MESSAGE_POSTED", "spammer", "{\"text\":\"加 微 信 有福利\"}");
        assertThat(second.body().findValuesAsText("type")).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(second.body().get("decisions").get(0).get("reason").asText())
                .contains("加微信")
                .contains("加 微 信");

        int strikes = jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = 'spammer'")
                .param(groupId)
                .query(Integer.class)
                .single();
        assertThat(strikes).isEqualTo(2);
        Reply member = api.get("/api/v1/groups/" + groupId + "/members/spammer");
        assertThat(member.body().get("strikes").asInt()).isEqualTo(2);
    }

    @Test
    void anOutsidersContactCard_isWarnedAsAContact_andTheFlagMustBeTrueOrFalse() {
        event(id("join"), "MEMBER_JOINED", "carder", "{\"nickname\":\"小李\"}");

        Reply card = event(id("card"), "MESSAGE_POSTED", "carder", "{\"text\":\"\",\"contactCard\":true}");
        Reply notAFlag = event(id("card-yes"), "MESSAGE_POSTED", "carder", "{\"text\":\"hi\",\"contactCard\":\"yes\"}");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body().findValuesAsText("type")).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(card.body().get("decisions").get(0).get("reason").asText()).contains("contact-card", "CONTACT");
        assertThat(jdbc.sql("SELECT h.detector FROM qf_review r JOIN qf_review_hit h ON h.review_seq = r.seq"
                                + " WHERE r.event_id = ?")
                        .param(id("card"))
                        .query(String.class)
                        .list())
                .containsExactly("contact-card");
        assertProblem(notAFlag, 400, "urn:qunflow:problem:invalid-request");
        assertThat(notAFlag.body().get("errors").findValuesAsText("field")).containsExactly("payload.contactCard");

        Reply named = event(
                id("card-of"),
                "MESSAGE_POSTED",
                "carder",
                "{\"text\":\"\",\"contactCard\":true,\"contactCardOwner\":\"wmCardOwner（某某科技）\"}");
        Reply tooLong = event(
                id("card-long"),
                "MESSAGE_POSTED",
                "carder",
                "{\"text\":\"\",\"contactCard\":true,\"contactCardOwner\":\"" + "w".repeat(201) + "\"}");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body().get("decisions").get(0).get("reason").asText())
                .contains("命中「wmCardOwner（某某科技）」", "contact-card");
        assertThat(jdbc.sql("SELECT h.term || ' ' || h.detector FROM qf_review r JOIN qf_review_hit h"
                                + " ON h.review_seq = r.seq WHERE r.event_id = ?")
                        .param(id("card-of"))
                        .query(String.class)
                        .list())
                .containsExactly("wmCardOwner（某某科技） contact-card");
        assertProblem(tooLong, 400, "urn:qunflow:problem:invalid-request");
        assertThat(tooLong.body().get("errors").findValuesAsText("field")).containsExactly("payload.contactCardOwner");
        assertThat(tooLong.body().get("errors").get(0).get("messageZh").asText())
                .isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                        .param(id("card-long"))
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                        .param(id("card-yes"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void innocentMessage_decidesNothing() {
        Reply reply = event(id("msg"), "MESSAGE_POSTED", "m2", "{\"text\":\"我在微信上看到了你们的新品，什么时候有货？\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decisions")).isEmpty();
        assertThat(reply.body().get("actions")).isEmpty();
    }

    @Test
    void sameEventIdAgain_answersDuplicateAndAddsNoAction() {
        Reply first = event(id("dup"), "MEMBER_JOINED", "m3", "{\"nickname\":\"阿花\"}");
        int actionsBefore = actionCount();

        Reply again = event(id("dup"), "MEMBER_JOINED", "m3", "{\"nickname\":\"阿花\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();
        assertThat(again.body().get("actions")).isEqualTo(first.body().get("actions"));
        assertThat(actionCount()).isEqualTo(actionsBefore);
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anEventIdUsedInAnotherGroup_isRefusedWith409_withoutTheOtherGroupsAnswer_andNothingIsApplied() {
        String shared = "shared-" + java.util.UUID.randomUUID();
        event(shared, "MEMBER_JOINED", "alice", "{\"nickname\":\"爱丽丝\"}");
        String otherGroup = TestGroup.of(port).name("另一个群").intro("别的群").open().id;

        Reply reused = api.post("/api/v1/groups/" + otherGroup + "/events", """
                {"eventId":"%s","type":"MEMBER_JOINED","memberId":"bob","at":"2026-11-23T10:00:00+08:00",\
                "payload":{"nickname":"鲍勃"}}""".formatted(shared));

        assertProblem(reused, 409, "urn:qunflow:problem:conflict");
        assertThat(reused.raw()).doesNotContain("alice").doesNotContain("爱丽丝").doesNotContain(groupId);
        assertThat(api.get("/api/v1/groups/" + otherGroup + "/members/bob").status())
                .isEqualTo(404);
        Reply batch = api.post("/api/v1/events:batch", """
                {"events":[{"groupId":"%s","eventId":"%s","type":"MEMBER_JOINED","memberId":"bob",\
                "at":"2026-11-23T10:00:00+08:00","payload":{"nickname":"鲍勃"}}]}""".formatted(otherGroup, shared));
        assertThat(batch.body().get("results").get(0).get("status").asInt()).isEqualTo(409);
        assertThat(batch.raw()).doesNotContain("alice");
    }

    @Test
    void theWeComConnectorsEventIds_andTimesNoDatabaseHolds_areRefusedNamingTheField() {
        Reply squatted = event("wecom:msg:123456", "MESSAGE_POSTED", "m", "{\"text\":\"hi\"}");
        assertProblem(squatted, 400, "urn:qunflow:problem:invalid-request");
        assertThat(squatted.body().get("errors").findValuesAsText("field")).containsExactly("eventId");

        for (String at :
                List.of("+999999999-12-31T23:59:59-18:00", "+999999999-12-31T23:59:59+18:00", "1899-01-01T00:00:00Z")) {
            Reply reply = api.post("/api/v1/groups/" + groupId + "/events", """
                    {"eventId":"%s","type":"CHECKED_IN","memberId":"m","at":"%s","payload":{}}""".formatted(id("far"), at));
            assertProblem(reply, 400, "urn:qunflow:problem:invalid-request");
            assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactly("at");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id IN (?, ?)")
                        .params("wecom:msg:123456", id("far"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedJson_isRefusedAsProblem() {
        Reply reply = api.post("/api/v1/groups/" + groupId + "/events", "{\"eventId\": ");

        assertProblem(reply, 400, "urn:qunflow:problem:malformed-json");
    }

    @Test
    void aFieldGivenTwice_isRefused_notReadAsTheLastOne_andNothingIsStored() {
        // A relay or a signature check reading the first value and Qunflow the last would each act
        // on a different event: one body, one meaning.
        Reply twiceId = api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","eventId":"%s","type":"CHECKED_IN","memberId":"m",\
                "at":"2026-11-23T10:00:00+08:00","payload":{}}""".formatted(id("first"), id("second")));
        Reply twiceText = api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"m","at":"2026-11-23T10:00:00+08:00",\
                "payload":{"text":"早上好","text":"加我微信"}}""".formatted(id("text-twice")));

        assertProblem(twiceId, 400, "urn:qunflow:problem:malformed-json");
        assertThat(twiceId.body().get("detail").asText()).contains("eventId");
        assertThat(twiceId.body().get("detailZh").asText()).isNotBlank();
        assertProblem(twiceText, 400, "urn:qunflow:problem:malformed-json");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownGroup_isRefusedAsProblem() {
        Reply reply = api.post("/api/v1/groups/no-such-group/events", """
                {"eventId":"x1","type":"MESSAGE_POSTED","memberId":"m","at":"2026-11-23T10:00:00Z","payload":{"text":"hi"}}""");

        assertProblem(reply, 404, "urn:qunflow:problem:not-found");
    }

    @Test
    void unknownEventType_isRefusedNamingTheField() {
        Reply reply = event(id("bad"), "MEMBER_DANCED", "m", "{}");

        assertProblem(reply, 400, "urn:qunflow:problem:invalid-request");
        assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactly("type");
    }

    @Test
    void wrongPayloadTypes_areRefusedNamingEachField() {
        Reply reply = api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"m","at":"yesterday","payload":{"text":42}}""".formatted(id("types")));

        assertProblem(reply, 400, "urn:qunflow:problem:invalid-request");
        assertThat(reply.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("at", "payload.text");
    }

    @Test
    void payloadProblems_sayWhatIsWrongInChineseToo_andNothingIsStored() {
        Reply join = event(id("join"), "MEMBER_JOINED", "m", """
                {"role":"BOSS","nickname":42,"birthday":"13-45"}""");
        Reply order = event(id("order"), "ORDER_PAID", "m", "{\"orderId\":\"o-1\"}");
        Reply message = event(id("flag"), "MESSAGE_POSTED", "m", "{\"text\":\"hi\",\"link\":\"yes\"}");
        Reply batch = api.post("/api/v1/events:batch", """
                {"events":[42,{"eventId":"%s","groupId":"%s","type":"ORDER_PAID","memberId":"m",                "at":"2026-11-23T10:00:00+08:00","payload":{"amountCents":-1}}]}""".formatted(id("batch"), groupId));

        assertProblem(join, 400, "urn:qunflow:problem:invalid-request");
        assertThat(join.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("payload.role", "payload.nickname", "payload.birthday");
        assertThat(join.body().get("errors").findValuesAsText("messageZh"))
                .hasSize(3)
                .contains("须为字符串");
        assertThat(order.body().get("errors").get(0).get("messageZh").asText()).isEqualTo("必填");
        assertThat(message.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("须为 true 或 false");
        assertThat(batch.status()).isEqualTo(200);
        JsonNode notAnObject = batch.body().get("results").get(0).get("problem");
        assertThat(notAnObject.get("errors").get(0).get("messageZh").asText()).isEqualTo("须为 JSON 对象");
        JsonNode negative = batch.body().get("results").get(1).get("problem");
        assertThat(negative.get("errors").get(0).get("field").asText()).isEqualTo("payload.amountCents");
        assertThat(negative.get("errors").get(0).get("messageZh").asText())
                .isEqualTo("须为 0 到 10000000000 之间的整数（单位：分，即最多一亿元）");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id IN (?, ?, ?, ?)")
                        .params(id("join"), id("order"), id("flag"), id("batch"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anOrderOfMoreThanAHundredMillionYuan_isRefused_andNothingIsStored_soDailySumsCannotOverflow() {
        // An order of Long.MAX_VALUE cents was accepted; the member's next order that day then
        // overflowed the day's sum in the database: a 500 for every later order of that member.
        for (String amount : new String[] {"10000000001", "9223372036854775807"}) {
            Reply refused = event(id("huge-" + amount), "ORDER_PAID", "buyer", """
                    {"amountCents":%s,"orderId":"o-%s"}""".formatted(amount, amount));

            assertProblem(refused, 400, "urn:qunflow:problem:invalid-request");
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("payload.amountCents");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                            .param(id("huge-" + amount))
                            .query(Integer.class)
                            .single())
                    .isZero();
        }

        for (String order : new String[] {"a", "b"}) {
            assertThat(event(id("max-" + order), "ORDER_PAID", "buyer", """
                            {"amountCents":10000000000,"orderId":"o-%s"}""".formatted(order))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.get("/api/v1/groups/" + groupId + "/metrics").status()).isEqualTo(200);
    }

    @Test
    void aMessageOfTenThousandEmoji_isTakenAndStoredWhole_andOneMoreIsRefused() {
        String emoji = "😂".repeat(10_000);

        Reply taken = event(id("emoji"), "MESSAGE_POSTED", "fan", "{\"text\":\"" + emoji + "\"}");
        Reply refused = event(id("emoji-more"), "MESSAGE_POSTED", "fan", "{\"text\":\"" + emoji + "😂\"}");

        assertThat(taken.status()).as(taken.raw()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT payload FROM qf_event WHERE event_id = ?")
                        .param(id("emoji"))
                        .query(String.class)
                        .single())
                .contains(emoji);
        assertProblem(refused, 400, "urn:qunflow:problem:invalid-request");
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .containsExactly("must be at most 10000 characters");
    }

    @Test
    void halvesOfCharacters_inIdsOrTexts_areRefusedNamingTheField_andNothingIsStored() {
        // JSON's escapes can send half of a character beyond the basic plane; PostgreSQL would store
        // it as a question mark, so two ids differing in that half would be one.
        Reply eventId = event(id("half\\ud800"), "CHECKED_IN", "m1", "{}");
        Reply memberId = event(id("half-member"), "CHECKED_IN", "m\\udc00", "{}");
        Reply text = event(id("half-text"), "MESSAGE_POSTED", "m1", "{\"text\":\"hi\\ud800\"}");

        assertThat(eventId.status()).isEqualTo(400);
        assertThat(eventId.body().get("errors").findValuesAsText("field")).containsExactly("eventId");
        assertThat(eventId.body().get("errors").get(0).get("messageZh").asText())
                .contains("半个字符");
        assertThat(memberId.status()).isEqualTo(400);
        assertThat(memberId.body().get("errors").findValuesAsText("field")).containsExactly("memberId");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().get("errors").findValuesAsText("field")).containsExactly("payload.text");
        assertThat(text.body().get("errors").get(0).get("messageZh").asText()).contains("半个字符");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND event_id IS NOT NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void memberIds_thatNoAddressCanCarry_areRefused_singleAndInABatch_andNothingIsStored() {
        // A member is read back at /groups/{id}/members/{memberId}: an id with % or ; (or . and ..)
        // would be stored, counted and decided on, yet never reachable there.
        for (String memberId : List.of("50%off", "a;b", ".", "..")) {
            Reply single = event(id("addr-" + memberId), "CHECKED_IN", memberId, "{}");
            Reply batch = api.post("/api/v1/events:batch", """
                    {"events":[{"groupId":"%s","eventId":"%s","type":"CHECKED_IN","memberId":"%s",\
                    "at":"2026-11-23T10:00:00+08:00","payload":{}}]}""".formatted(groupId, id("addr-b-" + memberId), memberId));

            assertThat(single.status()).as(memberId).isEqualTo(400);
            assertThat(single.body().get("errors").findValuesAsText("field")).containsExactly("memberId");
            assertThat(single.body().get("errors").get(0).get("messageZh").asText())
                    .contains("无法使用这样的 id");
            // A batch answers each event on its own: this one refused, naming the field.
            assertThat(batch.status()).as(memberId).isEqualTo(200);
            JsonNode refused = batch.body().get("results").get(0).get("problem");
            assertThat(refused.get("errors").findValuesAsText("field")).containsExactly("memberId");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
        Reply reachable = event(id("addr-ok"), "CHECKED_IN", "会员-1.a", "{}");
        assertThat(reachable.status()).isEqualTo(200);
    }

    @Test
    void missingKey_isRefusedAsProblem() {
        Reply reply = ApiClient.withKey(port, null).post("/api/v1/groups/" + groupId + "/events", "{}");

        assertProblem(reply, 401, "urn:qunflow:problem:unauthenticated");
    }

    @Test
    void unknownKey_isRefusedAsProblem() {
        Reply reply = ApiClient.withKey(port, "not-a-key").post("/api/v1/groups/" + groupId + "/events", "{}");

        assertProblem(reply, 401, "urn:qunflow:problem:unauthenticated");
    }

    private int actionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo(type);
        assertThat(reply.body().get("detail").asText()).isNotBlank();
    }
}
