package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moderation end to end: events in over HTTP, decisions, evidence, strikes and explanations out. */
@ApiTest
class ModerationApiTest {

    /**
     * Days before today, not a fixed date: the strike record counts strikes in the window that ends
     * now, so a fixed date drops out of the window as the calendar moves on.
     */
    private static final OffsetDateTime JOINED = OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.DAYS)
            .minusDays(10)
            .withHour(9);

    private static final OffsetDateTime LATER = JOINED.plusDays(3);

    /** For tests that need weeks between two messages: both past, as events may not be dated ahead. */
    private static final OffsetDateTime LONG_AGO = JOINED.minusDays(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestGroup group;
    final AtomicInteger sequence = new AtomicInteger();

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).open();
    }

    private String join(String memberId, String role, OffsetDateTime at) {
        group.newMember(memberId).nickname("n").role(role).joins(at);
        return memberId;
    }

    /** The member's strikes as a viewer reads them. */
    private JsonNode strikes(String member) {
        return ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/groups/" + group.id + "/members/" + member + "/strikes")
                .body()
                .get("strikes");
    }

    /** What moderation decided; layering and rewards decide beside it on the same events. */
    private static List<String> outcomes(Reply reply) {
        List<String> outcomes = new java.util.ArrayList<>();
        for (JsonNode decision : reply.body().get("decisions")) {
            if (decision.get("ruleSet").asText().equals("moderation")) {
                outcomes.add(decision.get("outcome").asText());
            }
        }
        return outcomes;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            full-width            | ＶＸ：ｍｅｉｍｅｉ８８８         | CONTACT
            case                  | Vx我，价格美丽                  | CONTACT
            spaces between        | 加 微 信 领取资料               | CONTACT
            dots between          | 加.微.信 领取资料               | CONTACT
            zero-width between    | 加\u200b微信 领取资料           | CONTACT
            traditional           | 在家兼職刷單，日結三百          | SCAM
            homophone 薇信        | 加我薇信看详情                  | CONTACT
            homophone 威信        | 加威信领福利                    | CONTACT
            V信                   | 有需要的V信联系                 | CONTACT
            plus sign V           | ➕V了解一下                     | CONTACT
            look-alike + symbol   | 薇❤信聊                         | CONTACT
            V我                   | V我，私发你                     | CONTACT
            emoji for a word      | 在家赚💰，快来                  | SCAM
            Chinese numerals      | 电话一三八零零一三八零零零      | CONTACT
            spaced digits         | 打我电话 138 0013 8000          | CONTACT
            short link            | 戳这个 t.cn/A6xYz9 领券         | LINK
            gambling              | 澳门首家线上赌场上线了          | GAMBLING
            homophone 沟买        | 沟买会员找我 私聊               | CONTACT
            受 for 售             | 出受微信号，量大从优            | FRAUD
            short link spaced     | 戳 t . cn / A6xYz9 领券         | LINK
            """)
    void everyEvasionFamily_isCaughtThroughTheApi(String family, String text, String category) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text.replace("\\u200b", "\u200b"));

        assertThat(outcomes(reply)).as(family).contains("DELETE_MESSAGE");
        assertThat(reply.body()
                        .get("decisions")
                        .get(0)
                        .get("evidence")
                        .get("categories")
                        .toString())
                .as(family)
                .contains(category);
    }

    @Test
    void flaggedCardsAndImages_areCaughtFromThePayloadFlags() {
        String member = join("cards", "MEMBER", JOINED);

        Reply miniProgram = group.event("MESSAGE_POSTED", member, LATER, "{\"text\":\"\",\"miniProgram\":true}");
        Reply qr = group.event(
                "MESSAGE_POSTED", join("qr", "MEMBER", JOINED), LATER, "{\"text\":\"看图\",\"qrImage\":true}");

        assertThat(miniProgram
                        .body()
                        .get("decisions")
                        .get(0)
                        .get("evidence")
                        .get("category")
                        .asText())
                .isEqualTo("LINK");
        assertThat(qr.body()
                        .get("decisions")
                        .get(0)
                        .get("evidence")
                        .get("category")
                        .asText())
                .isEqualTo("CONTACT");
    }

    @Test
    void everydayChat_isLeftAlone_evenWhenItMentionsWeChat() {
        String member = join("mum", "MEMBER", JOINED);
        int minute = 0;

        for (String text : List.of(
                "我在微信上看到了你们的新品",
                "宝宝今天终于会走路了😭👏",
                "参加微博活动的姐妹们冲",
                "请问这个奶粉一天喝几次？",
                "早上好☀️ 今天也要加油鸭",
                "138这个价格好划算",
                "班长在班里很有威信",
                "家里保洁阿姨一小时50，要的来问我",
                "每天走10000步，欢迎大家来打卡",
                "今天走了三公里，有玩的一起来",
                "我在抖音评论了，返5元吗",
                "推文需要改一下标题",
                "厂家一件代发，需要的联系")) {
            Reply reply = group.say(member, LATER.plusMinutes(++minute), text);
            assertThat(outcomes(reply)).as(text).isEmpty();
            assertThat(reply.body().get("actions").findValuesAsText("type"))
                    .as(text)
                    .doesNotContain("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER", "MUTE_MEMBER");
        }
    }

    /**
     * One message of each evasion family of issue 17, of recruitment by pay rate, of a gambling
     * invitation and of gig work offered, posted by a first-time offender.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "进裙 716219118 有福利|contact-number|716219118|进裙 716219118",
                "私我，一单20，现做现结|trade-solicitation|私我+1单|私我，一单20",
                "帮忙发作品 30一单|paid-task|发作品+1单|发作品 30一单",
                "加我带你一小时赚300|trade-solicitation|加我+赚|加我带你一小时赚300",
                "一小时六百，胆子大的来|pay-rate|1小时6百|一小时六百",
                "3000/天 起 有需求私|pay-rate|3000天|3000/天",
                "来人150u小时|pay-rate|150u小时|150u小时",
                "接单吗488半小时|pay-rate|488半小时|488半小时",
                "金花 斗牛 想玩的来|gambling-invite|金花+的来|金花 斗牛 想玩的来",
                "小红书发文，做不|gig-offer|发文+做不|发文，做不",
                "需要代发/比心|gig-offer|代发+需要|需要代发",
                "我有一个绿色的代发|gig-offer|代发+绿色|绿色的代发",
                "需要的找我 v：hb8888|wechat-id|hb8888|v：hb8888",
                "先给，➕kgkg139|contact-id|kgkg139|➕kgkg139",
                "不嫌少的可以佳窝 abc_123|contact-id|abc_123|佳窝 abc_123",
                "认准 海带.cc 注册就送|obfuscated-url|海带.cc|海带.cc",
                "认准 abc123\u2024top 注册就送|url|abc123.top|abc123\u2024top",
                "认准 abc123\u318Dtop 注册就送|url|abc123.top|abc123\u318Dtop",
                "认准 abc123\u30FBtop 注册就送|url|abc123.top|abc123\u30FBtop",
                "认准 abc123\u2027top 注册就送|url|abc123.top|abc123\u2027top",
                "注册就送 abc123 dot top|obfuscated-url|abc123.top|abc123 dot top",
                "宝妈悦入过万不是梦|homophone|月入过万|悦入过万",
                "h t t p s : / / abc . com|obfuscated-url|https://abc.com|h t t p s : / / abc . com",
                "h t t p : / / a b c 1 2 3 . c o m|obfuscated-url|http://abc123.com|h t t p : / / a b c 1 2 3 . c o m",
                "打开淘宝 €AbCd1234€ 领券|shop-code|AbCd1234|€AbCd1234€",
                "₤AbCd1234₤|shop-code|AbCd1234|₤AbCd1234₤",
                "$AbCd1234$|shop-code|AbCd1234|$AbCd1234$",
                "复制 ￥AbCd1234￥ 打开手机淘宝|shop-code|AbCd1234|￥AbCd1234￥",
                "私聊 💲99|trade-solicitation|私聊+元|私聊 💲99",
                "加我 幺三八洞洞拐拐勾勾两两|phone|13800779922|幺三八洞洞拐拐勾勾两两",
                "加我 138-1234-5678，两天内回|phone|13812345678|138-1234-5678",
                "13800138000两个|phone|13800138000|13800138000",
            })
    void message_evasionFamily_isWarnedWithItsEvidenceAndStruck(
            String text, String detector, String term, String matchedOriginal) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        JsonNode decision = reply.body().get("decisions").get(0);
        JsonNode evidence = decision.get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo(detector);
        assertThat(evidence.get("term").asText()).isEqualTo(term);
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
        assertThat(decision.get("reason").asText()).contains("检测：" + detector, matchedOriginal);
        assertThat(reply.body().get("actions").findValuesAsText("text"))
                .anySatisfy(words -> assertThat(words).startsWith("请勿").doesNotContain("CONTACT", "LINK", "SCAM"));
        JsonNode strikes = strikes(member);
        assertThat(strikes).hasSize(1);
        assertThat(strikes.get(0).get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
    }

    /**
     * A contact or private-chat cue written in homophones right before an account or a price is
     * read by sound: the member is warned, the evidence names the detector as by sound and reads
     * the cue it sounds like, and the strike keeps both spellings.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "连系 3179238，信誉第一|contact-number-by-sound|3179238|连系 3179238|联系3179238",
                "家我 abc_123|contact-id-by-sound|abc_123|家我 abc_123|加我abc_123",
                "思聊 一单20|trade-solicitation-by-sound|思聊+1单|思聊 一单20|私聊1单20",
                "家莪 3179238|contact-number-by-sound|3179238|家莪 3179238|加我3179238",
                "危信 abc12345|wechat-id-by-sound|abc12345|危信 abc12345|微信abc12345",
            })
    void contactCueWrittenInHomophones_beforeAnAccount_isWarnedWithTheCueItSoundsLike(
            String text, String detector, String term, String matchedOriginal, String matchedNormalized) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        JsonNode decision = reply.body().get("decisions").get(0);
        JsonNode evidence = decision.get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo(detector);
        assertThat(evidence.get("term").asText()).isEqualTo(term);
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
        assertThat(evidence.get("matchedNormalized").asText()).isEqualTo(matchedNormalized);
        assertThat(decision.get("reason").asText()).contains("检测：" + detector, matchedOriginal, matchedNormalized);
        JsonNode strikes = strikes(member);
        assertThat(strikes).hasSize(1);
        assertThat(strikes.get(0).get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
        assertThat(strikes.get(0).get("matchedNormalized").asText()).isEqualTo(matchedNormalized);
    }

    /** Accounts bought and sold are removed at once, as a listed account sale (实名号出售) is. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "出售 微信号 批发|出售+微信号|出售 微信号",
                "收购 QQ号|收购+qq号|收购 QQ号",
                "出 老号 微信 实名|出+老号|出 老号",
                "大量收购各类QQ号|收购+qq号|收购各类QQ号",
                "高价回收各种微信号|回收+微信号|回收各种微信号",
            })
    void accountTrading_removesTheMemberAtOnce_withTheDealAndTheAccountAsEvidence(
            String text, String term, String matchedOriginal) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = reply.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo("account-trade");
        assertThat(evidence.get("category").asText()).isEqualTo("FRAUD");
        assertThat(evidence.get("term").asText()).isEqualTo(term);
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
        assertThat(strikes(member)).hasSize(1);
    }

    /**
     * Porn solicitation as members write it (a "母狗" sent for, used underwear bought) and
     * a ransom demanded (一笔赎金) are listed phrases, severe as every porn and fraud term: the member
     * is removed at once, with the phrase as written as evidence; a "母狗" asked to add someone is the
     * sex-object detector's (母狗+加我), and a hostage claim before the demand
     * (在我们手上……五十万赎金) is the ransom detector's, whose evidence runs from the claim to the demand.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "母🐶加我|PORN|sex-object|母狗+加我|母🐶加我",
                "来个亩🐶调一下|PORN|homophone|来个母狗|来个亩🐶",
                "来个母狗调一下|PORN|lexicon|来个母狗|来个母狗",
                "原味就收|PORN|lexicon|原味就收|原味就收",
                "来个涩涩的小姐姐，做什么都可以|PORN|lexicon|涩涩的小姐姐|涩涩的小姐姐",
                "你儿子在我们手上，马上准备五十万赎金，不要报警|FRAUD|ransom|在我们手上+赎金|在我们手上，马上准备五十万赎金",
                "他们要求支付一笔赎金|FRAUD|lexicon|一笔赎金|一笔赎金",
            })
    void pornSolicitationAndRansomDemands_removeTheMemberAtOnce_withThePhraseAsEvidence(
            String text, String category, String detector, String term, String matchedOriginal) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = reply.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("category").asText()).isEqualTo(category);
        assertThat(evidence.get("detector").asText()).isEqualTo(detector);
        assertThat(evidence.get("term").asText()).isEqualTo(term);
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
        JsonNode strikes = strikes(member);
        assertThat(strikes).hasSize(1);
        assertThat(strikes.get(0).get("matchedOriginal").asText()).isEqualTo(matchedOriginal);
    }

    /**
     * What these detectors read, in everyday chat: a shop's price in dollars, a road and a lake
     * whose characters are also radio readings of digits, the euro, a protocol's name, and a member
     * telling the group their WeChat changed (no id, no deal: a group owner would not warn a member
     * for it).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "运费 $5，满99包邮",
                "今天拐弯去洞庭湖",
                "洞洞鞋买了两双，勾选了包邮",
                "欧元 € 汇率又跌了",
                "我的微信号换了，大家重新加一下",
                "我出门了，微信号一会发你",
                "我的QQ号收不到验证码",
                "http 协议和 https 有什么区别",
                "$100 和 $200 的两档",
                "家里 13 个人，思路 100 分",
                "到家我给你50元",
                "连续 12345 步",
                "批发水果，微信号发你",
                "回家我出去一下，带你去吃饭",
                "危险 abc12345",
                "我家母狗来月经了，怎么办",
                "怀孕的母狗加点钙片好不好",
                "原味收到了，很好喝",
                "柿子有点涩涩的，加点糖就好",
                "冷得瑟瑟发抖，快来加件衣服",
                "这部电影讲绑匪索要赎金，结局反转了",
                "“妈妈的手艺”口味地道，评价很高",
                "可能是空调的过滤网堵塞了，建议先清洗",
                "您可以通过官方网站或电话联系我们预约",
                "有任何问题随时找我，我会在收银台附近",
                "好的，您的联系电话是13800138000，我们已记录完毕",
                "稍后我们会发送一条确认短信到 138 1234 5678，请注意查收",
                "已为您叫车，车牌号是京A12345，司机电话是13800138000，上车前请确认车牌",
                "好的，您的送餐地址是中山路123号，联系电话是13800138000，预计30分钟送达",
                "好的，example@company.com，我已记录下来，样品图片十分钟内发到您的邮箱",
                "如果您决定购买，可以点击链接下单，或者告诉我，我帮您完成购买",
                "我是客服小张。您的账户已升级，可以使用更多在线银行功能，比如更快的转账速度",
                "网贷千万别碰，我表哥就是被套路了",
                "征信修复是骗人的吧",
                "有人私聊我让我加他微信领红包，大家别信",
                "有人加我说可以免费领手机，真的假的",
                "我家有两个手机",
                "我手机号13812345678，麻烦帮我改下地址",
                "订单手机号 138 1234 5678，帮忙查下物流",
                "我微信号abc123，帮我开下发票",
                "我要退货，微信联系不上客服",
                "如果您决定购买，请联系我",
                "兼职带娃的阿姨有推荐吗"
            })
    void everydayChatAboutPricesRoadsAccountsAndLinks_isNeitherModeratedNorStruck(String text) {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, text);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).as(text).isEmpty();
        assertThat(reply.body().get("actions").findValuesAsText("type"))
                .as(text)
                .doesNotContain("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER", "MUTE_MEMBER");
        assertThat(strikes(member)).as(text).isEmpty();
    }

    @Test
    void decisions_carryTheEvidence_andTheMemberRecordExplainsThem() {
        String member = join("spammer", "MEMBER", JOINED);

        Reply first = group.say(member, LATER, "加 我 威 信 领红包");
        Reply second = group.say(member, LATER.plusDays(1), "兼职刷单日结");

        JsonNode evidence = first.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("category").asText()).isEqualTo("CONTACT");
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo("加 我 威 信");
        assertThat(evidence.get("matchedNormalized").asText()).isEqualTo("加我微信");
        assertThat(evidence.get("strikesInWindow").asInt()).isZero();
        assertThat(first.body().get("decisions").get(0).get("rule").asText())
                .isEqualTo("A first offence is warned and the message deleted");
        assertThat(outcomes(second)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(second.body()
                        .get("decisions")
                        .get(0)
                        .get("evidence")
                        .get("strikesInWindow")
                        .asInt())
                .isEqualTo(1);

        Reply record = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/groups/" + group.id + "/members/" + member + "/strikes");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body().get("strikes")).hasSize(2);
        assertThat(record.body().get("strikes").get(1).get("matchedOriginal").asText())
                .isEqualTo("加 我 威 信");
        assertThat(record.body().get("explanation").get(0).asText()).contains("30天内2次");
        assertThat(record.body().get("explanation").get(2).asText())
                .contains("WARN_MEMBER", "加 我 威 信", "加我微信", "A first offence is warned and the message deleted");
    }

    @Test
    void strikesExpireAfterTheWindow() {
        String member = join("forgiven", "MEMBER", LONG_AGO);

        group.say(member, LONG_AGO.plusDays(3), "加我微信");
        Reply afterWindow = group.say(member, LONG_AGO.plusDays(3 + 31), "加我微信");

        assertThat(outcomes(afterWindow)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(afterWindow.body().get("decisions").get(0).get("reason").asText())
                .contains("30天内第1次");
    }

    @Test
    void severeCategories_removeAtOnce() {
        String member = join("fraudster", "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "信用卡套現，黑戶也能秒下款");

        assertThat(outcomes(reply)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(reply.body().get("decisions").get(0).get("rule").asText())
                .isEqualTo("A severe offence removes the member at once");
    }

    @Test
    void aMemberPosingAsCustomerServiceWhoAsksForAnId_isRemovedAtOnce_withTheClaimAndTheAskAsEvidence() {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "您好，这里是某宝客服中心，您的账户存在异常，请提供您的身份证号码");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = reply.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo("impersonation");
        assertThat(evidence.get("category").asText()).isEqualTo("FRAUD");
        assertThat(evidence.get("term").asText()).isEqualTo("这里是某宝客服+身份证号");
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo("这里是某宝客服中心，您的账户存在异常，请提供您的身份证号");
    }

    @Test
    void aMemberPromisingAReturnNoHonestProductPays_isWarned_withTheReturnAndItsRateAsEvidence() {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "我们这款产品年化收益率高达百分之二十，名额有限");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = reply.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo("promised-return");
        assertThat(evidence.get("category").asText()).isEqualTo("FRAUD");
        assertThat(evidence.get("term").asText()).isEqualTo("年化收益+20%");
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo("年化收益率高达百分之二十");
        assertThat(jdbc.sql("SELECT category, term FROM qf_strike WHERE group_id = ? AND member_id = ?")
                        .params(group.id, member)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("FRAUD 年化收益+20%");
    }

    @Test
    void aMemberQuotingABanksDepositRate_isNotModerated_andNoStrikeIsStored() {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "我行三年定期年化收益3.5%，余额宝年化收益2%");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = ?")
                        .params(group.id, member)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMemberDemandingARansom_isRemovedAtOnce_withTheClaimAndTheDemandAsEvidence() {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "你的孩子现在在我们手上，不要报警，否则后果自负");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        JsonNode evidence = reply.body().get("decisions").get(0).get("evidence");
        assertThat(evidence.get("detector").asText()).isEqualTo("ransom");
        assertThat(evidence.get("term").asText()).isEqualTo("在我们手上+不要报警");
        assertThat(evidence.get("matchedOriginal").asText()).isEqualTo("在我们手上，不要报警");
        assertThat(jdbc.sql("SELECT category, term FROM qf_strike WHERE group_id = ? AND member_id = ?")
                        .params(group.id, member)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("FRAUD 在我们手上+不要报警");
    }

    @Test
    void aMemberWarningTheGroupAboutFakeCustomerService_isNotModerated() {
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);

        Reply reply = group.say(member, LATER, "防骗提醒：我是群主助理，凡是自称客服让你报验证码、转账的都是骗子，别信");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(outcomes(reply)).doesNotContain("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER");
    }

    @Test
    void staffAreExempt_kocsMayShareLinks_newcomersMayNot() {
        join("owner", "OWNER", JOINED);
        join("koc", "KOC", JOINED);
        join("newbie", "MEMBER", LATER.minusHours(2));
        join("settled", "MEMBER", JOINED);

        assertThat(outcomes(group.say("owner", LATER, "加我微信下单"))).containsExactly("EXEMPT");
        assertThat(outcomes(group.say("koc", LATER, "这个测评写得好 https://example.com/review")))
                .containsExactly("EXEMPT");
        assertThat(outcomes(group.say("koc", LATER.plusMinutes(1), "加我微信")))
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(outcomes(group.say("newbie", LATER, "https://example.com/shop 好物")))
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(outcomes(group.say("settled", LATER, "https://example.com/shop 好物")))
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(jdbc.sql(
                                "SELECT type FROM qf_action WHERE group_id = ? AND member_id = 'newbie' AND status = 'PENDING'")
                        .param(group.id)
                        .query(String.class)
                        .list())
                .contains("REMOVE_MEMBER");
    }

    /**
     * A shopping code (淘口令) is a link with the address left out, and KOCs may share links
     * (moderation.drl, "A KOC sharing a link is not moderated"): a KOC's code is let through, with no
     * action and no strike, where a member's is warned.
     */
    @Test
    void aKocPostingAShoppingCode_isExempt_withNoActionAndNoStrike_whereAMemberIsWarned() {
        String koc = join("koc-" + sequence.incrementAndGet(), "KOC", JOINED);
        String member = join("m-" + sequence.incrementAndGet(), "MEMBER", JOINED);
        String code = "复制 ￥AbCd1234￥ 打开手机淘宝";

        Reply kocs = group.say(koc, LATER, code);
        Reply members = group.say(member, LATER, code);

        assertThat(kocs.status()).isEqualTo(200);
        assertThat(outcomes(kocs)).containsExactly("EXEMPT");
        JsonNode decision = kocs.body().get("decisions").get(0);
        assertThat(decision.get("rule").asText()).isEqualTo("A KOC sharing a link is not moderated");
        assertThat(decision.get("evidence").get("detector").asText()).isEqualTo("shop-code");
        assertThat(kocs.body().get("actions").findValuesAsText("type"))
                .doesNotContain("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER", "MUTE_MEMBER");
        // The group's stored actions, not the first thousand pending of the whole test database,
        // which the other tests of this class fill in whatever order they run.
        List<String> moderated = jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND status = 'PENDING'"
                        + " AND type IN ('WARN_MEMBER', 'DELETE_MESSAGE', 'REMOVE_MEMBER', 'MUTE_MEMBER')")
                .param(group.id)
                .query(String.class)
                .list();
        assertThat(moderated).doesNotContain(koc).contains(member);
        assertThat(strikes(koc)).isEmpty();
        assertThat(outcomes(members)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
    }

    @Test
    void flooding_mutesTheMemberOnceTheLimitIsCrossed_byEventTime() {
        String member = join("flooder", "MEMBER", JOINED);
        List<List<String>> decided = new java.util.ArrayList<>();

        for (int i = 0; i < 10; i++) {
            decided.add(outcomes(group.say(member, LATER.plusSeconds(2L * i), "哈哈哈哈" + i)));
        }
        Reply calm = group.say(member, LATER.plusMinutes(10), "好的");

        assertThat(decided.subList(0, 8)).allSatisfy(o -> assertThat(o).isEmpty());
        assertThat(decided.get(8)).containsExactly("MUTE_MEMBER");
        assertThat(decided.get(9)).isEmpty();
        assertThat(outcomes(calm)).isEmpty();
    }

    @Test
    void aThresholdChange_takesEffectOnTheNextEvent_withAnAuditEntry() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String member = join("chatty", "MEMBER", JOINED);
        try {
            assertThat(compliance
                            .put(
                                    "/api/v1/parameters/moderation.flood-messages",
                                    "{\"value\":\"3\",\"comment\":\"直播期间收紧刷屏阈值\"}")
                            .status())
                    .isEqualTo(200);

            List<String> fourth = List.of();
            for (int i = 0; i < 4; i++) {
                fourth = outcomes(group.say(member, LATER.plusSeconds(i), "冲冲冲" + i));
            }

            assertThat(fourth).containsExactly("MUTE_MEMBER");
            assertThat(jdbc.sql("SELECT comment FROM qf_audit WHERE subject = 'moderation.flood-messages'"
                                    + " ORDER BY id DESC")
                            .query(String.class)
                            .list()
                            .get(0))
                    .isEqualTo("直播期间收紧刷屏阈值");
        } finally {
            compliance.put("/api/v1/parameters/moderation.flood-messages", "{\"value\":\"8\",\"comment\":\"恢复\"}");
        }
    }

    @Test
    void aLinkToTheShopsOwnSites_isNotModeratedOnceListed_butALookAlikeOrAnotherSiteStillIs() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String newcomer = join("shopper", "MEMBER", LATER.minusHours(1));
        String link = "这个链接怎么打不开 https://item.brand-shop.com/item.htm?id=123";
        try {
            assertThat(outcomes(group.say(join("before", "MEMBER", JOINED), LATER, link)))
                    .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
            assertThat(compliance
                            .put(
                                    "/api/v1/parameters/moderation.own-link-hosts",
                                    "{\"value\":\"brand-shop.com\",\"comment\":\"本店网站\"}")
                            .status())
                    .isEqualTo(200);

            Reply own = group.say(newcomer, LATER.plusMinutes(1), link);
            Reply lookAlike = group.say(
                    join("phisher", "MEMBER", JOINED),
                    LATER.plusMinutes(2),
                    "登录领券 https://item.br\u0430nd-shop.com/login");
            Reply userPart = group.say(
                    join("phisher2", "MEMBER", JOINED),
                    LATER.plusMinutes(3),
                    "登录领券 https://brand-shop.com@evil.top/login");

            assertThat(own.body().get("decisions").findValuesAsText("rule"))
                    .contains("A link to the shop's own sites is not moderated");
            assertThat(own.body().get("actions").findValuesAsText("type"))
                    .doesNotContain("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER");
            assertThat(strikes(newcomer)).isEmpty();
            assertThat(outcomes(lookAlike)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
            assertThat(outcomes(userPart)).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        } finally {
            compliance.put("/api/v1/parameters/moderation.own-link-hosts", "{\"value\":\"\",\"comment\":\"恢复\"}");
        }
    }

    @Test
    void aWordListChange_takesEffectOnTheNextEvent_withAnAuditEntry() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String member = join("rival", "MEMBER", LONG_AGO);
        assertThat(outcomes(group.say(member, LONG_AGO.plusDays(3), "来隔壁喵喵团购群，更便宜")))
                .isEmpty();

        Reply added = compliance.post(
                "/api/v1/word-lists/entries",
                "{\"term\":\"喵喵团购\",\"category\":\"COMPETITOR\",\"severity\":\"MEDIUM\",\"comment\":\"竞品拉人\"}");
        Reply nowCaught = group.say(member, LONG_AGO.plusDays(3).plusMinutes(1), "来隔壁 喵 喵 團 購 群，更便宜");
        assertThat(compliance
                        .delete("/api/v1/word-lists/entries?term="
                                + java.net.URLEncoder.encode("喵喵团购", java.nio.charset.StandardCharsets.UTF_8)
                                + "&comment=" + "误伤")
                        .status())
                .isEqualTo(204);
        Reply afterRemoval = group.say(member, LONG_AGO.plusDays(3 + 40), "来隔壁喵喵团购群，更便宜");

        assertThat(added.status()).isEqualTo(201);
        assertThat(nowCaught
                        .body()
                        .get("decisions")
                        .get(0)
                        .get("evidence")
                        .get("category")
                        .asText())
                .isEqualTo("COMPETITOR");
        assertThat(outcomes(afterRemoval)).isEmpty();
        assertThat(jdbc.sql("SELECT change FROM qf_audit WHERE subject_type = 'WORD_LIST' AND subject = '喵喵团购'"
                                + " ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("ADDED", "REMOVED");
    }
}
