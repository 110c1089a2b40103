package io.qunflow.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.qunflow.ApiClient;
import io.qunflow.SessionWaits;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionType;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group's welcome template when two welcomes of the group are carried out at once (two joiners'
 * welcomes on two nodes, or a retry racing the first attempt), and when the database fails between
 * WeCom's add and the row: WeCom's library (100 templates a corp) is never left holding a template
 * Qunflow does not know of, and the last words win.
 */
@WeComTest
class ConcurrentWelcomeTemplatesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WelcomeTemplates welcomes;

    @Autowired
    WeComClient wecom;

    @Autowired
    MemberService members;

    @Autowired
    WeComSettings settings;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChatStore chats;

    @Autowired
    InboundProcessor inbound;

    @Autowired
    ChatSync chatSync;

    @LocalServerPort
    int port;

    String run;
    String chatId;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-welcome-race");
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        chatId = "wr" + run;
        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-" + run + "\"}");
        MockWeCom.answer("externalcontact/group_welcome_template/edit", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        MockWeCom.answer("externalcontact/group_welcome_template/del", "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    /**
     * The second welcome starts, on its own connection and thread, once the first has claimed the
     * group's row and WeCom has added its template, before the first has stored the id; the first
     * goes on only once the second has finished or waits for the row, so neither outcome depends on
     * timing. Had the second been let through, WeCom would have added a second template for it.
     */
    @Test
    void twoWelcomesOfOneGroupAtOnce_addOneTemplate_andTheSecondEditsItsWordsIn() throws Exception {
        AtomicReference<CompletableFuture<String>> second = new AtomicReference<>();
        WeComClient addedThenAnotherWelcome = spy(AopTestUtils.<WeComClient>getUltimateTargetObject(wecom));
        doAnswer(add -> {
                    Object answer = add.callRealMethod();
                    MockWeCom.answer(
                            "externalcontact/group_welcome_template/add",
                            "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-lost-" + run + "\"}");
                    second.set(CompletableFuture.supplyAsync(
                            () -> welcomes.apply(welcome("wmB", "欢迎新朋友，先看群公告")).orElseThrow()));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> second.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(jdbc, "INSERT INTO qf_wecom_welcome_template "));
                    return answer;
                })
                .when(addedThenAnotherWelcome)
                .create(eq("externalcontact/group_welcome_template/add"), any());
        WelcomeTemplates first =
                new WelcomeTemplates(addedThenAnotherWelcome, members, settings, jdbc, clock, transactions, chats);

        String firstTemplate = first.apply(welcome("wmA", "欢迎入群，每晚8点秒杀")).orElseThrow();

        assertThat(firstTemplate).isEqualTo("tpl-" + run);
        assertThat(second.get().join()).isEqualTo("tpl-" + run);
        assertThat(bodiesSentTo("externalcontact/group_welcome_template/add"))
                .singleElement()
                .satisfies(add ->
                        assertThat(add.path("text").path("content").asText()).isEqualTo("欢迎入群，每晚8点秒杀"));
        assertThat(bodiesSentTo("externalcontact/group_welcome_template/edit"))
                .singleElement()
                .satisfies(edit -> {
                    assertThat(edit.path("template_id").asText()).isEqualTo("tpl-" + run);
                    assertThat(edit.path("text").path("content").asText()).isEqualTo("欢迎新朋友，先看群公告");
                });
        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/del"))
                .isEmpty();
        assertThat(stored()).containsExactly("tpl-" + run + " 欢迎新朋友，先看群公告");
    }

    /**
     * The group is dismissed (WeCom's dismiss callback, as the node that took it applies it) while
     * its first welcome is under way: the dismissal waits for the welcome's row, then deletes the template WeCom added.
     * Had it not waited, it would have found no template, and the one added would hold a place in
     * WeCom's library for a group that no longer exists.
     */
    @Test
    void aGroupDismissedWhileItsWelcomeIsAdded_hasThatTemplateDeletedFromWeCom() throws Exception {
        openGroup();
        AtomicReference<CompletableFuture<Void>> dismissal = new AtomicReference<>();
        WeComClient addedThenDismissed = spy(AopTestUtils.<WeComClient>getUltimateTargetObject(wecom));
        doAnswer(add -> {
                    Object answer = add.callRealMethod();
                    dismissal.set(CompletableFuture.runAsync(() -> chatSync.apply(
                            XmlMessage.parse(WeComCallbacks.chatEvent(chatId, "dismiss", null, 1760003000)), 0)));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> dismissal.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(jdbc, "UPDATE qf_wecom_chat SET dismissed "));
                    return answer;
                })
                .when(addedThenDismissed)
                .create(eq("externalcontact/group_welcome_template/add"), any());
        WelcomeTemplates welcoming =
                new WelcomeTemplates(addedThenDismissed, members, settings, jdbc, clock, transactions, chats);

        assertThat(welcoming.apply(welcome("wmA", "欢迎入群"))).contains("tpl-" + run);
        dismissal.get().join();

        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/del"))
                .singleElement()
                .satisfies(del -> assertThat(JSON.readTree(del.getBodyAsString())
                                .path("template_id")
                                .asText())
                        .isEqualTo("tpl-" + run));
        assertThat(stored()).isEmpty();
        assertThat(chats.find(chatId).orElseThrow().dismissed()).isTrue();
    }

    /** A welcome that reaches a group dismissed meanwhile adds nothing to WeCom and stores nothing. */
    @Test
    void aWelcomeOfAGroupDismissedMeanwhile_addsNoTemplate() throws Exception {
        openGroup();
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "dismiss", null, 1760003000));
        inbound.process();

        assertThat(welcomes.apply(welcome("wmA", "欢迎入群"))).isEmpty();

        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/add"))
                .isEmpty();
        assertThat(stored()).isEmpty();
    }

    /** A customer group with its owner and one customer, as WeCom's create callback brings it. */
    private void openGroup() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "新品体验群",
                        "owner-sun",
                        List.of(
                                Map.of("userid", "owner-sun", "type", 1, "nickname", "孙店长"),
                                Map.of("userid", "wmFan", "nickname", "甜甜"))));
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "create", null, 1760001000));
        inbound.process();
        assertThat(chats.known(chatId)).isTrue();
    }

    /** WeCom refusing the add leaves no claim behind: the next welcome of the group adds the template. */
    @Test
    void aWelcomeWeComRefused_storesNothing_andTheNextOneAddsTheTemplate() throws Exception {
        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":41055,\"errmsg\":\"welcome template count reach limit\"}");

        assertThatThrownBy(() -> welcomes.apply(welcome("wmA", "欢迎入群")))
                .isInstanceOfSatisfying(
                        WeComError.class, e -> assertThat(e.errcode()).isEqualTo(41055));
        assertThat(stored()).isEmpty();

        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-" + run + "\"}");
        assertThat(welcomes.apply(welcome("wmB", "欢迎入群"))).contains("tpl-" + run);
        assertThat(bodiesSentTo("externalcontact/group_welcome_template/add")).hasSize(2);
        assertThat(stored()).containsExactly("tpl-" + run + " 欢迎入群");
    }

    /**
     * WeCom added the template but the database could not keep its id (here an id longer than the
     * column holds): the template is deleted from WeCom again, nothing is stored, and the welcome
     * fails to be tried again, rather than hold one of the library's 100 places forever.
     */
    @Test
    void aTemplateTheDatabaseCouldNotStore_isDeletedFromWeComAgain() throws Exception {
        String tooLong = "tpl-" + run + "x".repeat(200);
        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"" + tooLong + "\"}");

        assertThatThrownBy(() -> welcomes.apply(welcome("wmA", "欢迎入群"))).isNotInstanceOf(WeComError.class);

        assertThat(bodiesSentTo("externalcontact/group_welcome_template/add")).hasSize(1);
        assertThat(MockWeCom.requests("externalcontact/group_welcome_template/del"))
                .singleElement()
                .satisfies(del -> assertThat(JSON.readTree(del.getBodyAsString())
                                .path("template_id")
                                .asText())
                        .isEqualTo(tooLong));
        assertThat(stored()).isEmpty();
    }

    /**
     * WeCom drops the connection once it has the add: whether it added the template nobody knows,
     * and WeCom lists no templates to find out. The group's claim stays, saying when; the next
     * welcome of the group adds nothing and says why in both languages; an operator may not retry,
     * and an admin's retry, once they have checked WeCom, adds the template with the lost add's
     * words, once.
     */
    @Test
    void anAddWhoseAnswerWasLost_isKeptOnTheGroup_addsNoSecondTemplate_untilAnAdminRetriesIt() throws Exception {
        openGroup();
        String add = "externalcontact/group_welcome_template/add";
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/" + add))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> welcomes.apply(welcome("wmA", "欢迎入群"))).isInstanceOfSatisfying(WeComError.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("WeCom's answer to adding this group's welcome template was lost");
            assertThat(e.messageZh()).contains("企业微信可能已添加").doesNotContain("WeCom's answer");
        });
        assertThat(stored()).containsExactly(" 欢迎入群");
        assertThat(addAnswerLost()).isTrue();

        assertThatThrownBy(() -> welcomes.apply(welcome("wmB", "欢迎新朋友")))
                .isInstanceOfSatisfying(WeComError.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage())
                            .contains("no other template is added for the group until an admin has checked");
                    assertThat(e.messageZh()).contains("在此之前不再为本群添加欢迎语");
                });
        assertThat(bodiesSentTo(add)).hasSize(1);
        assertThat(stored()).containsExactly(" 欢迎入群");

        String lostAdds = "/api/v1/wecom/welcome-templates/lost-adds";
        ApiClient admin = ApiClient.asUser(port, "admin", "qunflow");
        ApiClient.Reply listed = admin.get(lostAdds);
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        JsonNode lost = lostAddOf(listed);
        assertThat(lost).as(listed.raw()).isNotNull();
        assertThat(lost.get("groupName").asText()).isEqualTo("新品体验群");
        assertThat(lost.get("words").asText()).isEqualTo("欢迎入群");
        assertThat(lost.get("lostAt").isNull()).isFalse();

        String retry = "/api/v1/wecom/welcome-templates/" + chatId + "/retry-lost-add";
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        ApiClient.Reply byOperator = operator.post(retry, "");
        assertThat(byOperator.status()).as(byOperator.raw()).isEqualTo(403);
        assertThat(operator.get(lostAdds).status()).isEqualTo(403);
        assertThat(bodiesSentTo(add)).hasSize(1);
        assertThat(addAnswerLost()).isTrue();

        MockWeCom.answer(add, "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-" + run + "\"}");
        ApiClient.Reply retried = admin.post(retry, "");

        assertThat(retried.status()).as(retried.raw()).isEqualTo(200);
        assertThat(retried.body().get("templateId").asText()).isEqualTo("tpl-" + run);
        assertThat(bodiesSentTo(add))
                .hasSize(2)
                .last()
                .satisfies(body ->
                        assertThat(body.path("text").path("content").asText()).isEqualTo("欢迎入群"));
        assertThat(stored()).containsExactly("tpl-" + run + " 欢迎入群");
        assertThat(addAnswerLost()).isFalse();
        assertThat(lostAddOf(admin.get(lostAdds)))
                .as("retried, the group is no longer listed")
                .isNull();

        ApiClient.Reply again = admin.post(retry, "");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().get("detailZh").asText()).contains("没有待重试的入群欢迎语");
        assertThat(bodiesSentTo(add)).hasSize(2);
    }

    /**
     * WeCom refuses the retried add because its library is full: the admin reads what to do in both
     * languages with WeCom's errcode beside it, and the group still awaits a retry.
     */
    @Test
    void aRetryWeComRefusesForAFullLibrary_saysWhatToDoInBothLanguages_andTheGroupStillAwaitsARetry() throws Exception {
        openGroup();
        String add = "externalcontact/group_welcome_template/add";
        MockWeCom.server()
                .stubFor(post(urlPathEqualTo("/cgi-bin/" + add))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> welcomes.apply(welcome("wmA", "欢迎入群"))).isInstanceOf(WeComError.class);
        MockWeCom.answer(add, "{\"errcode\":41055,\"errmsg\":\"welcome template count reach limit\"}");

        ApiClient.Reply refused = ApiClient.asUser(port, "admin", "qunflow")
                .post("/api/v1/wecom/welcome-templates/" + chatId + "/retry-lost-add", "");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(502);
        assertThat(refused.body().get("errcode").asInt()).isEqualTo(41055);
        assertThat(refused.body().get("errmsg").asText()).isEqualTo("welcome template count reach limit");
        assertThat(refused.body().get("detail").asText()).startsWith("WeCom's welcome template library is full");
        assertThat(refused.body().get("detailZh").asText())
                .startsWith("企业微信的入群欢迎语素材库已满")
                .endsWith("（企业微信错误码 41055：welcome template count reach limit）");
        assertThat(bodiesSentTo(add)).hasSize(2);
        assertThat(stored()).containsExactly(" 欢迎入群");
        assertThat(addAnswerLost()).isTrue();
    }

    /** This test's group among the lost adds listed, or null. */
    private JsonNode lostAddOf(ApiClient.Reply listed) {
        for (JsonNode lost : listed.body()) {
            if (lost.get("groupId").asText().equals(chatId)) {
                return lost;
            }
        }
        return null;
    }

    /** Whether the group's row says an add's answer was lost. */
    private boolean addAnswerLost() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_wecom_welcome_template WHERE group_id = ?"
                                + " AND add_answer_lost_at IS NOT NULL")
                        .param(chatId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Action welcome(String memberId, String text) {
        return new Action(
                "act-" + memberId + "-" + run,
                ActionType.SEND_MESSAGE,
                chatId,
                "wecom:" + chatId + ":" + memberId + ":joined:1760001000",
                memberId,
                text,
                null,
                null,
                "PENDING",
                null,
                null,
                OffsetDateTime.now(clock),
                null);
    }

    /** The bodies WeCom received at the path since this test began. */
    private List<JsonNode> bodiesSentTo(String path) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : MockWeCom.requests(path)) {
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    private List<String> stored() {
        return jdbc.sql("SELECT template_id, body FROM qf_wecom_welcome_template WHERE group_id = ?")
                .param(chatId)
                .query((rs, row) -> rs.getString("template_id") + " " + rs.getString("body"))
                .list();
    }
}
