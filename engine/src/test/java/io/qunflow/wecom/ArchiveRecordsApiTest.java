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
                                Map.of("userid", "wmWriter", "nickname", "小作家"),
                                Map.of("userid", "wmWish", "nickname", "红包手"),
                                Map.of("userid", "wmFile", "nickname", "传文件"),
                                Map.of("userid", "wmPlace", "nickname", "发位置"),
                                Map.of("userid", "wmFeed", "nickname", "视频号"),
                                Map.of("userid", "wmForward", "nickname", "转发者"),
                                Map.of("userid", "wmCard", "nickname", "推名片"),
                                Map.of("userid", "wmRegular", "nickname", "老顾客"))));
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

    /** A record in WeCom's shape whose body sits under {@code key}, which for most kinds is the msgtype. */
    private String record(String msgid, String from, String type, String key, String body, int minute) {
        return """
                {"msgid":"%s","action":"send","from":"%s","tolist":["owner-lu"],"roomid":"%s","msgtime":%d,
                 "msgtype":"%s","%s":%s}""".formatted(msgid + chatId, from, chatId, 1760005100000L + minute * 60_000L, type, key, body);
    }

    /** A forwarded chat's item: its content is the JSON text of a message of its kind. */
    private static String item(String type, String content) throws Exception {
        return JSON.writeValueAsString(
                Map.of("type", type, "msgtime", 1760005000, "content", content, "from_chatroom", true));
    }

    @Test
    void take_readsTheWordsOfEveryKindOfMessageAMemberWritesOrChooses() throws Exception {
        String inner = "{\"title\":\"群聊\",\"item\":[" + item("ChatRecordText", "{\"content\":\"里层的话\"}") + "]}";
        String forwarded = "{\"title\":\"书虫和小作家的聊天记录\",\"item\":["
                + item("ChatRecordText", "{\"content\":\"外层的话\"}") + ","
                + item("ChatRecordLink", "{\"title\":\"书评\",\"link_url\":\"https://example.com/r\"}") + ","
                + item("chatrecord", inner) + "]}";
        // The owner speaks for the group and is not moderated: this is about what is read.
        String[][] kinds = {
            {"card", "card", "{\"corpname\":\"好书店\",\"userid\":\"kefu-mei\"}", "好书店"},
            {
                "location",
                "location",
                "{\"longitude\":116.3,\"latitude\":39.9,\"address\":\"北京市海淀区\",\"title\":\"好书店\",\"zoom\":15}",
                "好书店\n北京市海淀区"
            },
            {
                "file",
                "file",
                "{\"md5sum\":\"x\",\"filename\":\"书单.pdf\",\"fileext\":\"pdf\",\"sdkfileid\":\"y\",\"filesize\":1}",
                "书单.pdf"
            },
            {"redpacket", "redpacket", "{\"type\":2,\"wish\":\"读书节快乐\",\"totalcnt\":10,\"totalamount\":1000}", "读书节快乐"},
            {
                "external_redpacket",
                "redpacket",
                "{\"type\":1,\"wish\":\"恭喜发财\",\"totalcnt\":1,\"totalamount\":100}",
                "恭喜发财"
            },
            {
                "sphfeed",
                "sphfeed",
                "{\"feed_type\":4,\"sph_name\":\"好书推荐\",\"feed_desc\":\"三分钟读完一本书\"}",
                "好书推荐\n三分钟读完一本书"
            },
            {
                "news",
                "info",
                "{\"item\":[{\"title\":\"新书上架\",\"description\":\"本周十本\",\"url\":\"https://example.com/n\",\"picurl\":\"https://example.com/p.png\"}]}",
                "新书上架\n本周十本\nhttps://example.com/n"
            },
            {
                "docmsg",
                "doc",
                "{\"title\":\"读书笔记\",\"doc_creator\":\"owner-lu\",\"link_url\":\"https://doc.weixin.qq.com/d\"}",
                "读书笔记\nhttps://doc.weixin.qq.com/d"
            },
            {"markdown", "info", "{\"content\":\"**本周共读**\"}", "**本周共读**"},
            {
                "vote",
                "vote",
                "{\"votetitle\":\"下本读什么\",\"voteitem\":[\"活着\",\"围城\"],\"votetype\":101,\"voteid\":\"v1\"}",
                "下本读什么\n活着\n围城"
            },
            {"todo", "todo", "{\"title\":\"共读\",\"content\":\"周五前读完第一章\"}", "共读\n周五前读完第一章"},
            {
                "collect",
                "collect",
                "{\"room_name\":\"读书会\",\"creator\":\"陆老师\",\"create_time\":\"2025-10-09 18:00:00\",\"title\":\"报名表\",\"details\":[{\"id\":1,\"ques\":\"想读的书\",\"type\":\"Text\"}]}",
                "报名表\n想读的书"
            },
            {
                "meeting",
                "meeting",
                "{\"topic\":\"线上读书会\",\"starttime\":1760006000,\"endtime\":1760009600,\"address\":\"腾讯会议\",\"remarks\":\"带上书\",\"meetingtype\":101,\"meetingid\":1,\"status\":1}",
                "线上读书会\n腾讯会议\n带上书"
            },
            {
                "calendar",
                "calendar",
                "{\"title\":\"读书日\",\"creatorname\":\"陆老师\",\"attendeename\":[\"书虫\"],\"starttime\":1760006000,\"endtime\":1760009600,\"place\":\"书店二楼\",\"remarks\":\"免费\"}",
                "读书日\n书店二楼\n免费"
            },
            {"chatrecord", "chatrecord", forwarded, "书虫和小作家的聊天记录\n外层的话\n书评\nhttps://example.com/r\n群聊\n里层的话"},
        };
        List<String> records = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            records.add(record("k" + i, "owner-lu", kinds[i][0], kinds[i][1], kinds[i][2], i));
        }

        ApiClient.Reply answer = bridge.post("/api/v1/wecom/archive-records", "[" + String.join(",", records) + "]");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            JsonNode payload = payload("wecom:msg:k" + i + chatId);
            assertThat(payload.get("text").asText()).as(kinds[i][0]).isEqualTo(kinds[i][3]);
            assertThat(payload.get("msgtype").asText()).isEqualTo(kinds[i][0]);
        }
        // A card of the corp's own staff (a userid, not an external_userid) is no contact hint.
        assertThat(payload("wecom:msg:k0" + chatId).get("contactCard").asBoolean())
                .isFalse();
        assertThat(payload("wecom:msg:k6" + chatId).get("link").asBoolean()).isTrue();
        assertThat(payload("wecom:msg:k7" + chatId).get("link").asBoolean()).isTrue();
        assertThat(payload("wecom:msg:k14" + chatId).get("link").asBoolean()).isTrue();
    }

    @Test
    void take_spamInAnyKindOfMessageIsWarnedWithItsEvidenceAndAnEverydayOneIsNot() throws Exception {
        String forwarded = "{\"title\":\"聊天记录\",\"item\":["
                + item("ChatRecordText", "{\"content\":\"今天天气不错\"}") + ","
                + item(
                        "chatrecord",
                        "{\"title\":\"群聊\",\"item\":[" + item("ChatRecordText", "{\"content\":\"宝妈兼职，日结\"}") + "]}")
                + "]}";
        String everydayForward =
                "{\"title\":\"聊天记录\",\"item\":[" + item("ChatRecordText", "{\"content\":\"这本书真好看\"}") + "]}";
        String[][] spam = {
            {
                "wmWish",
                "redpacket",
                "redpacket",
                "{\"type\":2,\"wish\":\"加微信领更多红包\",\"totalcnt\":5,\"totalamount\":500}",
                "加微信"
            },
            {
                "wmFile",
                "file",
                "file",
                "{\"md5sum\":\"x\",\"filename\":\"学生兼职日结.docx\",\"fileext\":\"docx\",\"sdkfileid\":\"y\",\"filesize\":1}",
                "学生兼职"
            },
            {
                "wmPlace",
                "location",
                "location",
                "{\"longitude\":116.3,\"latitude\":39.9,\"address\":\"私聊领取优惠\",\"title\":\"好物店\",\"zoom\":15}",
                "私聊领取"
            },
            {"wmFeed", "sphfeed", "sphfeed", "{\"feed_type\":4,\"sph_name\":\"好物\",\"feed_desc\":\"刷单返现，加微信\"}", "加微信"},
            {"wmForward", "chatrecord", "chatrecord", forwarded, "宝妈兼职"},
            {
                "wmCard",
                "card",
                "card",
                "{\"corpname\":\"\",\"userid\":\"wmAbCdEfGhIjKlMnOpQrStUvWxYz0123\"}",
                "wmAbCdEfGhIjKlMnOpQrStUvWxYz0123"
            },
        };
        List<String> records = new ArrayList<>();
        for (int i = 0; i < spam.length; i++) {
            records.add(record("s" + i, spam[i][0], spam[i][1], spam[i][2], spam[i][3], 0));
        }
        records.add(record("e0", "wmRegular", "card", "card", "{\"corpname\":\"好书店\",\"userid\":\"kefu-mei\"}", 0));
        records.add(record("e1", "wmRegular", "chatrecord", "chatrecord", everydayForward, 1));

        ApiClient.Reply answer = bridge.post("/api/v1/wecom/archive-records", "[" + String.join(",", records) + "]");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(spam.length + 2);
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        for (int i = 0; i < spam.length; i++) {
            String eventId = "wecom:msg:s" + i + chatId;
            assertThat(actions(eventId)).as(spam[i][1]).containsExactlyInAnyOrder("WARN_MEMBER", "DELETE_MESSAGE");
            JsonNode reviews = viewer.get("/api/v1/reviews?groupId=" + chatId + "&memberId=" + spam[i][0])
                    .body();
            assertThat(reviews).as(spam[i][1]).hasSize(1);
            assertThat(reviews.get(0).get("eventId").asText()).isEqualTo(eventId);
            assertThat(reviews.get(0).get("outcome").asText()).isEqualTo("WARN_MEMBER");
            assertThat(reviews.get(0).get("hits").findValuesAsText("term"))
                    .as(spam[i][1])
                    .contains(spam[i][4]);
        }
        assertThat(payload("wecom:msg:s4" + chatId).get("text").asText()).contains("宝妈兼职，日结");
        JsonNode card = payload("wecom:msg:s5" + chatId);
        assertThat(card.get("contactCard").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT text FROM qf_action WHERE event_id = ? AND type = 'WARN_MEMBER'")
                        .param("wecom:msg:s5" + chatId)
                        .query(String.class)
                        .single())
                .contains("联系方式");
        // A card of the shop's own customer service and a forwarded everyday chat: nothing decided.
        assertThat(actions("wecom:msg:e0" + chatId)).isEmpty();
        assertThat(actions("wecom:msg:e1" + chatId)).isEmpty();
        assertThat(viewer.get("/api/v1/reviews?groupId=" + chatId + "&memberId=wmRegular")
                        .body())
                .isEmpty();
        assertThat(payload("wecom:msg:e1" + chatId).get("text").asText()).isEqualTo("聊天记录\n这本书真好看");
    }

    @Test
    void take_anOutsidersCardIsReviewedByWhoseCardItIs_theWordsOfTheMessageUnchanged() throws Exception {
        String wechatUser = "wmWeChatUser0123456789abcdefABCD";
        List<String> records = List.of(
                record("c0", "wmCarder", "card", "card", "{\"corpname\":\"\",\"userid\":\"" + wechatUser + "\"}", 0),
                record("c1", "wmAgent", "card", "card", "{\"corpname\":\"速达贷款咨询\",\"userid\":\"woAgency42\"}", 1));

        ApiClient.Reply answer = bridge.post("/api/v1/wecom/archive-records", "[" + String.join(",", records) + "]");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(2);
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        JsonNode wechatCard = viewer.get("/api/v1/reviews?groupId=" + chatId + "&memberId=wmCarder")
                .body()
                .get(0);
        assertThat(wechatCard.get("text").asText())
                .as("a WeChat user's card has no words")
                .isEmpty();
        assertThat(wechatCard.get("hits").get(0).get("term").asText()).isEqualTo(wechatUser);
        assertThat(wechatCard.get("hits").get(0).get("detector").asText()).isEqualTo("contact-card");
        assertThat(wechatCard.get("reason").asText()).contains("命中「" + wechatUser + "」", "检测：contact-card");
        JsonNode agencyCard = viewer.get("/api/v1/reviews?groupId=" + chatId + "&memberId=wmAgent")
                .body()
                .get(0);
        assertThat(agencyCard.get("text").asText()).isEqualTo("速达贷款咨询");
        assertThat(agencyCard.get("hits").findValuesAsText("term")).contains("woAgency42（速达贷款咨询）");
        JsonNode stored = payload("wecom:msg:c0" + chatId);
        assertThat(stored.get("contactCardOwner").asText()).isEqualTo(wechatUser);
        assertThat(stored.get("text").asText())
                .as("the owner is evidence, not words the member wrote")
                .isEmpty();
        assertThat(payload("wecom:msg:c1" + chatId).get("contactCardOwner").asText())
                .isEqualTo("woAgency42（速达贷款咨询）");
        assertThat(jdbc.sql("SELECT text FROM qf_action WHERE event_id = ? AND type = 'WARN_MEMBER'")
                        .param("wecom:msg:c0" + chatId)
                        .query(String.class)
                        .single())
                .as("the warning the group reads does not name the card's owner")
                .doesNotContain(wechatUser);
    }

    @Test
    void take_aForwardedChatNestedBeyondTheBoundIsReadOnlyToTheBound() throws Exception {
        // Each level holds the next as the JSON text of its only item, the deepest holding the ad.
        String level = "{\"title\":\"第5层\",\"item\":[" + item("ChatRecordText", "{\"content\":\"加微信领红包\"}") + "]}";
        for (int depth = 4; depth >= 1; depth--) {
            level = "{\"title\":\"第" + depth + "层\",\"item\":[" + item("chatrecord", level) + "]}";
        }
        StringBuilder many = new StringBuilder("{\"title\":\"很多条\",\"item\":[");
        for (int i = 0; i < 1000; i++) {
            many.append(i == 0 ? "" : ",").append(item("ChatRecordText", "{\"content\":\"第" + i + "条\"}"));
        }
        many.append("]}");

        ApiClient.Reply answer = bridge.post(
                "/api/v1/wecom/archive-records",
                "[" + record("deep", "owner-lu", "chatrecord", "chatrecord", level, 0) + ","
                        + record("wide", "owner-lu", "chatrecord", "chatrecord", many.toString(), 1) + "]");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(2);
        assertThat(payload("wecom:msg:deep" + chatId).get("text").asText())
                .isEqualTo("第1层\n第2层\n第3层\n第4层\n第5层")
                .doesNotContain("加微信");
        String wide = payload("wecom:msg:wide" + chatId).get("text").asText();
        assertThat(wide).startsWith("很多条\n第0条\n").contains("第198条").doesNotContain("第199条");
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

    private List<String> actions(String eventId) {
        return jdbc.sql("SELECT type FROM qf_action WHERE event_id = ?")
                .param(eventId)
                .query(String.class)
                .list();
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
