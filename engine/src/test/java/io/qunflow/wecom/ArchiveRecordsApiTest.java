package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chat-archive records from the Finance SDK bridge: messages with their flags, mentions and quotes as reactions. */
@WeComTest
class ArchiveRecordsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    InboundProcessor inbound;

    @Autowired
    JdbcClient jdbc;

    ApiClient bridge;
    String chatId;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-archive");
        bridge = ApiClient.withKey(port, "qf_dev_key");
        chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "读书会",
                        "owner-lu",
                        List.of(
                                Map.of("userid", "owner-lu", "type", 1, "nickname", "陆老师"),
                                Map.of("userid", "wmReader", "nickname", "书虫"),
                                Map.of("userid", "wmWriter", "nickname", "小作家"))));
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "create", null, 1760005000));
        inbound.process();
    }

    private String record(String msgid, String from, String type, String body) {
        return """
                {"msgid":"%s","action":"send","from":"%s","tolist":["owner-lu"],"roomid":"%s","msgtime":1760005100000,
                 "msgtype":"%s","%s":%s}""".formatted(msgid + chatId, from, chatId, type, type, body);
    }

    @Test
    void take_mapsMessagesWithTheirFlags() throws Exception {
        ApiClient.Reply answer = bridge.post(
                "/api/v1/wecom/archive-records",
                "["
                        + String.join(
                                ",",
                                record("t", "wmReader", "text", "{\"content\":\"今天读完了《活着》\"}"),
                                record(
                                        "l",
                                        "wmReader",
                                        "link",
                                        "{\"title\":\"书单\",\"description\":\"十本好书\",\"link_url\":\"https://example.com/b\"}"),
                                record("w", "wmWriter", "weapp", "{\"title\":\"拼团买书\",\"displayname\":\"书店小程序\"}"),
                                record("i", "wmWriter", "image", "{\"md5sum\":\"x\",\"sdkfileid\":\"y\"}"))
                        + "]");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(4);
        assertThat(payload("wecom:msg:t" + chatId).get("text").asText()).isEqualTo("今天读完了《活着》");
        assertThat(payload("wecom:msg:l" + chatId).get("link").asBoolean()).isTrue();
        assertThat(payload("wecom:msg:l" + chatId).get("text").asText()).contains("https://example.com/b");
        assertThat(payload("wecom:msg:w" + chatId).get("miniProgram").asBoolean())
                .isTrue();
        assertThat(payload("wecom:msg:i" + chatId).get("image").asBoolean()).isTrue();
    }

    @Test
    void take_mentionsAndQuoteRepliesAreReactionsReceived() throws Exception {
        String quote = "「书虫：今天读完了《活着》」\\n- - - - - - - - - - - - - - -\\n我也读过，很感人";
        bridge.post(
                "/api/v1/wecom/archive-records",
                "["
                        + String.join(
                                ",",
                                record("m", "wmWriter", "text", "{\"content\":\"@书虫 @陆老师 推荐一本？\"}"),
                                record("q", "wmWriter", "text", "{\"content\":\"" + quote + "\"}"))
                        + "]");

        assertThat(reactionTargets("wecom:msg:m" + chatId)).containsExactlyInAnyOrder("wmReader", "owner-lu");
        assertThat(reactionTargets("wecom:msg:q" + chatId)).containsExactly("wmReader");
        assertThat(payload("wecom:msg:q" + chatId).get("text").asText()).isEqualTo("我也读过，很感人");
        assertThat(jdbc.sql(
                                "SELECT SUM(reactions_received) FROM qf_member_day WHERE group_id = ? AND member_id = 'wmReader'")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void take_sameMsgidTwiceIsADuplicateAndChangesNothing() {
        String body = "[" + record("dup", "wmReader", "text", "{\"content\":\"打卡第一天\"}") + "]";
        bridge.post("/api/v1/wecom/archive-records", body);
        int events = events();

        ApiClient.Reply again = bridge.post("/api/v1/wecom/archive-records", body);

        assertThat(again.body().get("duplicates").asInt()).isEqualTo(1);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void take_skipsWhatIsNotAGroupMessageAndRefusesWhatIsMalformed() {
        ApiClient.Reply answer = bridge.post("/api/v1/wecom/archive-records", """
                [{"msgid":"r1","action":"recall","from":"wmReader","roomid":"%s","msgtime":1760005200000,"msgtype":"revoke","revoke":{}},
                 {"msgid":"r2","action":"send","from":"wmReader","roomid":"","msgtime":1760005200000,"msgtype":"text","text":{"content":"私聊"}},
                 {"msgid":"r3","action":"send","from":"wmReader","roomid":"wrUnknownRoom","msgtime":1760005200000,"msgtype":"text","text":{"content":"?"}},
                 {"msgid":"r4","action":"send","from":"has space","roomid":"%s","msgtime":"soon","msgtype":"text"},
                 "not a record"]""".formatted(chatId, chatId));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("skipped").asInt()).isEqualTo(3);
        assertThat(answer.body().get("refused").asInt()).isEqualTo(2);
        assertThat(answer.body().get("results").get(3).get("detail").asText()).contains("from", "msgtime");
        assertThat(answer.body().get("results").get(3).get("detailZh").asText()).contains("from", "msgtime", "毫秒");
        assertThat(answer.body().get("results").get(0).get("detailZh").asText()).contains("只计入发送的消息", "recall");
        assertThat(answer.body().get("results").get(1).get("detailZh").asText()).contains("客户群");
        assertThat(answer.body().get("results").get(2).get("detailZh").asText()).contains("客户群");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_archive_record WHERE msgid IN ('r1','r2','r3','r4')")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void take_refusesARecordDatedAheadOfTheServerAndStoresNothing() {
        long aYearAhead = System.currentTimeMillis() + 365L * 24 * 3600 * 1000;
        long aMinuteAhead = System.currentTimeMillis() + 60_000;
        String ahead = record("ahead", "wmReader", "text", "{\"content\":\"来自未来\"}")
                .replace("1760005100000", Long.toString(aYearAhead));
        String fast = record("fast", "wmReader", "text", "{\"content\":\"时钟稍快\"}")
                .replace("1760005100000", Long.toString(aMinuteAhead));
        int before = events();

        ApiClient.Reply answer = bridge.post("/api/v1/wecom/archive-records", "[" + ahead + "," + fast + "]");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("refused").asInt()).isEqualTo(1);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(1);
        JsonNode refused = answer.body().get("results").get(0);
        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.get("detail").asText()).contains("msgtime", "ahead of the server's clock");
        assertThat(refused.get("detailZh").asText()).contains("msgtime", "服务器时钟");
        // Within the allowance for a fast clock, as on the events API.
        assertThat(answer.body().get("results").get(1).get("status").asText()).isEqualTo("accepted");
        assertThat(events()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                        .param("wecom:msg:ahead" + chatId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_archive_record WHERE msgid = ?")
                        .param("ahead" + chatId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void take_needsTheEventsScope() {
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post("/api/v1/wecom/archive-records", "[]")
                        .status())
                .isEqualTo(403);
        ApiClient.Reply notAnArray = bridge.post("/api/v1/wecom/archive-records", "{}");
        assertThat(notAnArray.status()).isEqualTo(400);
        // Summed up by what the field is, in both languages; its API name stays in errors[].
        assertThat(notAnArray.body().get("detail").asText())
                .isEqualTo(
                        "The list of chat-archive records is invalid: must be a JSON array of 1 to 1000 chat-archive records");
        assertThat(notAnArray.body().get("detailZh").asText()).isEqualTo("会话存档记录有误：须为含 1 到 1000 条会话存档记录的 JSON 数组");
        assertThat(notAnArray.body().at("/errors/0/field").asText()).isEqualTo("records");
        assertThat(notAnArray.body().at("/errors/0/messageZh").asText()).isEqualTo("须为含 1 到 1000 条会话存档记录的 JSON 数组");
    }

    private JsonNode payload(String eventId) throws Exception {
        return JSON.readTree(jdbc.sql("SELECT payload FROM qf_event WHERE event_id = ?")
                .param(eventId)
                .query(String.class)
                .single());
    }

    private List<String> reactionTargets(String messageEventId) {
        return jdbc
                .sql("SELECT payload FROM qf_event WHERE type = 'REACTION_GIVEN' AND event_id LIKE ?")
                .param(messageEventId + ":%")
                .query(String.class)
                .list()
                .stream()
                .map(p -> {
                    try {
                        return JSON.readTree(p).get("targetMemberId").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private int events() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                .param(chatId)
                .query(Integer.class)
                .single();
    }
}
