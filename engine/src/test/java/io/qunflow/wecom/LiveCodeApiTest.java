package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.qunflow.ApiClient;
import io.qunflow.SessionWaits;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.RuleParameters;
import java.time.Clock;
import java.time.Duration;
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

/** Group live codes: made in WeCom, rotated to the next group when one nears its capacity, joiners counted by channel. */
@WeComTest
class LiveCodeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    InboundProcessor inbound;

    ApiClient operator;
    String first;
    String second;
    String state;
    String run;

    @Autowired
    LiveCodeStore store;

    @Autowired
    GroupService groups;

    @Autowired
    WeComClient wecom;

    @Autowired
    RuleParameters parameters;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveCodes liveCodes;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-live-codes");
        operator = ApiClient.asUser(port, "operator", "qunflow");
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        first = "wrA" + run;
        second = "wrB" + run;
        state = "poster-" + run;
        for (String chat : List.of(first, second)) {
            // The shop opens the groups with a small capacity before WeCom tells of them.
            operator.post("/api/v1/groups", """
                    {"id":"%s","name":"秒杀群","intro":"每晚八点秒杀","type":"FLASH","capacity":4}""".formatted(chat));
            sync(chat, List.of(Map.of("userid", "owner-ma", "type", 1)), "create", 1760004000);
        }
        MockWeCom.answer(
                "externalcontact/groupchat/add_join_way",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"config_id\":\"cfg-" + run + "\"}");
        MockWeCom.answer(
                "externalcontact/groupchat/get_join_way",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"join_way\":{\"config_id\":\"cfg-" + run
                        + "\",\"qr_code\":\"https://wework.qpic.cn/wwpic/qr-" + run + "\"}}");
        MockWeCom.answer("externalcontact/groupchat/update_join_way", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        MockWeCom.answer("externalcontact/groupchat/del_join_way", "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private void sync(String chat, List<Map<String, Object>> members, String change, long at) {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                "chat_id",
                chat,
                MockWeCom.groupChat(chat, "秒杀群", "owner-ma", members));
        new WeComCallbacks(port)
                .post(WeComCallbacks.chatEvent(chat, change, change.equals("create") ? null : "add_member", at));
        inbound.process();
    }

    @Test
    void create_makesTheJoinWayInWeComWithScene2AndTheChannelsState() throws Exception {
        ApiClient.Reply created = operator.post("/api/v1/wecom/live-codes", """
                {"remark":"海报","state":"%s","chatIds":["%s","%s"],"autoCreateRoom":true,"roomBaseName":"秒杀群","roomBaseId":3}""".formatted(state, first, second));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("qrCode").asText()).startsWith("https://wework.qpic.cn/");
        JsonNode sent = JSON.readTree(MockWeCom.requests("externalcontact/groupchat/add_join_way")
                .get(0)
                .getBodyAsString());
        assertThat(sent.get("scene").asInt()).isEqualTo(2);
        assertThat(sent.get("state").asText()).isEqualTo(state);
        assertThat(sent.get("auto_create_room").asInt()).isEqualTo(1);
        assertThat(sent.get("room_base_name").asText()).isEqualTo("秒杀群");
        assertThat(sent.get("room_base_id").asInt()).isEqualTo(3);
        assertThat(sent.get("chat_id_list")).extracting(JsonNode::asText).containsExactly(first, second);
        assertThat(operator.get("/api/v1/wecom/live-codes/"
                                + created.body().get("configId").asText())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void codes_nameTheirGroups_onCreateGetListAndUpdate_withoutStoringTheNames() {
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                "chat_id",
                second,
                MockWeCom.groupChat(second, "秒杀二群🔥", "owner-ma", List.of(Map.of("userid", "owner-ma", "type", 1))));
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(second, "update", "change_name", 1760004100));
        inbound.process();

        ApiClient.Reply created = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s","%s"]}""".formatted(state, first, second));

        assertThat(created.status()).isEqualTo(201);
        String configId = created.body().get("configId").asText();
        assertThat(created.body().get("groupNames").toString())
                .isEqualTo("{\"%s\":\"秒杀群\",\"%s\":\"秒杀二群🔥\"}".formatted(first, second));
        ApiClient.Reply one = operator.get("/api/v1/wecom/live-codes/" + configId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("groupNames").get(second).asText()).isEqualTo("秒杀二群🔥");
        ApiClient.Reply all = operator.get("/api/v1/wecom/live-codes");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .filteredOn(code -> code.get("configId").asText().equals(configId))
                .singleElement()
                .satisfies(code ->
                        assertThat(code.get("groupNames").get(first).asText()).isEqualTo("秒杀群"));
        ApiClient.Reply updated = operator.put("/api/v1/wecom/live-codes/" + configId, """
                {"state":"%s","chatIds":["%s"]}""".formatted(state, second));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("groupNames").toString()).isEqualTo("{\"%s\":\"秒杀二群🔥\"}".formatted(second));
        assertThat(jdbc.sql("SELECT chat_ids FROM qf_wecom_live_code WHERE config_id = ?")
                        .param(configId)
                        .query(String.class)
                        .single())
                .as("the names are read from the groups each time, never kept with the code")
                .isEqualTo("[\"%s\"]".formatted(second));
    }

    @Test
    void create_refusesUnknownGroupsABadStateAndViewers() {
        ApiClient.Reply bad = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["wrNobodyKnows"]}""".formatted("s".repeat(31)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").toString()).contains("state", "chatIds[0]");
        ApiClient.Reply hiddenName = operator.post("/api/v1/wecom/live-codes", """
                {"state":"hidden","chatIds":["%s"],"autoCreateRoom":true,"roomBaseName":"秒杀\u2066群"}""".formatted(first));
        assertThat(hiddenName.status()).isEqualTo(400);
        assertThat(hiddenName.body().get("errors").findValuesAsText("field")).containsExactly("roomBaseName");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/wecom/live-codes")
                        .status())
                .isEqualTo(403);
        assertThat(MockWeCom.requests("externalcontact/groupchat/add_join_way")).isEmpty();
    }

    @Test
    void create_refusesNoGroupsAndANegativeRoomNumber_inBothLanguages_andMakesNothing() {
        ApiClient.Reply none = operator.post("/api/v1/wecom/live-codes", """
                {"state":"none","chatIds":[]}""");
        ApiClient.Reply negative = operator.post("/api/v1/wecom/live-codes", """
                {"state":"negative","chatIds":["%s"],"autoCreateRoom":true,"roomBaseId":-1}""".formatted(first));

        assertThat(none.status()).as(none.raw()).isEqualTo(400);
        assertThat(none.body().at("/errors/0/field").asText()).isEqualTo("chatIds");
        assertThat(none.body().at("/errors/0/messageZh").asText()).isEqualTo("须指定 1 到 100 个客户群");
        assertThat(negative.status()).as(negative.raw()).isEqualTo(400);
        assertThat(negative.body().at("/errors/0/field").asText()).isEqualTo("roomBaseId");
        assertThat(negative.body().at("/errors/0/message").asText()).isEqualTo("must be 0 or more");
        assertThat(negative.body().at("/errors/0/messageZh").asText()).isEqualTo("须不小于 0");
        assertThat(MockWeCom.requests("externalcontact/groupchat/add_join_way")).isEmpty();
    }

    @Test
    void joins_rotateTheCodeToTheNextGroupNearCapacityAndCountTheChannel() throws Exception {
        String configId = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s","%s"],"autoCreateRoom":true}""".formatted(state, first, second))
                .body()
                .get("configId")
                .asText();

        List<Map<String, Object>> members = new ArrayList<>(List.of(Map.of("userid", "owner-ma", "type", 1)));
        for (int i = 1; i <= 3; i++) {
            members.add(Map.of(
                    "userid",
                    "wmJoiner" + i,
                    "state",
                    state,
                    "join_time",
                    java.time.Instant.now().getEpochSecond() - 60 + i));
            sync(first, List.copyOf(members), "update", 1760004100 + i);
        }

        List<JsonNode> updates = new ArrayList<>();
        for (var request : MockWeCom.requests("externalcontact/groupchat/update_join_way")) {
            updates.add(JSON.readTree(request.getBodyAsString()));
        }
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.get("config_id").asText()).isEqualTo(configId);
            assertThat(u.get("chat_id_list")).extracting(JsonNode::asText).containsExactly(second);
            assertThat(u.get("state").asText()).isEqualTo(state);
        });
        JsonNode code = operator.get("/api/v1/wecom/live-codes/" + configId).body();
        assertThat(code.get("activeChatIds")).extracting(JsonNode::asText).containsExactly(second);
        assertThat(code.get("rotatedAt").isNull()).isFalse();

        JsonNode sources = ApiClient.withKey(port, "qf_dev_key")
                .get("/api/v1/groups/" + first + "/metrics?days=30")
                .body()
                .get("source");
        assertThat(sources.toString()).contains(state);
    }

    /**
     * Two operators, on two nodes, make a live code for one channel at the same moment. The second
     * comes in through the API, on its own connection and thread, once the first has passed its
     * check and stored its code but not committed; the first goes on only once the second has
     * answered or waits for the row the first holds, so neither outcome depends on timing.
     */
    @Test
    void twoCodesOfOneChannelMadeAtOnce_theSecondIs409_storesNothing_andItsJoinWayIsRemovedFromWeCom() {
        AtomicReference<CompletableFuture<ApiClient.Reply>> loser = new AtomicReference<>();
        LiveCodeStore storedThenOtherCreate = spy(AopTestUtils.<LiveCodeStore>getUltimateTargetObject(store));
        doAnswer(insert -> {
                    insert.callRealMethod();
                    MockWeCom.answer(
                            "externalcontact/groupchat/add_join_way",
                            "{\"errcode\":0,\"errmsg\":\"ok\",\"config_id\":\"cfg-lost-" + run + "\"}");
                    loser.set(CompletableFuture.supplyAsync(
                            () -> operator.post("/api/v1/wecom/live-codes", """
                            {"state":"%s","chatIds":["%s"]}""".formatted(state, second))));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> loser.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(jdbc, "INSERT INTO qf_wecom_live_code "));
                    return null;
                })
                .when(storedThenOtherCreate)
                .insert(any());
        LiveCodes codes = new LiveCodes(storedThenOtherCreate, groups, wecom, parameters, clock);

        LiveCode made = transactions.execute(
                status -> codes.create(new LiveCodes.Request(null, state, List.of(first), false, null, null)));

        assertThat(made.configId()).isEqualTo("cfg-" + run);
        ApiClient.Reply refused = loser.get().join();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText())
                .isEqualTo("Another live code already counts joiners under the state '" + state + "'");
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("已有另一个活码在用渠道标识 " + state + " 统计入群人数");
        assertThat(jdbc.sql("SELECT config_id FROM qf_wecom_live_code WHERE state = ?")
                        .param(state)
                        .query(String.class)
                        .list())
                .containsExactly("cfg-" + run);
        assertThat(MockWeCom.requests("externalcontact/groupchat/del_join_way"))
                .singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("cfg-lost-" + run));
    }

    /**
     * Two nodes read the members of one full group at once and both find its live code must move
     * on. The second node rotates it, on its own connection and thread, while the first's
     * update_join_way is under way; the first goes on only once the second has finished or waits
     * for the code's row, so the outcome does not depend on timing. Had the second not waited, both
     * would have called WeCom, and whichever stored last, not whichever WeCom heard last, would be
     * the groups Qunflow shows.
     */
    @Test
    void twoNodesRotatingOneCodeAtOnce_onlyOneReachesWeCom_andWhatIsStoredIsWhatWeComHas() throws Exception {
        String configId = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s","%s"]}""".formatted(state, first, second))
                .body()
                .get("configId")
                .asText();
        putInto(first, "wmFull1", "wmFull2", "wmFull3");
        AtomicReference<CompletableFuture<Void>> secondNode = new AtomicReference<>();
        WeComClient updatingThenAnotherNode = spy(AopTestUtils.<WeComClient>getUltimateTargetObject(wecom));
        doAnswer(update -> {
                    Object answer = update.callRealMethod();
                    secondNode.set(CompletableFuture.runAsync(() -> liveCodes.groupChanged(first, List.of())));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> secondNode.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(
                                            jdbc, "SELECT * FROM qf_wecom_live_code WHERE config_id = ? FOR UPDATE"));
                    return answer;
                })
                .when(updatingThenAnotherNode)
                .post(eq("externalcontact/groupchat/update_join_way"), any());
        LiveCodes firstNode = new LiveCodes(store, groups, updatingThenAnotherNode, parameters, clock);

        transactions.executeWithoutResult(status -> firstNode.groupChanged(first, List.of()));
        secondNode.get().join();

        assertThat(MockWeCom.requests("externalcontact/groupchat/update_join_way"))
                .singleElement()
                .satisfies(u -> assertThat(JSON.readTree(u.getBodyAsString()).get("chat_id_list"))
                        .extracting(JsonNode::asText)
                        .containsExactly(second));
        assertThat(store.find(configId).orElseThrow().activeChatIds()).containsExactly(second);
    }

    /**
     * WeCom opens two groups for a full code, and members arrive in both at once, read by two nodes.
     * The second node adds its group on its own connection and thread while the first's
     * update_join_way is under way; the first goes on only once the second has finished or waits
     * for the code's row. Had the second not waited, it would have stored the pool it read before the
     * first's group joined it, and that group would be lost to the code.
     */
    @Test
    void twoGroupsJoiningOneCodeAtOnce_bothStayInItsPool_andWeComIsToldOfBoth() throws Exception {
        String configId = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s","%s"],"autoCreateRoom":true}""".formatted(state, first, second))
                .body()
                .get("configId")
                .asText();
        putInto(first, "wmFull1", "wmFull2", "wmFull3");
        putInto(second, "wmFull4", "wmFull5", "wmFull6");
        String openedOne = "wrC" + run;
        String openedTwo = "wrD" + run;
        for (String chat : List.of(openedOne, openedTwo)) {
            operator.post("/api/v1/groups", """
                    {"id":"%s","name":"秒杀群","intro":"每晚八点秒杀","type":"FLASH","capacity":4}""".formatted(chat));
        }
        AtomicReference<CompletableFuture<Void>> secondNode = new AtomicReference<>();
        WeComClient updatingThenAnotherNode = spy(AopTestUtils.<WeComClient>getUltimateTargetObject(wecom));
        doAnswer(update -> {
                    Object answer = update.callRealMethod();
                    if (secondNode.get() == null) {
                        secondNode.set(
                                CompletableFuture.runAsync(() -> liveCodes.groupChanged(openedTwo, List.of(state))));
                        await().atMost(Duration.ofMinutes(1))
                                .until(() -> secondNode.get().isDone()
                                        || SessionWaits.aSessionWaitsIn(
                                                jdbc, "SELECT * FROM qf_wecom_live_code WHERE config_id = ? FOR UPDATE")
                                        || SessionWaits.aSessionWaitsIn(jdbc, "UPDATE qf_wecom_live_code"));
                    }
                    return answer;
                })
                .when(updatingThenAnotherNode)
                .post(eq("externalcontact/groupchat/update_join_way"), any());
        LiveCodes firstNode = new LiveCodes(store, groups, updatingThenAnotherNode, parameters, clock);

        transactions.executeWithoutResult(status -> firstNode.groupChanged(openedOne, List.of(state)));
        secondNode.get().join();

        LiveCode code = store.find(configId).orElseThrow();
        assertThat(code.chatIds()).containsExactly(first, second, openedOne, openedTwo);
        assertThat(code.activeChatIds()).containsExactly(openedOne, openedTwo);
        List<LoggedRequest> updates = MockWeCom.requests("externalcontact/groupchat/update_join_way");
        assertThat(JSON.readTree(updates.get(updates.size() - 1).getBodyAsString())
                        .get("chat_id_list"))
                .extracting(JsonNode::asText)
                .containsExactly(openedOne, openedTwo);
    }

    /** Members join the group through the events API, which does not move live codes on by itself. */
    private void putInto(String chat, String... memberIds) {
        ApiClient system = ApiClient.withKey(port, "qf_dev_key");
        for (String memberId : memberIds) {
            ApiClient.Reply joined = system.post("/api/v1/groups/" + chat + "/events", """
                    {"eventId":"%s-%s","type":"MEMBER_JOINED","memberId":"%s","at":"%s","payload":{"nickname":"%s"}}""".formatted(
                            chat, memberId, memberId, java.time.OffsetDateTime.now(clock), memberId));
            assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        }
        assertThat(groups.get(chat).memberCount()).isEqualTo(1 + memberIds.length);
    }

    /** As above, for two codes moved onto one channel at once: the second is refused before WeCom hears of it. */
    @Test
    void twoCodesMovedOntoOneChannelAtOnce_theSecondIs409_keepsItsChannel_andWeComIsNotAsked() {
        String moving = made("cfg-" + run, state + "-a");
        String other = made("cfg-other-" + run, state + "-b");
        AtomicReference<CompletableFuture<ApiClient.Reply>> loser = new AtomicReference<>();
        LiveCodeStore storedThenOtherUpdate = spy(AopTestUtils.<LiveCodeStore>getUltimateTargetObject(store));
        doAnswer(update -> {
                    update.callRealMethod();
                    loser.set(CompletableFuture.supplyAsync(
                            () -> operator.put("/api/v1/wecom/live-codes/" + other, """
                                    {"state":"%s","chatIds":["%s"]}""".formatted(state, first))));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> loser.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(jdbc, "UPDATE qf_wecom_live_code "));
                    return null;
                })
                .when(storedThenOtherUpdate)
                .update(any());
        LiveCodes codes = new LiveCodes(storedThenOtherUpdate, groups, wecom, parameters, clock);

        transactions.executeWithoutResult(
                status -> codes.update(moving, new LiveCodes.Request(null, state, List.of(first), false, null, null)));

        ApiClient.Reply refused = loser.get().join();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("已有另一个活码在用渠道标识 " + state + " 统计入群人数");
        assertThat(jdbc.sql("SELECT state FROM qf_wecom_live_code WHERE config_id = ?")
                        .param(other)
                        .query(String.class)
                        .single())
                .isEqualTo(state + "-b");
        assertThat(MockWeCom.requests("externalcontact/groupchat/update_join_way"))
                .singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains(moving));
    }

    private String made(String configId, String channel) {
        MockWeCom.answer(
                "externalcontact/groupchat/add_join_way",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"config_id\":\"" + configId + "\"}");
        ApiClient.Reply created = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s"]}""".formatted(channel, first));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("configId").asText();
    }

    /**
     * A code deleted on one node while an operator changes it on another: the change waits for the
     * delete, then finds the code gone (404), and WeCom is not asked to change a join way it no
     * longer has. The delete goes on only once the change has finished or waits for the code's row.
     */
    @Test
    void anUpdateWhileTheCodeIsDeletedOnAnotherNode_is404_andWeComHearsNoUpdate() throws Exception {
        String configId = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s"]}""".formatted(state, first))
                .body()
                .get("configId")
                .asText();
        AtomicReference<CompletableFuture<ApiClient.Reply>> change = new AtomicReference<>();
        WeComClient deletingThenAnUpdate = spy(AopTestUtils.<WeComClient>getUltimateTargetObject(wecom));
        doAnswer(delete -> {
                    Object answer = delete.callRealMethod();
                    change.set(CompletableFuture.supplyAsync(() ->
                            operator.put("/api/v1/wecom/live-codes/" + configId, """
                                    {"state":"%s","chatIds":["%s","%s"]}""".formatted(state, first, second))));
                    await().atMost(Duration.ofMinutes(1))
                            .until(() -> change.get().isDone()
                                    || SessionWaits.aSessionWaitsIn(
                                            jdbc, "SELECT * FROM qf_wecom_live_code WHERE config_id = ? FOR UPDATE")
                                    || SessionWaits.aSessionWaitsIn(jdbc, "UPDATE qf_wecom_live_code"));
                    return answer;
                })
                .when(deletingThenAnUpdate)
                .post(eq("externalcontact/groupchat/del_join_way"), any());
        LiveCodes deletingNode = new LiveCodes(store, groups, deletingThenAnUpdate, parameters, clock);

        transactions.executeWithoutResult(status -> deletingNode.delete(configId));

        ApiClient.Reply changed = change.get().join();
        assertThat(changed.status()).as(changed.raw()).isEqualTo(404);
        assertThat(changed.body().get("detailZh").asText()).contains("活码");
        assertThat(MockWeCom.requests("externalcontact/groupchat/update_join_way"))
                .isEmpty();
        assertThat(store.find(configId)).isEmpty();
    }

    @Test
    void delete_removesTheJoinWayInWeCom() {
        String configId = operator.post("/api/v1/wecom/live-codes", """
                {"state":"%s","chatIds":["%s"]}""".formatted(state, first))
                .body()
                .get("configId")
                .asText();

        assertThat(operator.delete("/api/v1/wecom/live-codes/" + configId).status())
                .isEqualTo(204);
        assertThat(MockWeCom.requests("externalcontact/groupchat/del_join_way"))
                .singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains(configId));
        assertThat(operator.get("/api/v1/wecom/live-codes/" + configId).status())
                .isEqualTo(404);
    }
}
