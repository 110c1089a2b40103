package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.qunflow.ApiClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** WeCom's callbacks over HTTP: the URL check, refusals, and customer-group events reaching groups and members. */
@WeComTest
class CallbackApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    InboundProcessor processor;

    @Autowired
    JdbcClient jdbc;

    WeComCallbacks wecom;
    ApiClient api;
    String chatId;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-callbacks");
        wecom = new WeComCallbacks(port);
        api = ApiClient.withKey(port, "qf_dev_key");
        chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void verify_answersTheDecryptedEchostrOfWeComsSample() {
        HttpResponse<String> answer = wecom.verify(
                WeComCryptoTest.VERIFY_SIGNATURE,
                WeComCryptoTest.VERIFY_TIMESTAMP,
                WeComCryptoTest.VERIFY_NONCE,
                WeComCryptoTest.VERIFY_ECHOSTR);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1616140317555161061");
    }

    @Test
    void verify_refusesAWrongSignature() {
        HttpResponse<String> answer = wecom.verify(
                "f" + WeComCryptoTest.VERIFY_SIGNATURE.substring(1),
                WeComCryptoTest.VERIFY_TIMESTAMP,
                WeComCryptoTest.VERIFY_NONCE,
                WeComCryptoTest.VERIFY_ECHOSTR);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void receive_refusesForgedCallbacksAndStoresNothing() {
        int before = callbacks();
        String message = WeComCallbacks.chatEvent(chatId, "create", null, 1760000001);
        HttpResponse<String> badSignature = wecom.postRaw(
                "0".repeat(40),
                "1760000000",
                "1",
                "<xml><Encrypt><![CDATA["
                        + new WeComCrypto(WeComCryptoTest.TOKEN, WeComCryptoTest.KEY, WeComCryptoTest.CORP_ID)
                                .encrypt(message, new byte[16])
                        + "]]></Encrypt></xml>");
        HttpResponse<String> otherCorp = new WeComCallbacks(port, "wwAnotherCorp000001").post(message);
        HttpResponse<String> xxe = wecom.postRaw(
                "0".repeat(40),
                "1760000000",
                "1",
                "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>");

        assertThat(badSignature.statusCode()).isEqualTo(403);
        assertThat(otherCorp.statusCode()).isEqualTo(403);
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).doesNotContain("root:");
        assertThat(callbacks()).isEqualTo(before);
        assertThat(api.get("/api/v1/groups/" + chatId).status()).isEqualTo(404);
    }

    /**
     * Thousands of nested elements inside the Encrypt field, under the size limit: read before the
     * signature can be checked, so anyone can send it. Refused as a malformed envelope.
     */
    @Test
    void receive_refusesADeeplyNestedEnvelopeLikeAnyMalformedOne() {
        int before = callbacks();
        String deep = "<xml><Encrypt>" + "<a>".repeat(36_000) + "x" + "</a>".repeat(36_000) + "</Encrypt></xml>";

        HttpResponse<String> answer = wecom.postRaw("00", "1", "2", deep);
        HttpResponse<String> malformed = wecom.postRaw("00", "1", "2", "<xml><Encrypt>");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(answer.body()).isEqualTo(malformed.body());
        assertThat(callbacks()).isEqualTo(before);
    }

    /** Signed with the corp's token and key, but its length field claims nearly 2 GB: undecryptable. */
    @Test
    void receive_refusesASignedMessageWhoseLengthFieldOverrunsIt() throws Exception {
        int before = callbacks();
        String encrypt = WeComCryptoTest.encryptWithLengthField(Integer.MAX_VALUE - 5, "<xml/>");
        String signature = new WeComCrypto(WeComCryptoTest.TOKEN, WeComCryptoTest.KEY, WeComCryptoTest.CORP_ID)
                .signature("1760000000", "1", encrypt);

        HttpResponse<String> answer = wecom.postRaw(
                signature, "1760000000", "1", "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("wrong length field");
        assertThat(callbacks()).isEqualTo(before);
    }

    @Test
    void create_opensTheGroupWithItsMembersRolesAndChannels() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "宝妈福利群",
                        "owner-zhang",
                        List.of(
                                Map.of("userid", "owner-zhang", "type", 1, "nickname", "张店长"),
                                Map.of("userid", "wmMom1", "nickname", "小雨妈妈", "state", "poster-2026"),
                                Map.of("userid", "wmMom2", "nickname", "乐乐妈", "join_scene", 1))));

        HttpResponse<String> answer = wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000001));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(status(chatId)).as("stored before it is processed").isNotNull();
        processor.process();

        JsonNode group = api.get("/api/v1/groups/" + chatId).body();
        assertThat(group.get("name").asText()).isEqualTo("宝妈福利群");
        assertThat(group.get("memberCount").asInt()).isEqualTo(3);
        assertThat(member("owner-zhang").get("role").asText()).isEqualTo("OWNER");
        assertThat(member("wmMom1").get("nickname").asText()).isEqualTo("小雨妈妈");
        assertThat(channel("wmMom1")).isEqualTo("poster-2026");
        assertThat(channel("wmMom2")).isEqualTo("企业微信·成员邀请");
        assertThat(status(chatId)).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT owner_user_id FROM qf_wecom_chat WHERE chat_id = ?")
                        .param(chatId)
                        .query(String.class)
                        .single())
                .isEqualTo("owner-zhang");
    }

    @Test
    void receive_wakesTheInboundThread_whoseWorkShowsInItsExecutorMetrics() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "唤醒群", "owner-zhao", List.of(Map.of("userid", "owner-zhao", "type", 1))));
        double before = completed("qunflow-wecom-inbound");

        assertThat(wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000003))
                        .statusCode())
                .isEqualTo(200);

        // No round by the clock within the test (the pollers wait an hour): the callback's wake did it.
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(status(chatId)));
        await().atMost(Duration.ofSeconds(5)).until(() -> completed("qunflow-wecom-inbound") > before);
        for (String pool : List.of("qunflow-wecom-inbound", "qunflow-wecom-outbound")) {
            assertThat(meters.find("executor.queued").tag("name", pool).gauge())
                    .as(pool)
                    .isNotNull();
            assertThat(meters.find("executor.active").tag("name", pool).gauge())
                    .as(pool)
                    .isNotNull();
        }
    }

    private double completed(String pool) {
        return meters.get("executor.completed")
                .tag("name", pool)
                .functionCounter()
                .count();
    }

    @Test
    void receive_aRetriedCallbackChangesNothingTwice() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "复购群",
                        "owner-wang",
                        List.of(
                                Map.of("userid", "owner-wang", "type", 1),
                                Map.of("userid", "wmBuyer", "nickname", "老顾客"))));
        String message = WeComCallbacks.chatEvent(chatId, "create", null, 1760000002);
        wecom.post(message);
        processor.process();
        int events = events();

        HttpResponse<String> retry = wecom.post(message);
        processor.process();

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_callback WHERE message LIKE ?")
                        .param("%" + chatId + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(events()).isEqualTo(events);
        assertThat(api.get("/api/v1/groups/" + chatId).body().get("memberCount").asInt())
                .isEqualTo(2);
        assertThat(MockWeCom.requests("externalcontact/groupchat/get")).hasSize(1);
    }

    @Test
    void update_joinsLeavesRenamesAndDismissFollowWeCom() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "早教交流群",
                        "owner-li",
                        List.of(Map.of("userid", "owner-li", "type", 1), Map.of("userid", "wmA", "nickname", "阿花"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "早教交流群",
                        "owner-li",
                        List.of(
                                Map.of("userid", "owner-li", "type", 1),
                                Map.of("userid", "wmA", "nickname", "阿花"),
                                Map.of("userid", "wmB", "nickname", "小北", "state", "store-counter"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "add_member", 1760000020, "wmB"));
        processor.process();
        assertThat(channel("wmB")).isEqualTo("store-counter");

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "早教交流群·二期",
                        "owner-li",
                        List.of(Map.of("userid", "owner-li", "type", 1), Map.of("userid", "wmB", "nickname", "小北"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "del_member", 1760000030, "wmA"));
        processor.process();
        assertThat(member("wmA").get("status").asText()).isEqualTo("LEFT");
        assertThat(api.get("/api/v1/groups/" + chatId).body().get("name").asText())
                .isEqualTo("早教交流群·二期");

        wecom.post(WeComCallbacks.chatEvent(chatId, "dismiss", null, 1760000040));
        processor.process();
        assertThat(api.get("/api/v1/groups/" + chatId).body().get("phase").asText())
                .isEqualTo("ARCHIVED");
    }

    /**
     * WeCom's signed callbacks are its only word of a join or leave: one dated ahead of this
     * server's clock (a wrong clock on either side) still counts, taken as now rather than dropped,
     * so it neither leads every "latest" read nor escapes the sweeps by age.
     */
    @Test
    void update_aJoinOrLeaveWeComDatesAheadIsTakenAsNow() {
        long aYearAhead = java.time.Instant.now().plus(Duration.ofDays(365)).getEpochSecond();
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "早教交流群",
                        "owner-li",
                        List.of(
                                Map.of("userid", "owner-li", "type", 1),
                                Map.of("userid", "wmA", "nickname", "阿花", "join_time", aYearAhead))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, aYearAhead));
        processor.process();
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群", "owner-li", List.of(Map.of("userid", "owner-li", "type", 1))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "del_member", aYearAhead + 60, "wmA"));
        processor.process();

        assertThat(member("wmA").get("status").asText()).isEqualTo("LEFT");
        java.time.OffsetDateTime inAnHour = java.time.OffsetDateTime.now().plusHours(1);
        assertThat(jdbc.sql("SELECT type || ' ' || CASE WHEN occurred_at < ? THEN 'by now' ELSE 'ahead' END"
                                + " FROM qf_event WHERE group_id = ? AND member_id = 'wmA' ORDER BY type")
                        .param(inAnHour)
                        .param(chatId)
                        .query(String.class)
                        .list())
                .containsExactly("MEMBER_JOINED by now", "MEMBER_LEFT by now");
        assertThat(jdbc.sql("SELECT event_id FROM qf_event WHERE group_id = ? AND member_id = 'wmA' ORDER BY type")
                        .param(chatId)
                        .query(String.class)
                        .list())
                .as("ids keep WeCom's seconds, so a retried callback is the same event")
                .containsExactly(
                        ChatSync.eventId(chatId, "wmA", "joined", aYearAhead),
                        ChatSync.eventId(chatId, "wmA", "left", aYearAhead + 60));
    }

    /**
     * WeCom calls back at once but applies member changes asynchronously: groupchat/get may still
     * answer the member list of before the change, its member_version the callback's LastMemVer.
     * Such an answer is not taken for the group's state; the callback is read again later.
     */
    @Test
    void update_aGroupchatGetAnswerOlderThanTheCallbackIsReadAgainLater() {
        String joiner = "wm" + chatId.substring(2, 14);
        List<Map<String, Object>> before =
                List.of(Map.of("userid", "owner-he", "type", 1), Map.of("userid", "wmOld", "nickname", "老会员"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "宝妈群", "owner-he", before));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000090));
        processor.process();

        // The member_version of MockWeCom's answers is "v" and the member count: v2 before, v3 after.
        String addMember = WeComCallbacks.chatEvent(chatId, "update", "add_member", 1760000095, joiner)
                .replace(
                        "</xml>", "<LastMemVer><![CDATA[v2]]></LastMemVer><CurMemVer><![CDATA[v3]]></CurMemVer></xml>");
        wecom.post(addMember);
        processor.process();

        assertThat(status(joiner)).as("tried again later").isEqualTo(InboundStore.PENDING);
        assertThat(api.get("/api/v1/groups/" + chatId + "/members/" + joiner).status())
                .isEqualTo(404);

        List<Map<String, Object>> after = new ArrayList<>(before);
        after.add(Map.of("userid", joiner, "nickname", "新会员"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "宝妈群", "owner-he", after));
        jdbc.sql("UPDATE qf_wecom_callback SET next_attempt_at = next_attempt_at - INTERVAL '1' DAY"
                        + " WHERE message LIKE ?")
                .param("%" + chatId + "%")
                .update();
        processor.process();

        assertThat(member(joiner).get("status").asText()).isEqualTo("IN_GROUP");
        assertThat(status(joiner)).isEqualTo(InboundStore.DONE);
    }

    /**
     * A member who joins and leaves again within seconds brings the group back to the version it
     * had: the join's read never shows a newer one. It is tried a few times, then taken as the group
     * stands, not kept waiting until it fails as a dead letter.
     */
    @Test
    void update_aGroupchatGetAnswerStillAtTheOldVersionAfterAFewReads_isTakenAsTheGroupStands() {
        String passer = "wm" + chatId.substring(2, 14);
        List<Map<String, Object>> members =
                List.of(Map.of("userid", "owner-he", "type", 1), Map.of("userid", "wmOld", "nickname", "老会员"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "宝妈群", "owner-he", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000090));
        processor.process();

        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "add_member", 1760000095, passer)
                .replace(
                        "</xml>",
                        "<LastMemVer><![CDATA[v2]]></LastMemVer><CurMemVer><![CDATA[v3]]></CurMemVer></xml>"));
        for (int read = 0; read < ChatSync.STALE_READS; read++) {
            processor.process();
            jdbc.sql("UPDATE qf_wecom_callback SET next_attempt_at = next_attempt_at - INTERVAL '1' DAY"
                            + " WHERE message LIKE ?")
                    .param("%" + passer + "%")
                    .update();
        }

        assertThat(status(passer)).isEqualTo(InboundStore.DONE);
        assertThat(api.get("/api/v1/groups/" + chatId + "/members/" + passer).status())
                .as("not in the group WeCom shows")
                .isEqualTo(404);
    }

    /**
     * 客户群变更事件 ChangeType update, UpdateDetail change_owner: groupchat/get names the new owner
     * (owner) and the admins (admin_list). The new owner becomes OWNER, the old one what the chat says
     * of them now, each change audited as wecom.
     */
    @Test
    void update_changeOwner_rolesFollowTheChatsOwnerAndAdmins() {
        List<Map<String, Object>> members = List.of(
                Map.of("userid", "owner-li", "type", 1),
                Map.of("userid", "staff-wang", "type", 1),
                Map.of("userid", "wmA", "nickname", "阿花"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();
        assertThat(role("owner-li")).isEqualTo("OWNER");
        assertThat(role("staff-wang")).isEqualTo("STAFF");

        // Li hands the group to Wang and stays on as an admin.
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群", "staff-wang", members, List.of("owner-li")));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_owner", 1760000020));
        processor.process();
        assertThat(role("staff-wang")).isEqualTo("OWNER");
        assertThat(role("owner-li")).isEqualTo("ADMIN");
        assertThat(role("wmA")).isEqualTo("MEMBER");

        // Wang hands it back; no admins: Wang is staff again.
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_owner", 1760000030));
        processor.process();
        assertThat(role("owner-li")).isEqualTo("OWNER");
        assertThat(role("staff-wang")).isEqualTo("STAFF");
        assertThat(member("owner-li").get("role").asText()).isEqualTo("OWNER");

        assertThat(jdbc.sql("SELECT actor || ' ' || subject || ' ' || diff FROM qf_audit"
                                + " WHERE subject LIKE ? AND change = 'ROLE_CHANGED' ORDER BY id")
                        .param(chatId + "/%")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "wecom " + chatId + "/staff-wang - role = STAFF\n+ role = OWNER",
                        "wecom " + chatId + "/owner-li - role = OWNER\n+ role = ADMIN",
                        "wecom " + chatId + "/owner-li - role = ADMIN\n+ role = OWNER",
                        "wecom " + chatId + "/staff-wang - role = OWNER\n+ role = STAFF");
    }

    /**
     * WeCom has no callback for admins made or unmade; groupchat/get lists them (admin_list) on every
     * read, so the next callback of the group brings them in. WeCom decides who is an admin: an
     * operator's ADMIN that WeCom does not list goes; an operator's KOC is never touched.
     */
    @Test
    void update_adminsFollowTheChatsAdminListOnTheNextRead() {
        List<Map<String, Object>> members = List.of(
                Map.of("userid", "owner-li", "type", 1),
                Map.of("userid", "staff-wang", "type", 1),
                Map.of("userid", "wmA", "nickname", "阿花"),
                Map.of("userid", "wmK", "nickname", "老K"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        assertThat(operator.put(rolePath("wmK"), "{\"role\":\"KOC\",\"comment\":\"老顾客，口碑好\"}")
                        .status())
                .isEqualTo(200);
        assertThat(operator.put(rolePath("wmA"), "{\"role\":\"ADMIN\",\"comment\":\"帮忙管群\"}")
                        .status())
                .isEqualTo(200);

        // Li makes Wang an admin in WeCom: no callback; the next one (a new name) reads the chat.
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群2", "owner-li", members, List.of("staff-wang")));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_name", 1760000020));
        processor.process();
        assertThat(role("staff-wang")).isEqualTo("ADMIN");
        assertThat(role("wmA")).as("not an admin in WeCom").isEqualTo("MEMBER");
        assertThat(role("wmK")).isEqualTo("KOC");
        assertThat(role("owner-li")).isEqualTo("OWNER");

        MockWeCom.answer(
                "externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群3", "owner-li", members, List.of()));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_name", 1760000030));
        processor.process();
        assertThat(role("staff-wang")).isEqualTo("STAFF");
        assertThat(role("wmK")).isEqualTo("KOC");

        assertThat(jdbc.sql("SELECT subject || ' ' || comment || ' ' || diff FROM qf_audit"
                                + " WHERE subject LIKE ? AND change = 'ROLE_CHANGED' AND actor = 'wecom' ORDER BY id")
                        .param(chatId + "/%")
                        .query(String.class)
                        .list())
                .containsExactly(
                        chatId
                                + "/staff-wang WeCom: made an admin of the group（企业微信设为群管理员） - role = STAFF\n+ role = ADMIN",
                        chatId
                                + "/wmA WeCom: no longer an admin of the group（企业微信不再是群管理员） - role = ADMIN\n+ role = MEMBER",
                        chatId
                                + "/staff-wang WeCom: no longer an admin of the group（企业微信不再是群管理员） - role = ADMIN\n+ role = STAFF");
    }

    /**
     * A member operators made KOC keeps it through a turn as owner (in-service handover and back):
     * the role they held before WeCom gave them the group comes back, not what their account is.
     */
    @Test
    void update_changeOwner_aKocHandedTheGroupAndBackIsKocAgain() {
        List<Map<String, Object>> members =
                List.of(Map.of("userid", "owner-li", "type", 1), Map.of("userid", "staff-wang", "type", 1));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .put(rolePath("staff-wang"), "{\"role\":\"KOC\",\"comment\":\"店里的达人\"}")
                        .status())
                .isEqualTo(200);

        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "staff-wang", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_owner", 1760000020));
        processor.process();
        assertThat(role("staff-wang")).isEqualTo("OWNER");

        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", members));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_owner", 1760000030));
        processor.process();
        assertThat(role("staff-wang")).isEqualTo("KOC");
        assertThat(role("owner-li")).isEqualTo("OWNER");
        assertThat(jdbc.sql("SELECT member_id || ' ' || role FROM qf_wecom_held_role WHERE chat_id = ?")
                        .param(chatId)
                        .query(String.class)
                        .list())
                .as("what Li goes back to; nothing of Wang's once the group is given back")
                .containsExactly("owner-li STAFF");
    }

    /**
     * A member who leaves while WeCom has them in a position takes nothing of it along: rejoining
     * straight as an admin and then losing it, they are what their account is, not the KOC they
     * were in an earlier stay that operators may have meant to end.
     */
    @Test
    void update_aMemberWhoLeftInAPositionDoesNotGetTheOldRoleBackOnALaterStay() {
        Map<String, Object> owner = Map.of("userid", "owner-li", "type", 1);
        Map<String, Object> k = Map.of("userid", "wmK", "nickname", "老K");
        MockWeCom.answer(
                "externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", List.of(owner, k)));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .put(rolePath("wmK"), "{\"role\":\"KOC\",\"comment\":\"老顾客，口碑好\"}")
                        .status())
                .isEqualTo(200);
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群2", "owner-li", List.of(owner, k), List.of("wmK")));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_name", 1760000020));
        processor.process();
        assertThat(role("wmK")).isEqualTo("ADMIN");

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群2", "owner-li", List.of(owner), List.of()));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "del_member", 1760000030, "wmK"));
        processor.process();
        assertThat(member("wmK").get("status").asText()).isEqualTo("LEFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_held_role WHERE chat_id = ?")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .as("nothing kept for a member no longer in the group")
                .isZero();

        Map<String, Object> kAgain = Map.of("userid", "wmK", "nickname", "老K", "join_time", 1760000040);
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群2", "owner-li", List.of(owner, kAgain), List.of("wmK")));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "add_member", 1760000040, "wmK"));
        processor.process();
        assertThat(role("wmK")).isEqualTo("ADMIN");

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群3", "owner-li", List.of(owner, kAgain), List.of()));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_name", 1760000050));
        processor.process();
        assertThat(role("wmK")).isEqualTo("MEMBER");
    }

    private String rolePath(String memberId) {
        return "/api/v1/groups/" + chatId + "/members/" + memberId + "/role";
    }

    /**
     * QuitScene says how the members in MemChangeList left, and only they: a member also gone from
     * groupchat/get but not named left at a callback missed, and is not said to have been removed.
     */
    @Test
    void update_quitSceneIsTheNamedMembersOnly() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "早教交流群",
                        "owner-li",
                        List.of(
                                Map.of("userid", "owner-li", "type", 1),
                                Map.of("userid", "wmA", "nickname", "阿花"),
                                Map.of("userid", "wmB", "nickname", "小北"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群", "owner-li", List.of(Map.of("userid", "owner-li", "type", 1))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "del_member", 1760000030, "wmA")
                .replace("<QuitScene>0</QuitScene>", "<QuitScene>1</QuitScene>"));
        processor.process();

        assertThat(member("wmA").get("status").asText()).isEqualTo("LEFT");
        assertThat(member("wmB").get("status").asText()).isEqualTo("LEFT");
        assertThat(leftPayload("wmA").path("quitScene").asText()).isEqualTo("removed");
        assertThat(leftPayload("wmB").has("quitScene"))
                .as("how wmB left is not known")
                .isFalse();
    }

    /**
     * A customer removed while the owner hands the group over: the change_owner callback's
     * groupchat/get no longer lists them, so they leave at it, but its QuitScene (0, or none) is not
     * about them: their own del_member, with QuitScene 1, comes after. They are not said to have left
     * of their own accord; the roles still follow the new owner.
     */
    @Test
    void update_aMemberGoneAtAnOwnerChangeIsNotSaidToHaveLeftOfTheirOwnAccord() {
        List<Map<String, Object>> before = List.of(
                Map.of("userid", "owner-li", "type", 1),
                Map.of("userid", "staff-wang", "type", 1),
                Map.of("userid", "wmA", "nickname", "阿花"));
        MockWeCom.answer("externalcontact/groupchat/get", MockWeCom.groupChat(chatId, "早教交流群", "owner-li", before));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000010));
        processor.process();

        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(chatId, "早教交流群", "staff-wang", before.subList(0, 2)));
        wecom.post(WeComCallbacks.chatEvent(chatId, "update", "change_owner", 1760000020));
        processor.process();

        assertThat(member("wmA").get("status").asText()).isEqualTo("LEFT");
        assertThat(leftPayload("wmA").has("quitScene"))
                .as("how wmA left is not known at the owner change")
                .isFalse();
        assertThat(role("staff-wang")).isEqualTo("OWNER");
        assertThat(role("owner-li")).isEqualTo("STAFF");
    }

    /**
     * Processed callbacks go after the retention (30 days by default; msgaudit_notify alone may come
     * every 15 seconds); recent ones stay to keep WeCom's retries from being stored twice, and
     * pending callbacks and dead letters stay whatever their age, as does the newest archive notice.
     */
    @Test
    void prune_oldProcessedCallbacksGo_recentPendingAndDeadLettersStay() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        insertCallback("old-done", "change_external_chat", InboundStore.DONE, now.minusDays(40));
        insertCallback("recent-done", "change_external_chat", InboundStore.DONE, now.minusDays(2));
        insertCallback("old-pending", "change_external_chat", InboundStore.PENDING, now.minusDays(40));
        insertCallback("old-failed", "change_external_chat", InboundStore.FAILED, now.minusDays(40));
        insertCallback("old-notice", "msgaudit_notify", InboundStore.DONE, now.minusDays(41));
        java.time.OffsetDateTime lastNotice = jdbc.sql(
                        "SELECT MAX(received_at) FROM qf_wecom_callback WHERE event = 'msgaudit_notify'")
                .query(java.time.OffsetDateTime.class)
                .single();

        assertThat(processor.prune()).isPositive();

        assertThat(jdbc.sql("SELECT message FROM qf_wecom_callback WHERE message LIKE ?")
                        .param(chatId + ":%")
                        .query(String.class)
                        .list())
                .contains(chatId + ":recent-done", chatId + ":old-pending", chatId + ":old-failed")
                .doesNotContain(chatId + ":old-done");
        assertThat(jdbc.sql("SELECT MAX(received_at) FROM qf_wecom_callback WHERE event = 'msgaudit_notify'")
                        .query(java.time.OffsetDateTime.class)
                        .single())
                .as("the archive notice still answers when the last one came")
                .isEqualTo(lastNotice);
    }

    private void insertCallback(String name, String event, String status, java.time.OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_wecom_callback (id, event, message, status, attempts, next_attempt_at, received_at,"
                        + " processed_at) VALUES (?,?,?,?,1,?,?,?)")
                .params(
                        InboundStore.id(chatId + ":" + name),
                        event,
                        chatId + ":" + name,
                        status,
                        at,
                        at,
                        status.equals(InboundStore.PENDING) ? null : at)
                .update();
    }

    private JsonNode leftPayload(String memberId) {
        String payload = jdbc.sql(
                        "SELECT payload FROM qf_event WHERE group_id = ? AND member_id = ? AND type = 'MEMBER_LEFT'")
                .params(chatId, memberId)
                .query(String.class)
                .single();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String role(String memberId) {
        return jdbc.sql("SELECT role FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .query(String.class)
                .single();
    }

    @Test
    void contact_aDeletedFollowUserIsRecordedOnTheMember() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "会员群",
                        "owner-zhao",
                        List.of(
                                Map.of("userid", "owner-zhao", "type", 1),
                                Map.of("userid", "wmGone", "nickname", "路人"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000050));
        processor.process();

        wecom.post("<xml><ToUserName><![CDATA[" + WeComCryptoTest.CORP_ID
                + "]]></ToUserName><CreateTime>1760000060</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_contact]]></Event>"
                + "<ChangeType><![CDATA[del_follow_user]]></ChangeType><UserID><![CDATA[owner-zhao]]></UserID>"
                + "<ExternalUserID><![CDATA[wmGone]]></ExternalUserID></xml>");
        processor.process();

        assertThat(jdbc.sql("SELECT comment FROM qf_audit WHERE subject_type = 'MEMBER' AND subject = ?")
                        .param(chatId + "/wmGone")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("客户删除了跟进成员 owner-zhao");
    }

    /**
     * WeCom's del_external_contact carries {@code Source} DELETE_BY_TRANSFER when in-service
     * succession (在职继承) moved the customer to another staff member: the customer is still the
     * corp's contact, so nothing is lost to record.
     */
    @Test
    void contact_aCustomerHandedOverByInServiceSuccessionIsNotRecordedAsLost() {
        String customer = "wm" + chatId.substring(2, 14);
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "会员群",
                        "owner-qin",
                        List.of(
                                Map.of("userid", "owner-qin", "type", 1),
                                Map.of("userid", customer, "nickname", "老客"))));
        wecom.post(WeComCallbacks.chatEvent(chatId, "create", null, 1760000070));
        processor.process();

        wecom.post(contactEvent("del_external_contact", "owner-qin", customer, 1760000080, "DELETE_BY_TRANSFER"));
        processor.process();

        assertThat(status(customer)).isEqualTo(InboundStore.DONE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'MEMBER' AND subject = ?")
                        .param(chatId + "/" + customer)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A change_external_contact event as WeCom words it; {@code source} only for del_external_contact. */
    private static String contactEvent(
            String changeType, String userId, String externalUserId, long createTime, String source) {
        return "<xml><ToUserName><![CDATA[" + WeComCryptoTest.CORP_ID
                + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>" + createTime
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[change_external_contact]]></Event><ChangeType><![CDATA[" + changeType
                + "]]></ChangeType><UserID><![CDATA[" + userId + "]]></UserID><ExternalUserID><![CDATA["
                + externalUserId + "]]></ExternalUserID>"
                + (source == null ? "" : "<Source><![CDATA[" + source + "]]></Source>") + "</xml>";
    }

    private JsonNode member(String memberId) {
        return api.get("/api/v1/groups/" + chatId + "/members/" + memberId).body();
    }

    private String channel(String memberId) {
        return jdbc.sql("SELECT channel FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .query(String.class)
                .single();
    }

    private String status(String chat) {
        return jdbc.sql("SELECT status FROM qf_wecom_callback WHERE message LIKE ?")
                .param("%" + chat + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private int callbacks() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_wecom_callback")
                .query(Integer.class)
                .single();
    }

    private int events() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                .param(chatId)
                .query(Integer.class)
                .single();
    }
}
