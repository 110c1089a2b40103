package io.qunflow.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.qunflow.ApiClient;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.sop.NewSopEntry;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Qunflow's actions carried out on a mock WeCom: welcome templates, broadcasts, tokens, busy codes and errcodes. */
@WeComTest
class OutboundApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    InboundProcessor inbound;

    @Autowired
    OutboundDispatcher dispatcher;

    @Autowired
    BroadcastConfirmations confirmations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    SopCalendarService sop;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionOutbox outbox;

    @Autowired
    DeliveryStore store;

    String chatId;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-outbound");
        chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-" + chatId + "\"}");
        MockWeCom.answer("message/send", "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    /** A customer group with its owner and one customer, as WeCom's create callback brings it. */
    private void openGroup(String owner) {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "新品体验群",
                        owner,
                        List.of(
                                Map.of("userid", owner, "type", 1, "nickname", "孙店长"),
                                Map.of("userid", "wmFan", "nickname", "甜甜"))));
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "create", null, 1760001000));
        inbound.process();
    }

    @Test
    void poll_sendsTheWelcomeAsTheGroupsTemplateAndPostsAsBroadcastsTheOwnerConfirms() throws Exception {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"fail_list\":[],\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-sun");
        List<NewSopEntry> entry = List.of(new NewSopEntry(
                "DAILY", null, null, null, "09:00", "ACTIVITY", "TEXT", "今晚8点秒杀：辅食机半价", null, null, null));
        sop.add(chatId, entry, "operator", "test");
        OffsetDateTime nine = LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toOffsetDateTime();
        SopPost post = sop.deliver(chatId, nine).get(0);

        dispatcher.poll();

        JsonNode welcome = JSON.readTree(MockWeCom.requests("externalcontact/group_welcome_template/add").stream()
                .filter(r -> r.getBodyAsString().contains("甜甜")
                        || r.getBodyAsString().contains(WelcomeTemplates.NICKNAME))
                .reduce((a, b) -> b)
                .orElseThrow()
                .getBodyAsString());
        assertThat(welcome.path("text").path("content").asText())
                .contains("@%NICKNAME%")
                .doesNotContain("甜甜");
        assertThat(welcome.path("notify").asInt()).isEqualTo(1);
        assertThat(actionStatus("SEND_MESSAGE", "wecom:" + chatId + ":wmFan:joined:%"))
                .isEqualTo("DONE");

        List<JsonNode> broadcasts = broadcastsOf(chatId);
        assertThat(broadcasts).hasSize(2).allSatisfy(b -> {
            assertThat(b.path("chat_type").asText()).isEqualTo("group");
            assertThat(b.path("sender").asText()).isEqualTo("owner-sun");
            assertThat(b.path("chat_id_list").get(0).asText()).isEqualTo(chatId);
        });
        assertThat(outboxStatus(post.actionId())).as("waits for the owner").isEqualTo("PENDING");
        assertThat(reach(post.id())).isZero();

        MockWeCom.answer(
                "externalcontact/get_groupmsg_send_result",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\"," + "\"send_list\":[{\"chat_id\":\"" + chatId
                        + "\",\"userid\":\"owner-sun\",\"status\":1,\"send_time\":1760002000}]}");
        confirmations.read(true);

        assertThat(outboxStatus(post.actionId())).isEqualTo("DONE");
        assertThat(reach(post.id()))
                .as("the members the confirmed post reached")
                .isEqualTo(2);
    }

    /**
     * A broadcast carries text only (WeCom's link and mini-program attachments need a cover, an
     * appid and an uploaded picture no SOP entry holds): a post's link goes in the text, on a line
     * of its own, which WeCom's clients show as a link members tap.
     */
    @Test
    void poll_aPostsLinkGoesOnALineOfItsOwnInTheBroadcastsText() throws Exception {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"fail_list\":[],\"msgid\":\"msg-link-" + chatId + "\"}");
        openGroup("owner-sun");
        sop.add(
                chatId,
                List.of(new NewSopEntry(
                        "DAILY",
                        null,
                        null,
                        null,
                        "09:00",
                        "ACTIVITY",
                        "MINI_PROGRAM",
                        "拼团买辅食机，点这里",
                        "https://shop.example.com/p/42?from=qunflow",
                        null,
                        null)),
                "operator",
                "test");
        OffsetDateTime nine = LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toOffsetDateTime();
        sop.deliver(chatId, nine);

        dispatcher.poll();

        JsonNode post = broadcastsOf(chatId).stream()
                .filter(b -> b.path("text").path("content").asText().startsWith("拼团"))
                .findFirst()
                .orElseThrow();
        assertThat(post.path("text").path("content").asText())
                .isEqualTo("拼团买辅食机，点这里\nhttps://shop.example.com/p/42?from=qunflow");
        assertThat(post.has("attachments")).as("text only").isFalse();
    }

    @Test
    void poll_fetchesTheTokenOnceMoreWhenWeComSaysItExpired() {
        openGroup("owner-qian");
        MockWeCom.server()
                .stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                        .willReturn(
                                MockWeCom.json("{\"errcode\":0,\"access_token\":\"tok-stale\",\"expires_in\":7200}")));
        tokens.fetch();
        MockWeCom.server().resetRequests();
        MockWeCom.server()
                .stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                        .willReturn(
                                MockWeCom.json("{\"errcode\":0,\"access_token\":\"tok-fresh\",\"expires_in\":7200}")));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .willReturn(MockWeCom.json("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .withQueryParam("access_token", equalTo("tok-fresh"))
                        .willReturn(MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-fresh\"}")));

        dispatcher.poll();

        assertThat(MockWeCom.requests("gettoken")).hasSize(1);
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.CONFIRMING);
        assertThat(MockWeCom.requests("externalcontact/add_msg_template").stream()
                        .map(r -> r.queryParameter("access_token").firstValue())
                        .distinct()
                        .toList())
                .containsExactlyInAnyOrder("tok-stale", "tok-fresh");
    }

    @Test
    void poll_triesAgainWhileWeComIsBusy() {
        openGroup("owner-zhou");
        String scenario = "busy-" + chatId;
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(MockWeCom.json("{\"errcode\":-1,\"errmsg\":\"system busy\"}"))
                        .willSetStateTo("busy-again"));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .inScenario(scenario)
                        .whenScenarioStateIs("busy-again")
                        .willReturn(MockWeCom.json("{\"errcode\":-1,\"errmsg\":\"system busy\"}"))
                        .willSetStateTo("free"));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .inScenario(scenario)
                        .whenScenarioStateIs("free")
                        .willReturn(MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-late\"}")));

        dispatcher.poll();

        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.CONFIRMING);
    }

    /**
     * 45009 (接口调用超过限制) and then ok: the broadcast waits in the delivery schedule with its
     * back-off instead of holding the round's thread, and goes out once when due: one request refused,
     * one accepted, one broadcast awaiting the owner.
     */
    @Test
    void poll_aRateLimitWaitsForTheRetryScheduleAndTheBroadcastGoesOutOnce() {
        openGroup("owner-qian");
        String scenario = "limit-" + chatId;
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(MockWeCom.json("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"))
                        .willSetStateTo("lifted"));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .inScenario(scenario)
                        .whenScenarioStateIs("lifted")
                        .willReturn(MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-limit\"}")));

        dispatcher.poll();

        assertThat(deliveryStatus()).as("waits for its next attempt").isEqualTo(DeliveryStore.PENDING);
        assertThat(broadcastsOf(chatId)).hasSize(1);
        assertThat(jdbc.sql("SELECT attempts FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                                + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        jdbc.sql("UPDATE qf_wecom_delivery SET next_attempt_at = next_attempt_at - INTERVAL '1' DAY WHERE group_id = ?")
                .param(chatId)
                .update();
        dispatcher.poll();

        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.CONFIRMING);
        assertThat(broadcastsOf(chatId)).hasSize(2);
        assertThat(jdbc.sql(
                                "SELECT wecom_msgid FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                                        + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                        .param(chatId)
                        .query(String.class)
                        .single())
                .isEqualTo("msg-limit");
    }

    @Test
    void poll_aRateLimitThatOutlastsEveryAttemptBecomesADeadLetter() {
        openGroup("owner-wu");
        MockWeCom.answer(
                "externalcontact/add_msg_template", "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");

        dispatcher.poll();
        assertThat(deliveryStatus()).as("tried again later").isEqualTo(DeliveryStore.PENDING);
        assertThat(jdbc.sql("SELECT errcode FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                                + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(45009);

        jdbc.sql(
                        "UPDATE qf_wecom_delivery SET attempts = 7, next_attempt_at = next_attempt_at - INTERVAL '1' DAY WHERE group_id = ?")
                .param(chatId)
                .update();
        dispatcher.poll();

        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.FAILED);
        assertThat(broadcastDetail())
                .startsWith("WeCom's call limit was reached.")
                .endsWith("(WeCom errcode 45009: api freq out of limit)");
        assertThat(broadcastColumn("detail_zh"))
                .startsWith("已达到企业微信的接口调用次数上限")
                .endsWith("（企业微信错误码 45009：api freq out of limit）");
    }

    @Test
    void poll_anotherErrcodeFailsTheActionAndShowsAsADeadLetter() {
        openGroup("owner-zheng");
        MockWeCom.answer("externalcontact/add_msg_template", "{\"errcode\":40003,\"errmsg\":\"invalid userid\"}");

        dispatcher.poll();

        String actionId = jdbc.sql(
                        "SELECT id FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NULL")
                .param(chatId)
                .query(String.class)
                .single();
        assertThat(outboxStatus(actionId)).isEqualTo("FAILED");
        ApiClient.Reply failed = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/actions?status=FAILED&limit=1000");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body())
                .as("the failed action says what to do in both languages")
                .anySatisfy(a -> {
                    assertThat(a.get("id").asText()).isEqualTo(actionId);
                    assertThat(a.get("detail").asText())
                            .startsWith("WeCom does not know this staff member's userid.")
                            .endsWith("(WeCom errcode 40003: invalid userid)");
                    assertThat(a.get("detailZh").asText())
                            .startsWith("企业微信不认识这个成员账号（userid）。")
                            .endsWith("（企业微信错误码 40003：invalid userid）");
                });
        ApiClient.Reply deadLetters = ApiClient.asUser(port, "admin", "qunflow").get("/api/v1/wecom/dead-letters");
        assertThat(deadLetters.status()).isEqualTo(200);
        assertThat(deadLetters.body()).anySatisfy(d -> {
            assertThat(d.get("groupId").asText()).isEqualTo(chatId);
            assertThat(d.get("groupName").asText()).isEqualTo("新品体验群");
            assertThat(d.get("errcode").asInt()).isEqualTo(40003);
            assertThat(d.get("errmsg").asText()).isEqualTo("invalid userid");
            assertThat(d.get("advice").asText())
                    .startsWith("WeCom does not know this staff member's userid.")
                    .endsWith("(WeCom errcode 40003: invalid userid)");
            assertThat(d.get("adviceZh").asText())
                    .startsWith("企业微信不认识这个成员账号（userid）。")
                    .endsWith("（企业微信错误码 40003：invalid userid）");
        });
    }

    @Test
    void deadLetters_ofAGroupQunflowHasNoNameFor_carryANullNameForTheIdToBeShown() {
        String gone = "wrGone" + chatId;
        String actionId = "act-" + gone;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.add(actionId, 0, gone, "SEND_MESSAGE", now);
        store.close(actionId, DeliveryStore.FAILED, "WeCom errcode 40003: invalid userid", now);

        ApiClient.Reply deadLetters = ApiClient.asUser(port, "admin", "qunflow").get("/api/v1/wecom/dead-letters");

        assertThat(deadLetters.status()).isEqualTo(200);
        assertThat(deadLetters.body())
                .filteredOn(d -> d.get("actionId").asText().equals(actionId))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.get("groupId").asText()).isEqualTo(gone);
                    assertThat(d.has("groupName")).isTrue();
                    assertThat(d.get("groupName").isNull()).isTrue();
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                        .param(gone)
                        .query(Integer.class)
                        .single())
                .as("listing dead letters makes no group")
                .isZero();
    }

    /**
     * 45035 and 45047 are not WeCom's rate limits (WeChat's APIs use them for an address missing
     * from the IP allow-list and a reply quota used up): the broadcast is asked once and fails at
     * once, rather than being tried again for hours.
     */
    @ParameterizedTest
    @ValueSource(ints = {45035, 45047})
    void poll_errcodesThatAreNoRateLimitFailTheBroadcastAtOnce(int errcode) {
        openGroup("owner-he");
        MockWeCom.answer(
                "externalcontact/add_msg_template", "{\"errcode\":" + errcode + ",\"errmsg\":\"not a rate limit\"}");

        dispatcher.poll();

        assertThat(broadcastsOf(chatId)).as("asked once, not three times").hasSize(1);
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.FAILED);
        assertThat(broadcastDetail()).isEqualTo("WeCom refused it with errcode " + errcode + ": not a rate limit");
        assertThat(broadcastColumn("detail_zh"))
                .startsWith("企业微信拒绝了请求，错误码 " + errcode + "。")
                .endsWith("not a rate limit");
    }

    /**
     * A text WeCom would refuse (its broadcasts take 4000 bytes, its welcome templates 3000) is not
     * sent: the action fails at once with the reason in English and Chinese, for a post made before
     * SOP entries were measured so, or one the rules or a workflow wrote.
     */
    @Test
    void poll_aTextOverWeComsLimitIsNotSent_andFailsSayingWhy() {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-chu");
        String post = enqueue(null, null, "秒".repeat(1400));
        String welcome = enqueue("wecom:" + chatId + ":wmFan:joined:1760009999", "wmFan", "欢迎甜甜" + "群规".repeat(501));

        dispatcher.poll();

        assertThat(MockWeCom.requests("externalcontact/add_msg_template"))
                .noneMatch(r -> r.getBodyAsString().contains("秒秒秒"));
        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/add"))
                .noneMatch(r -> r.getBodyAsString().contains("群规群规"));
        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/edit"))
                .noneMatch(r -> r.getBodyAsString().contains("群规群规"));
        assertThat(outboxStatus(post)).isEqualTo("FAILED");
        assertThat(detail(post))
                .isEqualTo("The text is 4200 bytes in UTF-8 and a WeCom group broadcast takes at most 4000:"
                        + " not sent, shorten it");
        assertThat(actionColumn(post, "detail_zh")).isEqualTo("文本 4200 字节（UTF-8），企业微信群发最多 4000 字节：未发送，请缩短");
        assertThat(outboxStatus(welcome)).isEqualTo("FAILED");
        assertThat(detail(welcome))
                .contains("a WeCom group welcome template takes at most 3000")
                .doesNotContain("字节");
        assertThat(actionColumn(welcome, "detail_zh")).contains("企业微信入群欢迎语最多 3000 字节");
        assertThat(jdbc.sql("SELECT attempts FROM qf_wecom_delivery WHERE action_id = ?")
                        .param(post)
                        .query(Integer.class)
                        .single())
                .as("a dead letter at once, not tried again")
                .isEqualTo(1);
    }

    /**
     * A bidi control or a zero-width character in a text the rules wrote (a winner's nickname in a
     * lottery announcement) would reorder what every member reads: it is left out of the broadcast.
     */
    @Test
    void poll_aBroadcastLeavesOutCharactersThatWouldReorderWhatMembersRead() throws Exception {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-wei");
        String post = enqueue(null, null, "恭喜 \u202E强哥\u202C\u200B 抽中辅食机");

        dispatcher.poll();

        assertThat(broadcastsOf(chatId).stream()
                        .map(b -> b.path("text").path("content").asText())
                        .toList())
                .contains("恭喜 强哥 抽中辅食机")
                .noneMatch(t -> t.contains("\u202E") || t.contains("\u200B"));
        assertThat(jdbc.sql("SELECT status FROM qf_wecom_delivery WHERE action_id = ?")
                        .param(post)
                        .query(String.class)
                        .single())
                .isEqualTo(DeliveryStore.CONFIRMING);
    }

    /**
     * Two nodes, one broadcast: node A claims a round of deliveries, and while WeCom is slow to
     * answer its first, A's lease on the second runs out and node B takes it. A must not send the
     * second too: the group would get it twice. Each delivery's lease is checked and renewed before
     * it is carried out.
     */
    @Test
    void poll_leavesADeliveryAnotherNodeTookWhileItsRoundWasSlow() throws Exception {
        openGroup("owner-feng");
        dispatcher.poll();
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .willReturn(MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-slow\"}")
                                .withFixedDelay(1500)));
        String first = enqueue(null, null, "第一条群发：今晚秒杀");
        String second = enqueue(null, null, "第二条群发：明早上新");

        Thread nodeA = new Thread(dispatcher::poll);
        nodeA.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> MockWeCom.requests("externalcontact/add_msg_template").stream()
                        .anyMatch(r -> r.getBodyAsString().contains("第一条群发")));
        String leaseOfA = leaseOwner(first);
        assertThat(leaseOwner(second)).isEqualTo(leaseOfA);
        jdbc.sql("UPDATE qf_wecom_delivery SET lease_until = ? WHERE action_id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), second)
                .update();
        List<DeliveryStore.Delivery> takenByB = store.claim(
                DeliveryStore.PENDING,
                "lease-node-b",
                OffsetDateTime.now(),
                OffsetDateTime.now().plusMinutes(2),
                50);
        nodeA.join(20_000);

        assertThat(takenByB).extracting(DeliveryStore.Delivery::actionId).contains(second);
        assertThat(MockWeCom.requests("externalcontact/add_msg_template"))
                .noneMatch(r -> r.getBodyAsString().contains("第二条群发"));
        assertThat(leaseOwner(second)).isEqualTo("lease-node-b");
        assertThat(jdbc.sql("SELECT status FROM qf_wecom_delivery WHERE action_id = ?")
                        .param(second)
                        .query(String.class)
                        .single())
                .isEqualTo(DeliveryStore.PENDING);
        assertThat(jdbc.sql("SELECT status FROM qf_wecom_delivery WHERE action_id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo(DeliveryStore.CONFIRMING);
    }

    private String leaseOwner(String actionId) {
        return jdbc.sql("SELECT lease_owner FROM qf_wecom_delivery WHERE action_id = ?")
                .param(actionId)
                .query(String.class)
                .single();
    }

    private String enqueue(String eventId, String memberId, String text) {
        return outbox.enqueue(List.of(new NewAction(
                        "test:" + UUID.randomUUID(),
                        ActionType.SEND_MESSAGE,
                        chatId,
                        eventId,
                        memberId,
                        text,
                        null,
                        null)))
                .get(0)
                .id();
    }

    /** The stored detail of the one broadcast (an SOP post: no event) sent to the group. */
    private String broadcastDetail() {
        return broadcastColumn("detail");
    }

    private String broadcastColumn(String column) {
        return jdbc.sql("SELECT " + column
                        + " FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NULL")
                .param(chatId)
                .query(String.class)
                .single();
    }

    private String detail(String actionId) {
        return actionColumn(actionId, "detail");
    }

    /**
     * WeCom took the broadcast but its answer was lost: sending it again would post it twice, so it
     * is sent once and becomes a dead letter saying why, for an operator to check the group.
     */
    @Test
    void poll_aBroadcastWhoseAnswerWasLostIsSentOnceAndBecomesADeadLetterSayingSo() {
        openGroup("owner-feng");
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/add_msg_template"))
                        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        dispatcher.poll();
        dispatcher.poll();

        assertThat(broadcastsOf(chatId)).hasSize(1);
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.FAILED);
        String actionId = jdbc.sql(
                        "SELECT id FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NULL")
                .param(chatId)
                .query(String.class)
                .single();
        assertThat(outboxStatus(actionId)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT detail FROM qf_action WHERE id = ?")
                        .param(actionId)
                        .query(String.class)
                        .single())
                .startsWith("WeCom's answer was lost after the request was sent")
                .contains("check in WeCom before sending it again")
                .contains("externalcontact/add_msg_template");
        assertThat(broadcastColumn("detail_zh")).startsWith("请求发出后企业微信的应答丢失").contains("请先在企业微信中核对");
        ApiClient.Reply deadLetters = ApiClient.asUser(port, "admin", "qunflow").get("/api/v1/wecom/dead-letters");
        assertThat(deadLetters.body()).anySatisfy(d -> {
            assertThat(d.get("actionId").asText()).isEqualTo(actionId);
            assertThat(d.get("attempts").asInt()).isEqualTo(1);
            assertThat(d.get("errcode").isNull()).isTrue();
            assertThat(d.get("errmsg").asText()).contains("WeCom may have done it");
        });
    }

    /**
     * get_groupmsg_send_result answering an errcode (41063 right after the broadcast was created,
     * or one that never passes, here 60011) is asked again, but only until the owner's time to
     * confirm is over: then the broadcast fails with WeCom's errcode instead of being asked forever.
     */
    @Test
    void confirmations_anErrcodeThatOutlastsTheTimeToConfirmFailsTheBroadcast() {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-tang");
        dispatcher.poll();
        MockWeCom.answer(
                "externalcontact/get_groupmsg_send_result",
                "{\"errcode\":60011,\"errmsg\":\"no privilege to access/modify contact/party/agent\"}");

        confirmations.read(true);
        assertThat(deliveryStatus()).as("asked again later").isEqualTo(DeliveryStore.CONFIRMING);

        jdbc.sql("UPDATE qf_wecom_delivery SET updated_at = updated_at - INTERVAL '49' HOUR WHERE group_id = ?")
                .param(chatId)
                .update();
        confirmations.read(true);

        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.FAILED);
        assertThat(jdbc.sql("SELECT errcode FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                                + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(60011);
        assertThat(broadcastDetail()).startsWith("The app may not reach this staff member.");
        assertThat(broadcastColumn("detail_zh"))
                .startsWith("应用无权访问这个成员。")
                .contains("（企业微信错误码 60011：")
                .contains("企业微信");
    }

    /**
     * A {@code next_cursor} WeCom answers again for the page it was given would be followed forever
     * (the confirmation round never ends): the reading stops there and the broadcast waits for the
     * next round, never taking the third answer as the owner's confirmation.
     */
    @Test
    void confirmations_aCursorWeComRepeatsEndsTheReading() {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-lu");
        dispatcher.poll();
        String scenario = "repeated-cursor-" + chatId;
        String path = "/cgi-bin/externalcontact/get_groupmsg_send_result";
        String otherPage = "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"page-2\",\"send_list\":[]}";
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo(path))
                        .withRequestBody(containing("msg-" + chatId))
                        .inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(MockWeCom.json(otherPage))
                        .willSetStateTo("again"));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo(path))
                        .withRequestBody(containing("msg-" + chatId))
                        .inScenario(scenario)
                        .whenScenarioStateIs("again")
                        .willReturn(MockWeCom.json(otherPage))
                        .willSetStateTo("sent"));
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo(path))
                        .withRequestBody(containing("msg-" + chatId))
                        .inScenario(scenario)
                        .whenScenarioStateIs("sent")
                        .willReturn(MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\","
                                + "\"send_list\":[{\"chat_id\":\"" + chatId + "\",\"status\":1}]}")));

        confirmations.read(true);

        assertThat(MockWeCom.requests("externalcontact/get_groupmsg_send_result").stream()
                        .filter(r -> r.getBodyAsString().contains("msg-" + chatId)))
                .hasSize(2);
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.CONFIRMING);
    }

    /**
     * WeCom's library of group welcome templates holds at most 100 (入群欢迎语素材库最多容纳100个素材)
     * and Qunflow adds one per group: a dismissed group's template is deleted from it
     * ({@code group_welcome_template/del} with its template_id), or the groups dismissed over time
     * would fill the library and every new group's welcome would be refused.
     */
    @Test
    void dismiss_deletesTheGroupsWelcomeTemplateFromWeComsLibrary() throws Exception {
        openGroup("owner-zhou");
        dispatcher.poll();
        assertThat(jdbc.sql("SELECT template_id FROM qf_wecom_welcome_template WHERE group_id = ?")
                        .param(chatId)
                        .query(String.class)
                        .single())
                .isEqualTo("tpl-" + chatId);
        MockWeCom.answer("externalcontact/group_welcome_template/del", "{\"errcode\":0,\"errmsg\":\"ok\"}");

        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "dismiss", null, 1760003000));
        inbound.process();

        List<JsonNode> deleted = new java.util.ArrayList<>();
        for (var request : MockWeCom.requests("externalcontact/group_welcome_template/del")) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            if (body.path("template_id").asText().equals("tpl-" + chatId)) {
                deleted.add(body);
            }
        }
        assertThat(deleted).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_welcome_template WHERE group_id = ?")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /**
     * A broadcast still unsent (send_list status 0) when the owner's wecom.confirm-hours are over is
     * stopped in WeCom before it fails ({@code cancel_groupmsg_send}, 停止企业群发, with its msgid):
     * left as it was, the owner could still send it days later, after Qunflow had reported it failed.
     */
    @Test
    void confirmations_aBroadcastNotConfirmedInTimeIsStoppedInWeComBeforeItFails() throws Exception {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-he");
        dispatcher.poll();
        MockWeCom.answer(
                "externalcontact/get_groupmsg_send_result",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"send_list\":[{\"chat_id\":\"" + chatId
                        + "\",\"userid\":\"owner-he\",\"status\":0}]}");
        MockWeCom.answer("externalcontact/cancel_groupmsg_send", "{\"errcode\":0,\"errmsg\":\"ok\"}");

        confirmations.read(true);
        assertThat(deliveryStatus()).as("the owner still has time").isEqualTo(DeliveryStore.CONFIRMING);
        assertThat(cancelsOf("msg-" + chatId))
                .as("not stopped while the owner has time")
                .isEmpty();

        jdbc.sql("UPDATE qf_wecom_delivery SET updated_at = updated_at - INTERVAL '49' HOUR WHERE group_id = ?")
                .param(chatId)
                .update();
        confirmations.read(true);

        assertThat(cancelsOf("msg-" + chatId)).hasSize(1);
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.FAILED);
        assertThat(deliveryErrmsg()).contains("stopped in WeCom").doesNotContain("群");
        assertThat(broadcastDetail())
                .isEqualTo("the group owner did not confirm the broadcast within 48 hours;"
                        + " stopped in WeCom, the owner can no longer send it");
        assertThat(broadcastColumn("detail_zh")).isEqualTo("群主未在 48 小时内确认群发；已在企业微信停止该群发，群主不能再发送");
    }

    private List<JsonNode> cancelsOf(String msgid) throws Exception {
        List<JsonNode> cancels = new java.util.ArrayList<>();
        for (var request : MockWeCom.requests("externalcontact/cancel_groupmsg_send")) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            if (body.path("msgid").asText().equals(msgid)) {
                cancels.add(body);
            }
        }
        return cancels;
    }

    /**
     * get_groupmsg_send_result is asked of the member who sent the broadcast: when the group changes
     * owner before it is read, the first owner's send result still decides, not the new owner's
     * (who has none for it).
     */
    @Test
    void confirmations_askTheOwnerTheBroadcastWentTo_evenAfterTheGroupChangedOwner() throws Exception {
        MockWeCom.answer(
                "externalcontact/add_msg_template",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-" + chatId + "\"}");
        openGroup("owner-lin");
        dispatcher.poll();
        jdbc.sql("UPDATE qf_wecom_chat SET owner_user_id = 'owner-new' WHERE chat_id = ?")
                .param(chatId)
                .update();
        MockWeCom.answer(
                "externalcontact/get_groupmsg_send_result",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"send_list\":[{\"chat_id\":\"" + chatId
                        + "\",\"userid\":\"owner-lin\",\"status\":1,\"send_time\":1760002000}]}");

        confirmations.read(true);

        JsonNode asked = JSON.readTree(MockWeCom.requests("externalcontact/get_groupmsg_send_result").stream()
                .filter(r -> r.getBodyAsString().contains("msg-" + chatId))
                .reduce((a, b) -> b)
                .orElseThrow()
                .getBodyAsString());
        assertThat(asked.path("userid").asText()).isEqualTo("owner-lin");
        assertThat(deliveryStatus()).isEqualTo(DeliveryStore.DONE);
    }

    private List<JsonNode> broadcastsOf(String chat) {
        return MockWeCom.requests("externalcontact/add_msg_template").stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(b -> b.path("chat_id_list").toString().contains(chat))
                .toList();
    }

    private String deliveryStatus() {
        return jdbc.sql("SELECT status FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                        + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                .param(chatId)
                .query(String.class)
                .single();
    }

    private String deliveryErrmsg() {
        return jdbc.sql("SELECT errmsg FROM qf_wecom_delivery WHERE group_id = ? AND action_type = 'SEND_MESSAGE'"
                        + " AND action_id IN (SELECT id FROM qf_action WHERE event_id IS NULL)")
                .param(chatId)
                .query(String.class)
                .single();
    }

    private String actionStatus(String type, String eventIdPattern) {
        return jdbc.sql("SELECT status FROM qf_action WHERE group_id = ? AND type = ? AND event_id LIKE ?")
                .params(chatId, type, eventIdPattern)
                .query(String.class)
                .single();
    }

    private String outboxStatus(String actionId) {
        return actionColumn(actionId, "status");
    }

    private String actionColumn(String actionId, String column) {
        return jdbc.sql("SELECT " + column + " FROM qf_action WHERE id = ?")
                .param(actionId)
                .query(String.class)
                .single();
    }

    private int reach(String postId) {
        return jdbc.sql("SELECT reach FROM qf_sop_post WHERE id = ?")
                .param(postId)
                .query(Integer.class)
                .single();
    }
}
