package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-live-codes");
        operator = ApiClient.asUser(port, "operator", "qunflow");
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
