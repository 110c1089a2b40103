package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four evasion families of issue 17 (account numbers and ids after a contact cue among them), recruitment by pay rate, gambling invitations, impersonation of officials, promised returns, ransom demands, and
 * everyday chat that must stay clean.
 */
class EvasionFamiliesTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));

    private static List<Hit> hits(String text) {
        return SCREENER.screen(text, MessageFlags.NONE).hits();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "联系 3179238，信誉第一|contact-number|3179238",
                "进裙716219118 有福利|contact-number|716219118",
                "V我 一三五七九二四六八|contact-number|135792468",
                "找我 8 8 6 1 2 3 4 5|contact-number|88612345",
                "加我 666666|contact-number|666666",
            })
    void screen_bareNumberAfterContactCue_isContactNumber(String text, String detector, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple(detector, term, Category.CONTACT));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "先给，➕kgkg139|kgkg139|➕kgkg139",
                "加我 JB36809 看片|jb36809|加我 JB36809",
                "有意联系 HK-Acct|hk-acct|联系 HK-Acct",
                "进群号：qun_2024|qun_2024|进群号：qun_2024",
                "有需要的 tg：@abc123|abc123|tg：@abc123",
                "出号，飞机：@abc_123|abc_123|飞机：@abc_123",
                "TG@abcd1234 秒回|abcd1234|TG@abcd1234",
                "万一免五的佳LP44LP|lp44lp|佳LP44LP",
                "不嫌少的可以佳窝 abc_123|abc_123|佳窝 abc_123",
                "嘉窝 k73448 手把手教|k73448|嘉窝 k73448",
                "空余时间就能做+㣲:k73448|k73448|㣲:k73448",
            })
    void screen_accountIdAfterContactCue_isContactId(String text, String term, String matched) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal, Hit::category)
                .contains(tuple("contact-id", term, matched, Category.CONTACT));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "注册就送 abc123 dot top|abc123.top|abc123 dot top",
                "认准abc123(dot)xyz|abc123.xyz|abc123(dot)xyz",
                "官网 qw55 DOT com 领取|qw55.com|qw55 DOT com",
                // A link shortener's host written apart is a link whatever its label.
                "t . cn / A6xYz9|t.cn|t . cn",
                "戳 t点cn/A6xYz9 领券|t.cn|t点cn",
                "suo . im / abc12|suo.im|suo . im",
                "w . url . cn/abc|url.cn|url . cn"
            })
    void screen_linkWithTheWordDotOrAShortenerWrittenApart_isObfuscated(String text, String url, String matched) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal)
                .contains(tuple("obfuscated-url", url, matched));
    }

    /** What QQ groups' ads say: 扩列 (add me) before a number, boosting and ghost-writing for pay, game accounts for sale. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "扩列 1234567890|contact-number|我扩列了好多人",
                "代练王者 荣耀 段位 私|trade-solicitation|我帮你代练一下",
                "接单 作业代写 100一篇|paid-task|这篇文章我代写的",
                "拉人进群 一个5毛|paid-task|群主拉人进群吧",
                "收王者号 高价|account-trade|我儿子的王者号被盗了"
            })
    void screen_qqGroupAds_areCaught_butTheSameWordsInChatAreNot(String ad, String detector, String chat) {
        assertThat(hits(ad)).as(ad).anySatisfy(h -> assertThat(h.detector()).isEqualTo(detector));
        assertThat(hits(chat)).as(chat).isEmpty();
    }

    @Test
    void screen_privateChatOnV_isAContactAsk_butALatinWordStartingWithVIsNot() {
        assertThat(hits("私V便宜出")).extracting(Hit::term).contains("私v");
        assertThat(hits("私vip包间还有吗")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "这件 polka dot top 好看",
                "the dot net team is hiring",
                "we met at . co workers",
                "我们点cn的外卖",
                "an anecdote top 10",
                "点 dot 点，连起来就是一幅画",
                "dot com 泡沫那年我刚毕业"
            })
    void screen_theWordDotInEverydayChat_isNoLink(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.category()).isEqualTo(Category.LINK));
    }

    /**
     * A word-list term inside an everyday phrase (kind {@code everyday}) is none there, as a cue
     * inside one is: clean lines of the TeleAntiFraud dev half hit 妈的, 网赌 and 电话联系我 this way.
     * Outside the phrase the term still counts.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"“妈妈的手艺”口味地道，评价很高|妈的，又输了|妈的", "可能是空调的过滤网堵塞了|一起玩网堵吗|网赌", "您可以通过官方网站或电话联系我们|有需要的电话联系我|电话联系我"})
    void screen_termInsideAnEverydayPhrase_isNone_butOutsideOneStillCounts(String everyday, String spam, String term) {
        assertThat(hits(everyday)).as(everyday).isEmpty();
        assertThat(hits(spam)).as(spam).anySatisfy(h -> assertThat(h.term()).isEqualTo(term));
    }

    /**
     * A phone number read back to its owner (kind {@code read-back}) is theirs, no ask to be
     * contacted: the bulk of the TeleAntiFraud dev half's false positives were a service confirming
     * the caller's number. The speaker's own number still counts, written any way.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "好的，您的联系电话是13800138000，我们已记录完毕|这是我的联系电话，13800138000",
                "我们会发送一条确认短信到您的手机13812345678|有事打我手机13812345678",
                "稍后我们会将确认短信发送到 138 1234 5678|您可以联系财务，电话是一三五四六六六六六六六"
            })
    void screen_phoneNumberReadBackToItsOwner_isNone_butTheSpeakersOwnStillCounts(String readBack, String own) {
        assertThat(hits(readBack)).as(readBack).isEmpty();
        assertThat(hits(own)).as(own).anySatisfy(h -> assertThat(h.detector()).isEqualTo("phone"));
    }

    /** Spam a helper playing a spammer found passing in session 27, each family with its everyday look-alikes below. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "h t t p s : / / abc . com|obfuscated-url|https://abc.com|h t t p s : / / abc . com",
                "h t t p : / / a b c 1 2 3 . c o m|obfuscated-url|http://abc123.com|h t t p : / / a b c 1 2 3 . c o m",
                "注册 H T T P S：／／abc123.top 送彩金|obfuscated-url|https://abc123.top|H T T P S：／／abc123.top",
                "https : // abc . com is the shop|obfuscated-url|https://abc.com|https : // abc . com",
                "€AbCd1234€|shop-code|AbCd1234|€AbCd1234€",
                "₤AbCd1234₤|shop-code|AbCd1234|₤AbCd1234₤",
                "$AbCd1234$|shop-code|AbCd1234|$AbCd1234$",
                "复制这段 ￥AbCd1234￥ 打开手机淘宝|shop-code|AbCd1234|￥AbCd1234￥",
                "私聊 💲99|trade-solicitation|私聊+元|私聊 💲99",
                "私我 $50 包月|trade-solicitation|私我+元|私我 $50",
                "加我 幺三八洞洞拐拐勾勾两两|phone|13800779922|幺三八洞洞拐拐勾勾两两",
                "联系方式138-1234-5678，两人份|phone|13812345678|138-1234-5678",
                "电话13812345678，一起来|phone|13812345678|13812345678",
                "出售 微信号 批发|account-trade|出售+微信号|出售 微信号",
                "收购 QQ号|account-trade|收购+qq号|收购 QQ号",
                "出 老号 微信 实名|account-trade|出+老号|出 老号",
                "微信号出售，价格美丽|account-trade|出售+微信号|微信号出售",
                "账号出租，日结|account-trade|出租+账号|账号出租",
                "大量收购各类QQ号|account-trade|收购+qq号|收购各类QQ号",
                "高价回收各种微信号|account-trade|回收+微信号|回收各种微信号",
                "高价收购游戏账号|account-trade|收购+游戏账号|收购游戏账号",
                "出售游戏号，价格美丽|account-trade|出售+游戏号|出售游戏号",
                "13800138000两个|phone|13800138000|13800138000",
            })
    void screen_spamASpammerFoundPassing_isCaughtWithItsEvidence(
            String text, String detector, String term, String matched) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal)
                .contains(tuple(detector, term, matched));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "运费 $5，满$99减$10",
                "$100 和 $200 的两档",
                "欧元 € 汇率又跌了",
                "¥99 包邮，￥199 两件",
                "今天拐弯去洞庭湖",
                "洞洞鞋买了两双，勾选了包邮",
                "拐杖两根，洞箫一支",
                "我的微信号换了，大家重新加一下",
                "我出门了，微信号一会发你",
                "我的QQ号收不到验证码",
                "这件出小号吗",
                "回收旧手机，微信号同手机号",
                "我账号出问题了",
                "我的游戏账号被盗了",
                "我把游戏号卖了",
                "批发水果，微信号发你",
                "回家我出去一下，带你去吃饭",
                "我出门了，带你去吃饭",
                "http 协议和 https 有什么区别",
                "https://abc.com 好物",
                "h t t p s : / / abc . comfy"
            })
    void screen_everydayChatLikeWhatASpammerFoundPassing_isNoneOfThoseFindings(String text) {
        assertThat(hits(text))
                .noneSatisfy(h -> assertThat(h.detector())
                        .isIn("obfuscated-url", "shop-code", "trade-solicitation", "phone", "account-trade"));
    }

    /** Spellings of WeChat and QQ a spammer used that the cue list lacked (a helper's probe, session 26). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "维信 abc12345|abc12345",
                "wei信 abc12345|abc12345",
                "鹅号 12345678|12345678",
                "qun号 12345678|12345678",
                "威芯 abc12345|abc12345"
            })
    void screen_weChatOrQqSpeltAnotherWay_beforeAnId_isAContact(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.CONTACT));
    }

    /**
     * Two-character contact and private-chat cues written in homophones, right before an account
     * number or id (or a private-chat ask right before its price): read by sound, and the evidence
     * says so, the normalised text reading the cue it sounds like.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "连系 3179238，信誉第一|contact-number-by-sound|3179238|连系 3179238|联系3179238",
                "有意联细：3179238|contact-number-by-sound|3179238|联细：3179238|联系3179238",
                "家我 3179238|contact-number-by-sound|3179238|家我 3179238|加我3179238",
                "家我 abc_123|contact-id-by-sound|abc_123|家我 abc_123|加我abc_123",
                "有需要连系 HK-Acct|contact-id-by-sound|hk-acct|连系 HK-Acct|联系hk-acct",
                "思聊 一单20|trade-solicitation-by-sound|思聊+1单|思聊 一单20|私聊1单20",
                "家莪 3179238|contact-number-by-sound|3179238|家莪 3179238|加我3179238",
                "危信 abc12345|wechat-id-by-sound|abc12345|危信 abc12345|微信abc12345",
                "危信号 abcdef|wechat-id-by-sound|abcdef|危信号 abcdef|微信号abcdef",
            })
    void screen_contactCueWrittenInHomophones_beforeAnAccount_isReadBySound(
            String text, String detector, String term, String matched, String normalized) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal, Hit::matchedNormalized, Hit::category)
                .contains(tuple(detector, term, matched, normalized, Category.CONTACT));
    }

    /** Everyday lines with a number after a word that sounds like a cue, or after 加 and one more character. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "家里 13 个人",
                "佳佳 2023 年",
                "思路 100 分",
                "连续 12345 步",
                "加油 666666",
                "加个 888888 的彩头",
                "到家我给你50元",
                "回家我出去一下",
                "期待你的好消息，出发了",
                "练习 123456 遍",
                "我的家花了200000元装修",
                "我的家 100000块 都在这",
                "我的家 2000000",
                "期待你 3179238 次回复",
                "思聊 3179238",
                "到家我再说，3179238",
                "回家我100000块都花光了",
                "危险 abc12345",
                "危信 abcdef"
            })
    void screen_everydayNumberAfterAWordThatSoundsLikeACue_staysClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"这款 99元 包邮，私聊客服下单", "有问题私信客服，退款3元"})
    void screen_aShopSendingBuyersToItsService_isNoTradeSolicitation(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("trade-solicitation"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"有要自🦌的吗|自撸", "骚母🐶，过来|骚母狗", "你妈亖了|你妈死了", "傻×，你懂什么|傻x"})
    void screen_characterWrittenForAnother_isReadAsThatOne(String text, String term) {
        assertThat(hits(text)).extracting(Hit::term).contains(term);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "私我，一单20，现做现结",
                "想赚钱私我一个小时299r",
                "有货低价出，私聊",
                "滴我 一小时800",
                "加我带你一小时赚300",
                "来加我 今天带你挣2000",
                "本人炒股月赚十万，想学炒股加我",
                "加我，包赚不包中",
                "加我，无前期",
                "德州扑克1毛一分玩的加我",
                "有需要滴滴我，一单50"
            })
    void screen_privateChatNearPriceOrTrade_isTradeSolicitation(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).isEqualTo("trade-solicitation"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "小红书代发，五米一篇|代发+米",
                "有偿刷单，时间自由|刷单+有偿",
                "帮忙发作品 30一单 当天结|发作品+1单",
                "dy涨粉 佣金高|涨粉+佣金",
                "抖音发作品80一个|发作品+1个",
                "淘宝大量接秒单，稳定出评4.8一单|出评+1单",
            })
    void screen_gigWorkOfferedWithItsPay_isPaidTask(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("paid-task", term, Category.SCAM));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一小时六百，胆子大的来|1小时6百",
                "日入500+，有意者私|日入500",
                "350一个小时，接单吗|3501个小时",
                "宝妈在家做，每天稳定1000，欢迎咨询|每天稳定1000",
                "招打字员 一天两千起|1天2千",
                "轻松月入过万，感兴趣的找我|月入过万",
                "时薪300 在家可做 来|时薪300",
                "一天三到四千，有意加|1天3到4千",
                "日入三到五百，有意私|日入3到5百",
                "一小时50到200，想做的来|1小时50到200",
                "3000/天 起 有需求私|3000天",
                "500/h，有意私|500h",
                "来人150u小时|150u小时",
                "300元一小时，想做的来|300元1小时",
                "200块1个小时，胆子大的来|200块1个小时",
                "接单吗488半小时|488半小时",
                "半小时200，想做的来|半小时200",
            })
    void screen_highPayRateOfferedToWhoeverComes_isPayRate(String text, String matched) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::matchedNormalized, Hit::category)
                .contains(tuple("pay-rate", matched, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "家里保洁阿姨一小时50，要的来问我",
                "每天走10000步，欢迎大家来打卡",
                "这药一天3次，饭后吃，来拿药的排队",
                "我们团一天卖了300单，欢迎来买",
                "一个月3000的房租，想来看房的私我",
                "每天500元的预算，来帮我看看买什么",
                "开车两小时300块油钱，来回真贵",
                "第11天1000人打卡了，欢迎新朋友来",
                "一天300公里，来回开车累死了",
                "我一个月工资一万二，够花吗",
                "每月10000积分，欢迎来兑换",
                "每天10到12点直播，欢迎来看",
                "每天3到5单，欢迎来下单",
                "保洁一小时40到60，要的来问",
                "民宿300/天，欢迎来住",
                "租车500/天，欢迎咨询",
                "民宿一天300，欢迎来住",
                "房租3000/月，想来看房的私我",
                "2024/12/5日来店里，欢迎",
                "充电1/2h就满，欢迎来买",
                "私教一小时300贵不贵，有来过的吗",
                "游泳课一小时200，价格还能便宜点吗，想来试试",
                "停车场10元一小时，欢迎来停",
                "这个课一个小时200元值吗",
                "我每天花2000步走路，欢迎来打卡",
                "每天走2000米一小时，欢迎来跑",
                "今天印了300张一小时，来拿",
                "台球半小时30，欢迎来玩",
                "开车两个半小时300块油钱，来回真贵",
                "KTV包厢300元一小时，贵不贵，有来过的吗",
                "充电宝2元半小时，欢迎来借",
            })
    void screen_ratesPricesAndCountsInEverydayChat_areNoPayRate(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("pay-rate"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "金花 斗牛 想玩的来|金花+的来",
                "三公牛牛，靠谱可拉|3公+可拉",
                "有玩牌九的吗，私我|牌9+有玩",
                "wpk俱乐部，需要的联系|wpk+联系",
                "斗🐮金🌹的来|抖牛+的来",
                "金花三公牛牛|金花+3公",
                "玩儿接龙，扫雷的加我|扫雷+的加",
            })
    void screen_gamblingGameOfferedToWhoeverWantsToPlay_isGamblingInvite(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("gambling-invite", term, Category.GAMBLING));
    }

    /** Gambling and fraud lines of ChineseHarm-Bench's dev half the lists lacked (issue 17, session 30). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "腾龙娱乐，欢迎您|腾龙娱乐|GAMBLING",
                "有认识福彩3D私庄的老板吗|私庄|GAMBLING",
                "每期都中来|每期都中|GAMBLING",
                "你不干不要叫我不干大氺苔|大水台|GAMBLING",
                "不看征信，需要丝我|不看征信|FRAUD",
                "需要甲币的加我，能过验钞机的那种|能过验钞机|FRAUD",
                "新车，u进u出|u进u出|FRAUD",
                "加拿大 PG扶持88，来就送|pg扶持|GAMBLING",
                "菠菜上下芬来人|上下芬|GAMBLING",
                "玩新澳的可以加|玩新澳|GAMBLING",
                "纯白资，主要微信支付宝|纯白资|FRAUD",
                "会打字胆子大敢做灰的来私|敢做灰|FRAUD",
            })
    void screen_gamblingAndFraudPhrasesTheListsLacked_areListedTerms(String text, String term, Category category) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, category));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "周末打麻将三缺一",
                "买了两注双色球玩玩",
                "这个贷款利率多少",
                "贷款要看征信吗",
                "绕着操场跑了28圈",
                "这期没中，下期再买",
                "腾龙公园的娱乐设施不错",
                "这台验钞机多少钱",
                "这张图是jpg格式",
                "新澳洲的签证好办吗",
                "灰色的外套还有吗",
            })
    void screen_gamblingAndLoanWordsInEverydayChat_areClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今天走了三公里，有玩的一起来",
                "五朵金花的来了没有",
                "牛牛的来历你知道吗",
                "我家牛牛今天会走路了，可爱吧",
                "看了今天的龙虎榜，有兴趣的联系我聊聊",
                "买了张体彩，没中",
                "这波操作太🐮了，想玩的来",
                "🐮🍺，有玩的一起来",
                "福彩体彩都买了几注",
                "福彩、体彩都买了几注",
                "我家牛牛爱看斗牛",
                "牛牛牛牛，快回家",
            })
    void screen_gameWordsInEverydayChat_areNoGamblingInvite(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("gambling-invite"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "视频号代发，做不|代发+做不",
                "小红书发文做吗宝贝 绿色免费|发文+做吗",
                "抖音评论 来不？|抖音评论+来不",
                "接不接dy点赞评论单|dy点赞+接不接",
                "有做代发的来|代发+的来",
                "dy评论，需要就来|dy评论+需要就来",
                "抖音发视频一单70|抖音发视频+1单",
                "需要代发/比心|代发+需要",
                "需要我用dy发作品吗？|发作品+需要",
                "要不要代发|代发+要不要",
                "小红书发文要吗|发文+要吗",
                "我有一个绿色的代发|代发+绿色",
                "视频号代发绿色来团|代发+绿色",
                "需要代发或者点赞|代发+需要",
            })
    void screen_gigWorkOfferedToWhoeverTakesIt_isGigOffer(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("gig-offer", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我在抖音评论了，返5元吗",
                "抖音评论来不及看，晚上再说",
                "小红书发文做不到每天一篇",
                "喜欢的来抖音看我们直播",
                "代发的快递到了吗",
                "淘宝点赞做不了，我手机坏了",
                "做不做作业随你，抖音别刷了",
                "帮我拼多多助力一下，还差0.5元",
                "这件外套要吗？一个180，抖音同款",
                "抖音上那个发夹要吗，一个15",
                "你在抖音评论的那件还要吗",
                "推文需要改一下标题",
                "挂机需要多久",
                "这篇推文要不要转发一下",
                "代发货需要几天",
                "我们仓库支持一件代发，需要的话告诉我",
                "需要发文件吗",
                "这个券需要拉新三个人才能领吗",
                "这个活动要不要拉新",
                "绿色蔬菜需要的找我",
                "抖音评论区说这个绿色的好看",
            })
    void screen_platformsAndAsksInEverydayChat_areNoGigOffer(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("gig-offer"));
    }

    /** Posting done for someone's 视频号 or 抖音 account is listed, as 抖音代发 and 视频代发 are. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"视频号 代发/期待|视频号代发", "代发抖音20，有意加|代发抖音"})
    void screen_postingForAnotherAccount_isListedGigWork(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("lexicon", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"视频号上那个代发的快递到了吗", "抖音看到的，代发过来了"})
    void screen_postingAndAPlatformApartInEverydayChat_areNoListedGigWork(String text) {
        assertThat(hits(text)).isEmpty();
    }

    /**
     * A member speaking of their own part-time job, or of shopping and loans, offers nothing. A
     * member's 招聘兼职 notice stays caught: a shop's own notice comes from staff, who are not
     * moderated, so from a member it is recruitment in someone else's group.
     */
    @ParameterizedTest
    @ValueSource(strings = {"我在做兼职", "我以前做过兼职，挺累的", "暑假做了兼职，赚了学费", "帮我代购一下", "贷款买房压力大"})
    void screen_ownPartTimeJobShoppingAndLoansInEverydayChat_areClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本店招聘兼职店员，时间灵活，有意者到店咨询", "我在做兼职，日结200，想做的私我"})
    void screen_partTimeJobsOffered_stayCaught(String text) {
        assertThat(hits(text)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "您好，这里是某宝客服中心，您的账户存在异常，请提供您的身份证号码以便核实|这里是某宝客服+身份证号",
                "我是顺丰快递的客服，您的包裹涉嫌违禁品被海关扣留，需要支付一笔罚款才能放行|我是顺丰快递+罚款",
                "我是市公安局的警官，您的银行卡涉嫌洗钱，请把资金转到安全账户配合调查|我是市公安+安全账户",
                "我們是銀行工作人員，請把收到的驗證碼告訴我們|我们是银行+验证码",
                "这里是顺丰快递客服中心，您的包裹被海关扣留，需要先交清关费才能放行|这里是顺丰快递+清关费",
            })
    void screen_someonePosingAsAnOfficialWhoAsksForAnIdACodeOrMoney_isImpersonation(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("impersonation", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我是快递员，你的快递放门口了",
                "验证码一直收不到，怎么办",
                "客服让我提供身份证号，是真的吗",
                "我是银行上班的，周末才有空",
                "防骗提醒：我是群主，凡是自称客服要验证码、让转账的都是骗子，大家别信",
                "银行客服说转账要24小时到账，我是不是等等",
                "我是物业工作人员，请大家按时缴纳物业费",
                "我是社区工作人员，大件垃圾处理费每件20元",
            })
    void screen_officialsCodesAndTransfersInEverydayChat_areNoImpersonation(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("impersonation"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "预计年化收益率可以达到百分之二十以上，名额有限|年化收益+20%|年化收益率可以达到百分之二十",
                "这款产品年收益率高达30%，稳赚|年收益+30%|年收益率高达30%",
                "也就是百分之十八的年化收益，机会难得|年化收益+18%|百分之十八的年化收益",
                "跟着老师操作，日收益0.8%起|日收益+0.8%|日收益0.8%",
                "每月收益百分之五，本金随时取|每月收益+5%|每月收益百分之五",
                "项目回报率高达百分之三十五，而且风险非常低|回报+35%|回报率高达百分之三十五",
                "收益率已经达到了百分之六十以上|收益+60%|收益率已经达到了百分之六十",
            })
    void screen_aReturnNoHonestProductPromises_isPromisedReturn(String text, String term, String evidence) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal, Hit::category)
                .contains(tuple("promised-return", term, evidence, Category.FRAUD));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我行定期存款年化收益3.5%，欢迎咨询",
                "余额宝年化收益2%，比活期强点",
                "这只理财年化收益2.8%，风险等级R2",
                "基金过去一年涨了15%，新闻说的",
                "这个月业绩增长20%，大家辛苦了",
                "信用卡分期年化利率15%，划不来",
                "去年这只基金收益率15%，今年不好说",
                "年化收益15%-20%的说法别信",
                "收益还行，回报率20%左右吧",
                "日收益才0.02%，买着玩",
            })
    void screen_everydayRatesAndGrowthFigures_areNoPromisedReturn(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("promised-return"));
    }

    @Test
    void screen_thousandsOfReturnCuesAndLongNumbers_stillFindTheOneRateThatIsPromised() {
        assertThat(hits("年化收益".repeat(3_000) + "百分之" + "1".repeat(5_000)))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("promised-return"));
        assertThat(hits("收益".repeat(3_000) + "3%，" + "年化收益".repeat(3_000) + "百分之二十"))
                .filteredOn(h -> h.detector().equals("promised-return"))
                .singleElement()
                .satisfies(h -> assertThat(h.term()).isEqualTo("年化收益+20%"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你的孩子现在在我们手上，不想他出事就立刻准备五十万现金，不要报警，否则后果自负！|在我们手上+现金",
                "你女儿现在在我们手上，马上准备转账一百万元到这个账户，否则我们就撕票！|在我们手上+转账",
                "小明被几个坏人扣住了，他们要您立即准备一笔钱，不然会伤害他|被几个坏人扣住+1笔钱",
                "你儿子被绑架了，拿赎金来换人|被绑架+赎金",
                "您的儿子现在在我们手上，您必须按照我们的要求做，否则您儿子会有危险|在我们手上+按照我们的要求",
                "他被几个不明身份的人带走了，他们要求立即汇款|的人带走+汇款",
            })
    void screen_aHostageClaimWithADemand_isRansom(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("ransom", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "钥匙在我手上，晚点给你",
                "有事请报警，别私了",
                "孩子被人带走了？快报警！",
                "主动权在我们手上，别着急，不会有危险",
                "转账给你了，查收一下",
                "这部电影讲的是女儿被绑架了，父亲一路追查",
                "防骗提醒：有人打电话说孩子在我们手上要转账，都是骗子",
            })
    void screen_hostageWordsOrDemandsInEverydayChat_areNoRansom(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }

    @Test
    void screen_anAskFarFromTheIntroduction_isNoImpersonation_butOneWithinReachIs() {
        String intro = "我是客服小美，有问题随时找我。";
        String filler = "今天天气不错".repeat(60);

        assertThat(hits(intro + filler + "转账记录我看到了"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("impersonation"));
        assertThat(hits(intro + filler + intro + "请先转账"))
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo("impersonation"));
    }

    @Test
    void screen_thousandsOfIntroductionsWithTheAskOutOfReach_findNothing() {
        assertThat(hits("我是客服".repeat(2_000) + "今天天气不错".repeat(60) + "验证码"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("impersonation"));
    }

    @Test
    void screen_aMessageOfThousandsOfCues_stillPairsTheOnesThatBelongTogether() {
        assertThat(hits("私我".repeat(3_000) + "，一单20"))
                .filteredOn(h -> h.detector().equals("trade-solicitation"))
                .singleElement()
                .satisfies(h -> assertThat(h.matchedNormalized()).endsWith("私我1单20"));
        assertThat(hits("私我" + "好".repeat(30) + "一单20".repeat(2_000)))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("trade-solicitation"));
    }

    @Test
    void screen_thousandsOfCuesBySound_findOnlyTheOneBeforeItsPriceOrNumber() {
        assertThat(hits("思聊".repeat(3_000) + "一单20"))
                .filteredOn(h -> h.detector().equals("trade-solicitation-by-sound"))
                .singleElement()
                .satisfies(h -> assertThat(h.matchedNormalized()).isEqualTo("私聊1单20"));
        assertThat(hits("连系".repeat(3_000) + "3179238"))
                .filteredOn(h -> h.detector().equals("contact-number-by-sound"))
                .singleElement()
                .satisfies(h -> assertThat(h.term()).isEqualTo("3179238"));
    }

    @Test
    void screen_aTermRepeatedThousandsOfTimes_keepsOnlyTheLongestOfEachOverlap() {
        List<Hit> found = hits("加vx ".repeat(2_000));

        assertThat(found).hasSize(2_000).allSatisfy(h -> assertThat(h.term()).isEqualTo("加vx"));
    }

    @Test
    void screen_dottedLettersLongerThanAnyDomain_areNoLink_butALinkAfterThemIs() {
        assertThat(hits("a.b".repeat(3_000))).isEmpty();
        assertThat(hits("a.b".repeat(3_000) + " 看 abc.top"))
                .singleElement()
                .satisfies(h -> assertThat(h.term()).isEqualTo("abc.top"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "浏览器打开 abc。top|abc。top",
                "官网 abc、top 见|abc、top",
                "主页 qw55d. top 问鼎|qw55d. top",
                "认准 海带.cc|海带.cc",
                "将军888. c c 注册|将军888. c c",
                "地址 http:abc123top|http:abc123top",
                "主播同款：𝟠𝟠𝟞𝟛𝟛.𝕥𝕠𝕡|𝟠𝟠𝟞𝟛𝟛.𝕥𝕠𝕡",
                "新人必红 𝟚𝟝𝕗𝕙𝕪. 𝕥𝕠𝕡|𝟚𝟝𝕗𝕙𝕪. 𝕥𝕠𝕡",
                "最新网址 k19.us|k19.us",
                "链接: 1314.my 水大|1314.my",
                "看这里 abc(点)com|abc(点)com",
                "打开 abc[.]top 领取|abc[.]top",
                "官网 www（点）qw88（点）com|qw88（点）com",
                "认准 海带【.】cc|海带【.】cc",
                "官网 abc123［.］vip 注册|abc123［.］vip",
                "认准 qw88「.」top|qw88「.」top",
                "网址 js66《点》cc|js66《点》cc",
                "网址：abc 点 com|abc 点 com",
                "福利在这 abc点com 先到先得|abc点com",
                "注册 qw55d点top 送彩金|qw55d点top",
                "认准888点cc|888点cc",
                "新人送🔗258ds典top|258ds典top",
                "js6️⃣1️⃣1️⃣0️⃣.vip网的来|js6️⃣1️⃣1️⃣0️⃣.vip",
                "看看 abc\u200b.com 有惊喜|abc\u200b.com",
            })
    void screen_linkWrittenToDodge_isObfuscatedOrPlainUrl(String text, String matched) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::matchedOriginal, Hit::category)
                .contains(tuple(matched, Category.LINK));
    }

    @Test
    void screen_linkSpeltInMathematicalLetters_isObfuscatedEvenWithoutASpace() {
        assertThat(hits("注册就送 𝕒𝕓𝕔.𝕥𝕠𝕡")).singleElement().satisfies(h -> {
            assertThat(h.detector()).isEqualTo(ObfuscatedUrls.DETECTOR);
            assertThat(h.severity()).isEqualTo(Severity.HIGH);
            assertThat(h.term()).isEqualTo("abc.top");
            assertThat(h.matchedOriginal()).isEqualTo("𝕒𝕓𝕔.𝕥𝕠𝕡");
            assertThat("注册就送 𝕒𝕓𝕔.𝕥𝕠𝕡".substring(h.start(), h.end())).isEqualTo("𝕒𝕓𝕔.𝕥𝕠𝕡");
        });
    }

    @Test
    void screen_homophoneOfListedTerm_isCaughtBySoundWithoutEntry() {
        // 悦 sounds like 月 (yuè) and is not in the variant table: the sound table catches 月入过万.
        assertThat(hits("宝妈悦入过万不是梦"))
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal)
                .contains(tuple("homophone", "月入过万", "悦入过万"));
    }

    /**
     * 购买 is a trade word beside a private-chat ask only where the member spelt it otherwise than it
     * reads (沟买, 購買, 购 买); written plainly it is what customers and shops say every day. 出受
     * writes 受 for 售 in a deal word.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"沟买会员找我 私聊|购买会员找我 私聊", "購買会员，私我|如果您决定购买，请联系我", "购 买会员 私聊|购买后有问题私聊客服"})
    void screen_buyingSpeltToDodgeTheLists_isATradeWord_butWrittenPlainlyIsNot(String dodged, String plain) {
        assertThat(hits(dodged))
                .as(dodged)
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo("trade-solicitation"));
        assertThat(hits(plain)).as(plain).isEmpty();
        assertThat(hits("出受微信号，量大从优")).anySatisfy(h -> assertThat(h.detector()).isEqualTo("account-trade"));
    }

    @Test
    void screen_mixedScriptLookAlikes_foldToTheTerm() {
        assertThat(hits("➕ѵх 领取福利")).isNotEmpty();
        assertThat(hits("沟买 伽我 薇信")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我在微信上看到了，今天面膜99元一盒",
                "订单号 20231234567 什么时候发货",
                "这个私人定制的蛋糕出了吗，168元",
                "我们公司出新品了，大家可以看看",
                "参加活动的朋友请在群里接龙",
                "的家长们注意，周六出发",
                "互联网带来了很多便利",
                "苹果、cc霜都缺货了",
                "我到了。Top 10 的店都关门了",
                "每天喝水2000毫升，坚持一个月",
                "找了三家店都没货，等了10天",
                "微信支付 v2 版本更新了",
                "加油！还差 100000 步就达标了",
                "我评论了，返5元吗",
                "集赞送10元券，点赞满30个",
                "刚发视频了，这件衣服80元",
                "帮我拼多多助力一下，还差0.5元",
                "代发的快递到了吗，我昨天发文说过",
                "𝓗𝓮𝓵𝓵𝓸 大家好，今天𝟙𝟚点开课",
                "我这个月赚了300积分，开心",
                "我上周挣了200块零花钱",
                "我老公月赚一万，养家不容易",
                "想赚快钱是不可能的，踏实上班吧",
                "这件衣服打折省了5毛钱",
                "第三(点)我们明天再说",
                "括号里的(.)是句号，别打错",
                "打滴滴回家才20块",
                "坐滴滴过去大概30元",
                "叫个滴滴吧，20块搞定",
                "滴滴快车15块就到了",
                "滴滴专车贵一点，60元",
                "如需帮助请联系我们，每单运费10元",
                "有问题随时联系我。祝您出行愉快！",
                "需要的话找我，我会在收到货后退款",
                "想要的加急处理，多收10元",
                "可以加iphone15的膜吗，加mate60的也要",
                "帮我找iphone15的充电线",
                "麻烦加急SF1234567890123这个单",
                "增加v2版本的说明书，参加VIP活动",
                "联系 boss 一下，加油2024",
                "打开app点vip开通会员，再点shop那一栏",
                "早上9点cc霜到了，下午3点com那边来取",
                "我们点cc的外卖吧",
                "明天坐飞机MU5101回来，到了叫我",
                "明天的飞机 @Tom2024 你几点到",
                "tg群里讨论一下，坐飞机@北京",
                "佳能eos5d拍的，佳明fenix6手表",
                "这是经典top10榜单，最佳 mvp23号",
            })
    void screen_everydayChatWithNumbersPricesOrWeChat_staysClean(String text) {
        assertThat(hits(text)).isEmpty();
    }
}
