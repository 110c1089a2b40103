package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qunflow.MigrationDatabase;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V58 gives a database seeded before the qq and wechat-id cue kinds existed the triggers that were
 * constants in the detectors, so its QQ and WeChat-id detectors keep working after the upgrade; V59
 * gives one seeded before the task kind the rows the paid-task detector reads, and three link endings;
 * V60 the earnings and scam words the trade-solicitation detector reads, the WeChat-id triggers that
 * were a constant (微信) or missing (v, 绿泡泡), the everyday phrases whose cues are none (联系我们),
 * and ∨ as a look-alike of v; V61 the periods, fillers, offer words and units the pay-rate detector
 * reads, and the games, invitations and everyday phrases of the gambling-invite detector; V62 the
 * platforms, member actions, asks and everyday phrases of the gig-offer detector; V63 emoji written
 * for words (🐶 狗, 🦌 撸), 亖 for 死 and × for x in the characters file; V64–V69 more rows of
 * the same kinds; V70 the stand-ins for characters the detectors read (佳 for 加, 典 for 点, 㣲 for 微);
 * V89 窝 (another tone) and 莪 (a look-alike) for the 我 of 加我; V90 the everyday phrases 出去, 出来 and
 * 出门, and the quantities passed over between a deal word and its account (各类, 各种, 大量…); V94 🐮 and
 * 🐂 for 牛, and 一个 and 出评 for the paid-task and gig-offer detectors; V96 半小时 and u for the
 * pay-rate detector; V99 the everyday phrases that hold a word-list term or a cue which is none there
 * (妈妈的, 网堵塞, 电话联系我们, 收银) and the read-back phrases before a phone number that is the
 * reader's own (您的联系电话, 确认短信发送到…); V100 the return cues, promise words, hostage claims and
 * ransom demands of the promised-return and ransom detectors; V101 the words that put a task on offer
 * (需要, 要吗, 绿色), the everyday phrases that hold a task or a listed term which is none there
 * (需要拉新, 在做兼职) and game accounts as accounts bought and sold (游戏账号); V102 the read-back
 * phrases before the number of whoever a service sends the customer or calls them on (司机电话,
 * 会通过电话), and the reader-details phrases of a sentence that reads the customer's details back
 * (送餐地址, 订单已确认), and 可以点击链接 and 转账速度 as everyday phrases; V103 扫雷 among the games
 * and the two lotteries bought together (福彩体彩) as everyday phrases, now that two games side by
 * side are a gambling menu; V104 the prize announcements, prizes and asks of the prize-claim
 * detector (恭喜您, 大奖, 手续费) and the reader's accounts, alerts and verification asks of the
 * account-alert detector (您的账户, 异常交易, 配合核实); V105 more hostage claims and demands of the
 * ransom detector (人带走了, 按照我说的做) with the everyday phrases that hold one (没有生命危险),
 * and the reader's parcel, contraband in it and an ask to help an investigation of the account-alert
 * detector (您的包裹, 违禁品, 配合调查), and the returns called high and investment pitches of the
 * promised-return detector (非常高, 投资项目); V107 a closing 私, goods for sale and their prices
 * (转让, 原价, 折), platform accounts as contact cues (抖音号) and everyday phrases of a member speaking of
 * someone else or asking about a loan (我找我, 不看征信吗); V108 a member signing up for a group buy
 * (加我一个, 加我一份) as everyday phrases; V109 a mother's 带娃 (带孩子, 带宝宝) as everyday phrases, which
 * keep the pay-rate detector's offer word 带 out, and the pitches that the job is done from home or on a
 * phone (在家就能, 手机就能) as offer words, the words between a period and its pay (给你, 可达) as
 * fillers and 月工资 as a period; V110 the phrases naming the reader and the insults of the
 * reader-insult detector (你是, 你这种, 垃圾, 杂碎) with the everyday phrases that hold an insult (垃圾桶,
 * 废物利用), the roles and asks of the sexual-ask detector (女dom, sese, 收, 求), and the lewd words and
 * the persons and pictures after them of the lewd-target detector (瑟瑟, 女生, 漫画); V111 more hostage
 * claims and demands of the ransom detector (被我们扣了, 陌生男子带走, 配合我们的工作), the new kind with-caller
 * (你儿子现在在我们这里) it reads after a caller's self-introduction, and more asks after
 * contraband in the reader's parcel of the account-alert detector (核实身份, 进一步核实, 您的信用记录);
 * V112 the pitches of a gambling platform the gambling-invite detector reads near a game (首充, 带单, 资金安全), three more games
 * (棋牌, 对赌, pg) with the everyday phrases that hold one (棋牌室, 对赌协议), and a post counted out as
 * what members do on a platform (发个视频, 发一个作品), and 牪 (two oxen) for 牛牛 in the characters file;
 * V113 陪聊 as a pay rate's offer; V114 ss as a lewd word with a game's rank (ss级) as an everyday phrase, and more of what the lewd-target
 * detector reads a lewd word on (资源, 网站, 游戏, 美女); V116 the deposit and bonus words of a gambling platform's deposit
 * bonus (存, 冲, 送, 宋: 存100送38), a game's own currency as no money (钻), 一月 as a month's pay and 加班 as an everyday phrase.
 * V117 read-backs a service says of the customer's own number or WeChat id (确认信息发送到, 13812345678联系您, 您的微信号) and
 * everyday phrases for a fee handled for the customer, a warning not to click a link and the customer's own project.
 * V118 the kinds capture (a verb of holding someone, a hostage claim in the passive), plain-money, demand and kin (money
 * alone near a claim counts when asked of someone or with the reader's relative named) and threats the ransom rows lacked.
 * V119 the kinds sex-object (母狗, 女狗, 涩涩) and object-ask (加爸爸, 自己加, 来找我) of the sex-object detector, a
 * person named as a sexual object asked to make contact, with the everyday phrases that keep a pet out (来找我家).
 * V120 one more phrase naming the reader (你是不是) and insults after one the reader-insult detector lacked (贱, 货色,
 * 怂逼), with the everyday phrases that hold one (贱卖, 货色泽), and the kinds curse-verb and reader-mother (装你妈呢).
 * V121 美元 and 人民币 as money units (a prize worth a fortune is named in them).
 * V122 the money pitches: a free coach (免费带) and whoever lacks money (缺钱的) as trades near an ask, the pay-rate
 * detector's offer words for no deposit asked (不押), fillers, 日保底 and 一趟 as periods, 租 as spending, and the everyday
 * phrases of whom a shop or a parent takes along for free and of a fee denied (不需要任何费用).
 * V123 the kind with-me (现在在我这里), read as a with-caller row right after the reader's relative.
 * V124 warnings that name a listed fraud (别碰网贷, 银行卡出租是违法) as everyday phrases, and 元话费 and 元流量 as no money.
 * V125 母狗 as members spell it to dodge a filter (亩狗, 姆狗) as sexual objects of the sex-object detector, and the kind
 * pet (柯基, 幼犬, 配种) that stands the detector down in a message about a dog.
 * V126 insults on the reader's brain and upbringing (没家教, 脑子有问题, 没爹妈教), counted after a phrase naming the reader,
 * 你爹呢 as a reader-mother row (吊你爹呢) with the everyday 我装你爹, and 🐴 and 🐎 for 马 in the characters file (处你🐎呢).
 * V128 money pitches in slang: the dodged spellings of 副业 and 项目 (副邺, 富叶, 钼项), 懂的了 and 的莱 as a pay rate's offer, 米 for
 * money after a verb of earning (挣米, 转米), a free coach spelt by sound (免米带, 免霏带), 无米可做 and 0投资 as trades, 私沃 and
 * si我 as private-chat asks, with the everyday phrases 你懂的了 and 无米可做饭; and 硪 for 我 and 🧱 for 砖 in the characters file.
 * V129 everyday words that hold a listed term (以下注意 holds 下注, 门口交给 holds 口交, 这一套现在 holds 套现), found by
 * screening the commonest words of jieba's dictionary (CommonWordsTest).
 * V130 the kind term-warning (别碰, 是骗局, 别上当): a listed fraud, scam, gambling or contact-ask term right beside one, in
 * the same clause, is what a member warns of (网贷千万别碰), and no detector stands down for it; the kind term-question
 * (真的假的, 是骗人的吧) ending a message, and a member telling who contacted them (有人私聊我, 让我加他) as everyday phrases.
 * V131 the kinds own-number (我的手机号, 下单手机号, 收件人电话) and order-matter (查物流, 还没发货, 退款): a customer's own
 * number, given in a message about an order that asks for no private chat, is none.
 * V133 the own-number phrases before a WeChat id (我的微信, 我微信号) and an invoice asked for as an order matter (帮我开下发票),
 * the kind dodged-trade (购买, a trade word only where written otherwise: 沟买), 出受 and 代受 with 受 for 售, 请加 as a closing
 * ask, 微信联系不上 as an everyday phrase, and the words of QQ groups' ads (扩列, 代练, 代写, 王者号).
 */
// Each test migrates an in-memory database of its own, so they run side by side; no other class runs meanwhile.
@Isolated
@Execution(ExecutionMode.CONCURRENT)
class CueKindsMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("cues");
    private final JdbcClient jdbc = database.jdbc();

    private static boolean addedByV58(String line) {
        return (line.endsWith(",qq") && !addedByV69(line) || line.endsWith(",wechat-id")) && !addedByV87(line);
    }

    private static boolean addedByV87(String line) {
        return List.of("维信,wechat-id", "wei信,wechat-id", "鹅号,qq", "qun号,qq", "私聊客服,everyday", "私信客服,everyday")
                .contains(line);
    }

    private static boolean addedByV59(String line) {
        return line.endsWith(",task") && !addedByV94(line) && !addedByV122(line) && !addedByV133(line)
                || List.of("有偿,price", "钱,price-unit", "us,common-tld", "me,common-tld", "my,common-tld")
                        .contains(line);
    }

    private static boolean addedByV60(String line) {
        return List.of(
                                "包赚,trade",
                                "无前期,trade",
                                "快钱,trade",
                                "赚米,trade",
                                "月赚,price",
                                "日赚,price",
                                "毛,price-unit",
                                "赚,per",
                                "挣,per",
                                "绿泡泡,wechat-id",
                                "微信,weak-wechat-id",
                                "v,weak-wechat-id")
                        .contains(line)
                || line.endsWith(",everyday")
                        && !addedByV87(line)
                        && !addedByV61(line)
                        && !addedByV62(line)
                        && !addedByV64(line)
                        && !addedByV65(line)
                        && !addedByV90(line)
                        && !addedByV99(line)
                        && !addedByV101(line)
                        && !addedByV102(line)
                        && !addedByV103(line)
                        && !addedByV107(line)
                        && !addedByV105(line)
                        && !addedByV108(line)
                        && !addedByV109(line)
                        && !addedByV110(line)
                        && !addedByV112(line)
                        && !addedByV113(line)
                        && !addedByV114(line)
                        && !addedByV116(line)
                        && !addedByV117(line)
                        && !addedByV118(line)
                        && !addedByV119(line)
                        && !addedByV120(line)
                        && !addedByV122(line)
                        && !addedByV124(line)
                        && !addedByV126(line)
                        && !addedByV128(line)
                        && !addedByV129(line)
                        && !addedByV130(line)
                        && !addedByV133(line);
    }

    private static String shippedWithout(java.util.function.Predicate<String> added) {
        return VariantData.shipped(VariantData.CUES)
                .lines()
                .filter(added.negate())
                .collect(Collectors.joining("\n"));
    }

    private void seed(String content) {
        seed(VariantData.CUES, content);
    }

    private void seed(String file, String content) {
        jdbc.sql("INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)"
                        + " VALUES (?, 1, ?, 'system', 'shipped default', CURRENT_TIMESTAMP)")
                .param(file)
                .param(content)
                .update();
    }

    private List<String> versions() {
        return versions(VariantData.CUES);
    }

    private List<String> versions(String file) {
        return jdbc.sql("SELECT content FROM qf_variant_version WHERE file_name = ? ORDER BY version")
                .param(file)
                .query(String.class)
                .list();
    }

    private static String charactersWithoutV60() {
        return VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !line.equals("∨,v,lookalike"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void migrate_aCueFileSeededBeforeTheNewKinds_getsTheShippedRowsOfEachAsANewVersion() {
        database.migrateTo("57");
        String before = shippedWithout(line ->
                addedByV58(line) || addedByV59(line) || addedByV60(line) || addedByV69(line) || addedByV87(line));
        seed(before);
        assertThat(Variants.compile(VariantData.shipped(VariantData.CHARACTERS), before)
                        .qqTriggers())
                .isEmpty();

        database.migrateTo("latest");

        List<String> versions = versions();
        assertThat(versions).hasSize(6).startsWith(before);
        Variants upgraded = Variants.compile(VariantData.shipped(VariantData.CHARACTERS), versions.get(5));
        assertThat(upgraded.qqTriggers()).isEqualTo(Variants.shipped().qqTriggers());
        assertThat(upgraded.weChatIdTriggers()).isEqualTo(Variants.shipped().weChatIdTriggers());
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
    }

    @Test
    void migrate_aCueFileWithoutTheTaskKind_getsItsRows_andPaidGigWorkIsCaught() {
        database.migrateTo("58");
        String before = shippedWithout(line -> addedByV59(line) || addedByV60(line));
        seed(before);
        Lexicon beforeLexicon =
                Lexicon.of(ShippedLexicon.all(), Variants.compile(VariantData.shipped(VariantData.CHARACTERS), before));
        assertThat(new TextScreener(beforeLexicon)
                        .screen("代发 20r", MessageFlags.NONE)
                        .clean())
                .isTrue();

        database.migrateTo("latest");

        List<String> versions = versions();
        assertThat(versions).hasSize(3).startsWith(before);
        Variants upgraded = Variants.compile(VariantData.shipped(VariantData.CHARACTERS), versions.get(2));
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        assertThat(new TextScreener(Lexicon.of(ShippedLexicon.all(), upgraded))
                        .screen("代发 20r", MessageFlags.NONE)
                        .hits())
                .extracting(Hit::detector)
                .contains("paid-task");
    }

    @Test
    void migrate_aCueFileWhereComplianceAlreadyWroteATaskRow_isLeftAlone() {
        database.migrateTo("58");
        String before = shippedWithout(line -> addedByV59(line) || addedByV60(line)) + "\n代发,task";
        seed(before);

        database.migrateTo("59");

        assertThat(versions()).containsExactly(before);
    }

    @Test
    void migrate_variantFilesWithoutTheV60Rows_getThem_andWhatTheyCatchIsCaught() {
        database.migrateTo("59");
        String cues = shippedWithout(CueKindsMigrationTest::addedByV60);
        String characters = charactersWithoutV60();
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        List<String> caught = List.of("加我带你今天赚300", "需要的找我 v：hb8888", "牛牛跑的快 ∨ wykg7788", "微信：zhangsan");
        assertThat(caught)
                .allMatch(text -> before.screen(text, MessageFlags.NONE).clean());

        database.migrateTo("latest");

        List<String> cueVersions = versions();
        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(cueVersions).hasSize(2).startsWith(cues);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        Variants upgraded = Variants.compile(characterVersions.get(1), cueVersions.get(1));
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        TextScreener after = new TextScreener(Lexicon.of(ShippedLexicon.all(), upgraded));
        assertThat(caught)
                .allMatch(text -> !after.screen(text, MessageFlags.NONE).clean());
    }

    private static boolean addedByV61(String line) {
        return List.of(
                                        ",per-hour",
                                        ",per-day",
                                        ",per-month",
                                        ",pay-filler",
                                        ",pay-offer",
                                        ",not-money",
                                        ",spending",
                                        ",game",
                                        ",invite")
                                .stream()
                                .anyMatch(line::endsWith)
                        && !addedByV67(line)
                        && !addedByV68(line)
                        && !addedByV96(line)
                        && !addedByV103(line)
                        && !addedByV109(line)
                        && !addedByV112(line)
                        && !addedByV113(line)
                        && !addedByV116(line)
                        && !addedByV122(line)
                        && !addedByV124(line)
                        && !addedByV128(line)
                || V61_EVERYDAY.contains(line);
    }

    private static final List<String> V61_EVERYDAY = List.of(
            "三公里,everyday",
            "三公斤,everyday",
            "三公分,everyday",
            "三公司,everyday",
            "龙虎山,everyday",
            "龙虎榜,everyday",
            "斗牛士,everyday",
            "五朵金花,everyday",
            "的来历,everyday",
            "的来源,everyday",
            "的来信,everyday",
            "的来电,everyday");

    @Test
    void migrate_aCueFileWithoutThePayRateAndGameKinds_getsTheirRows_andWhatTheyCatchIsCaught() {
        String offer = "一小时六百，胆子大的来";

        TextScreener after = upgradedFrom("60", CueKindsMigrationTest::addedByV61, offer);

        assertThat(detectors(after, offer)).contains("pay-rate");
        assertThat(detectors(after, "金花 斗牛 想玩的来")).contains("gambling-invite");
    }

    /**
     * Seeds the shipped cue file without the rows {@code added} at schema version {@code target},
     * checks {@code offer} is clean with it, migrates to the latest version, and checks that added
     * the rows as one new version equal to the shipped file; the screener of that version.
     */
    private TextScreener upgradedFrom(String target, java.util.function.Predicate<String> added, String offer) {
        return upgradedFrom(
                target,
                added,
                old -> assertThat(old.screen(offer, MessageFlags.NONE).clean()).isTrue());
    }

    /** Seeds the cue file without the rows {@code added}, checks it {@code before}, migrates and answers the upgrade. */
    private TextScreener upgradedFrom(
            String target,
            java.util.function.Predicate<String> added,
            java.util.function.Consumer<TextScreener> before) {
        database.migrateTo(target);
        String cues = shippedWithout(added);
        seed(cues);
        before.accept(new TextScreener(
                Lexicon.of(ShippedLexicon.all(), Variants.compile(VariantData.shipped(VariantData.CHARACTERS), cues))));

        database.migrateTo("latest");

        List<String> versions = versions();
        assertThat(versions).hasSize(2).startsWith(cues);
        Variants upgraded = Variants.compile(VariantData.shipped(VariantData.CHARACTERS), versions.get(1));
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        return new TextScreener(Lexicon.of(ShippedLexicon.all(), upgraded));
    }

    /**
     * {@link #upgradedFrom} for rows that stop a finding: {@code text} is caught by {@code detector}
     * before the upgrade and clean after it.
     */
    private TextScreener upgradedClearing(
            String target, java.util.function.Predicate<String> added, String text, String detector) {
        TextScreener after = upgradedFrom(
                target, added, old -> assertThat(detectors(old, text)).contains(detector));
        assertThat(after.screen(text, MessageFlags.NONE).clean()).isTrue();
        return after;
    }

    private static List<String> detectors(TextScreener screener, String text) {
        return screener.screen(text, MessageFlags.NONE).hits().stream()
                .map(Hit::detector)
                .toList();
    }

    private static List<String> terms(TextScreener screener, String text) {
        return screener.screen(text, MessageFlags.NONE).hits().stream()
                .map(Hit::term)
                .toList();
    }

    private static boolean addedByV62(String line) {
        return line.endsWith(",platform") && !addedByV127(line)
                || line.endsWith(",member-action") && !addedByV112(line) && !addedByV115(line)
                || line.endsWith(",gig-ask") && !addedByV127(line)
                || List.of("来不及", "来不了", "做不到", "做不了", "做不好", "做不完", "做不出", "做不成").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheGigOfferKinds_getsTheirRows_andWhatTheyCatchIsCaught() {
        String offer = "小红书发文，做不";

        TextScreener after = upgradedFrom("61", CueKindsMigrationTest::addedByV62, offer);

        assertThat(detectors(after, offer)).contains("gig-offer");
        assertThat(detectors(after, "抖音评论 来不？")).contains("gig-offer");
        assertThat(after.screen("抖音评论来不及看了", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV64(String line) {
        return (line.endsWith(",self-intro")
                        || line.endsWith(",authority")
                        || line.endsWith(",fraud-ask")
                        || line.endsWith(",fraud-warning")
                        || List.of("垃圾处理费,everyday", "污水处理费,everyday").contains(line))
                && !addedByV106(line);
    }

    @Test
    void migrate_aCueFileWithoutTheImpersonationKinds_getsTheirRows_andWhatTheyCatchIsCaught() {
        String scam = "您好，这里是某宝客服中心，您的账户存在异常，请提供您的身份证号码";

        TextScreener after = upgradedFrom("63", CueKindsMigrationTest::addedByV64, scam);

        assertThat(detectors(after, scam)).contains("impersonation");
        assertThat(detectors(after, "防骗提醒：我是群主，自称客服要验证码的都是骗子")).doesNotContain("impersonation");
    }

    private static boolean addedByV65(String line) {
        return List.of("加iphone,everyday", "加ipad,everyday", "加mate,everyday").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheProductModelPhrases_getsThem_soAModelAfter加IsNoContact() {
        TextScreener after = upgradedClearing("64", CueKindsMigrationTest::addedByV65, "可以加iphone15的膜吗", "contact-id");

        assertThat(detectors(after, "先给，➕kgkg139")).contains("contact-id");
    }

    private static boolean addedByV66(String line) {
        return line.endsWith(",handle");
    }

    @Test
    void migrate_aCueFileWithoutTheHandleKind_getsItsRows_andATelegramHandleIsCaught() {
        String ad = "出号，飞机：@abc_123";

        TextScreener after = upgradedFrom("65", CueKindsMigrationTest::addedByV66, ad);

        assertThat(detectors(after, ad)).contains("contact-id");
        assertThat(after.screen("明天坐飞机MU5101回来", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV67(String line) {
        return List.of(
                        "租车,spending",
                        "包车,spending",
                        "民宿,spending",
                        "酒店,spending",
                        "住宿,spending",
                        "房费,spending",
                        "来住,spending")
                .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheStayAndCarHireWords_getsThem_soAStaysPriceIsNoPayRate() {
        TextScreener after = upgradedClearing("66", CueKindsMigrationTest::addedByV67, "民宿300/天，欢迎来住", "pay-rate");

        assertThat(detectors(after, "3000/天 起 有需求私")).contains("pay-rate");
    }

    private static boolean addedByV68(String line) {
        return List.of("贵,spending", "便宜,spending", "收费,spending", "价格,spending", "价钱,spending", "多少钱,spending")
                .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutThePriceWords_getsThem_soAPriceAskedAboutIsNoPayRate() {
        TextScreener after = upgradedClearing("67", CueKindsMigrationTest::addedByV68, "私教一小时300贵不贵，有来过的吗", "pay-rate");

        assertThat(detectors(after, "一小时六百，胆子大的来")).contains("pay-rate");
    }

    private static boolean addedByV69(String line) {
        return line.equals("卫星,weak-wechat-id") || line.equals("群,qq");
    }

    @Test
    void migrate_filesWithoutTheSatelliteAndGroupRows_getThemAsNewVersions_soAnIdAfter卫星OrANumberAfter群IsCaught() {
        database.migrateTo("68");
        String cues = shippedWithout(CueKindsMigrationTest::addedByV69);
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !line.startsWith("🛰,"))
                .collect(Collectors.joining("\n"));
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        String ad = "微信小游戏推广🛰号:hahaxiyou01";
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(before.screen(ad, MessageFlags.NONE).clean()).isTrue();
        assertThat(before.screen("卫星：abc12345", MessageFlags.NONE).clean()).isTrue();
        assertThat(before.screen("外挂辅助，裙：98765432", MessageFlags.NONE).clean()).isTrue();

        database.migrateTo("latest");

        List<String> cueVersions = versions();
        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(cueVersions).hasSize(2).startsWith(cues);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        Variants upgraded = Variants.compile(characterVersions.get(1), cueVersions.get(1));
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        TextScreener after = new TextScreener(Lexicon.of(ShippedLexicon.all(), upgraded));
        assertThat(after.screen(ad, MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("wechat-id", "hahaxiyou01"));
        assertThat(detectors(after, "卫星：abc12345")).contains("wechat-id");
        assertThat(after.screen("卫星2号发射成功", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("外挂辅助，裙：98765432", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal)
                .contains(tuple("qq", "98765432", "裙：98765432"));
        assertThat(after.screen("我们群20000人了，群里100000个红包", MessageFlags.NONE).clean())
                .isTrue();
    }

    private static final List<String> V70_ROWS = List.of("佳,加,homophone", "典,点,homophone", "㣲,微,lookalike");

    @Test
    void migrate_aCharactersFileWithoutTheDetectorsStandIns_getsThemAsOneNewVersion_soAnIdOrALinkBehindThemIsCaught() {
        database.migrateTo("69");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V70_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(before.screen("万一免五的佳LP44LP", MessageFlags.NONE).clean()).isTrue();
        assertThat(before.screen("新人送258ds典top", MessageFlags.NONE).clean()).isTrue();

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V70_ROWS);
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(after.screen("万一免五的佳LP44LP", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("contact-id", "lp44lp"));
        assertThat(after.screen("新人送258ds典top", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple(ObfuscatedUrls.DETECTOR, "258ds.top"));
        assertThat(after.screen("这是经典top10榜单，佳能eos5d拍的", MessageFlags.NONE).clean())
                .isTrue();
    }

    @Test
    void migrate_aCharactersFileThatMaps佳ItsOwnWay_keepsThatMapping_andGetsTheOtherRows() {
        database.migrateTo("69");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                        .lines()
                        .filter(line -> !V70_ROWS.contains(line))
                        .collect(Collectors.joining("\n"))
                + "\n佳,家,homophone";
        seed(VariantData.CHARACTERS, characters);

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2);
        assertThat(characterVersions.get(1).lines())
                .contains("佳,家,homophone", "典,点,homophone", "㣲,微,lookalike")
                .doesNotContain("佳,加,homophone");
    }

    private static final List<String> V63_ROWS = List.of("🐶,狗,emoji", "🦌,撸,emoji", "亖,死,lookalike", "×,x,lookalike");

    @Test
    void migrate_aCharacterFileWithoutTheV63Rows_getsThem_butNotOverACharacterComplianceMapped() {
        database.migrateTo("62");
        String cues = VariantData.shipped(VariantData.CUES);
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                        .lines()
                        .filter(line -> !V63_ROWS.contains(line))
                        .collect(Collectors.joining("\n"))
                + "\n🦌,鹿,emoji";
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(before.screen("骚母🐶，过来", MessageFlags.NONE).clean()).isTrue();

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        List<String> upgradedRows = characterVersions.get(1).lines().toList();
        assertThat(upgradedRows)
                .contains("🐶,狗,emoji", "亖,死,lookalike", "×,x,lookalike", "🦌,鹿,emoji")
                .doesNotContain("🦌,撸,emoji");
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(after.screen("骚母🐶，过来", MessageFlags.NONE).hits())
                .extracting(Hit::term)
                .contains("骚母狗");
        assertThat(after.screen("我家🐶今天打完疫苗了", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("有要自🦌的吗", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void migrate_rowsComplianceAlreadyWrote_areNotAddedTwice_andTheRestAre() {
        database.migrateTo("59");
        String cues = shippedWithout(CueKindsMigrationTest::addedByV60) + "\n赚,per";
        String characters = charactersWithoutV60() + "\n∨,u,lookalike";
        seed(cues);
        seed(VariantData.CHARACTERS, characters);

        database.migrateTo("latest");

        List<String> cueVersions = versions();
        assertThat(cueVersions).hasSize(2);
        assertThat(cueVersions.get(1).lines().filter(line -> line.equals("赚,per")))
                .hasSize(1);
        assertThat(Variants.compile(characters, cueVersions.get(1)).cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        assertThat(versions(VariantData.CHARACTERS)).containsExactly(characters);
    }

    @Test
    void migrate_filesThatHaveEveryV60RowAlready_areLeftAlone() {
        database.migrateTo("59");
        seed(VariantData.shipped(VariantData.CUES));
        seed(VariantData.CHARACTERS, VariantData.shipped(VariantData.CHARACTERS));

        database.migrateTo("latest");

        assertThat(versions()).hasSize(1);
        assertThat(versions(VariantData.CHARACTERS)).hasSize(1);
    }

    @Test
    void migrate_aCueFileWithoutTheV87Spellings_getsThem_andWhatTheyCatchIsCaught() {
        TextScreener after = upgradedFrom("86", CueKindsMigrationTest::addedByV87, "维信 abc12345");

        for (String offer : List.of("维信 abc12345", "wei信 abc12345", "鹅号 12345678", "qun号 12345678")) {
            assertThat(after.screen(offer, MessageFlags.NONE).hits())
                    .as(offer)
                    .anySatisfy(hit -> assertThat(hit.category()).isEqualTo(Category.CONTACT));
        }
        assertThat(detectors(after, "这款 99元 包邮，私聊客服下单")).doesNotContain("trade-solicitation");
    }

    private static final List<String> V88_CHARACTER_ROWS = List.of(
            "洞,0,numeral", "两,2,numeral", "拐,7,numeral", "勾,9,numeral", "＄,元,symbol", "$,元,symbol", "💲,元,emoji");

    @Test
    void migrate_aCharactersFileWithoutTheV88Rows_getsThem_soRadioDigitsAndADollarPriceAreCaught() {
        database.migrateTo("87");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V88_CHARACTER_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        for (String spam : List.of("加我 幺三八洞洞拐拐勾勾两两", "私聊 💲99")) {
            assertThat(before.screen(spam, MessageFlags.NONE).clean()).as(spam).isTrue();
        }

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V88_CHARACTER_ROWS);
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(after.screen("加我 幺三八洞洞拐拐勾勾两两", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("phone", "13800779922"));
        assertThat(detectors(after, "私聊 💲99")).contains("trade-solicitation");
        assertThat(after.screen("今天拐弯去洞庭湖", MessageFlags.NONE).clean()).isTrue();
    }

    private static final List<String> V89_CHARACTER_ROWS = List.of("窝,我,homophone", "莪,我,lookalike");

    @Test
    void migrate_aCharactersFileWithoutTheV89Rows_getsThem_soAnAccountAfter佳窝Or家莪IsCaught() {
        database.migrateTo("88");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V89_CHARACTER_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        for (String spam : List.of("佳窝 abc_123", "家莪 3179238")) {
            assertThat(before.screen(spam, MessageFlags.NONE).clean()).as(spam).isTrue();
        }

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V89_CHARACTER_ROWS);
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(after.screen("佳窝 abc_123", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("contact-id", "abc_123"));
        assertThat(after.screen("家莪 3179238", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("contact-number-by-sound", "3179238"));
    }

    @Test
    void migrate_aCharactersFileThatMaps窝ItsOwnWay_keepsThatMapping_andGets莪() {
        database.migrateTo("88");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                        .lines()
                        .filter(line -> !V89_CHARACTER_ROWS.contains(line))
                        .collect(Collectors.joining("\n"))
                + "\n窝,屋,homophone";
        seed(VariantData.CHARACTERS, characters);

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2);
        assertThat(characterVersions.get(1).lines())
                .contains("窝,屋,homophone", "莪,我,lookalike")
                .doesNotContain("窝,我,homophone");
    }

    private static boolean addedByV88(String line) {
        return (line.endsWith(",account") || line.endsWith(",deal")) && !addedByV101(line) && !addedByV133(line);
    }

    @Test
    void migrate_aCueFileWithoutTheAccountTradingKinds_getsTheirRows_andAccountTradingIsCaught() {
        TextScreener after = upgradedFrom("87", CueKindsMigrationTest::addedByV88, "出售 微信号 批发");

        assertThat(after.screen("出售 微信号 批发", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term)
                .contains(tuple("account-trade", "出售+微信号"));
        assertThat(detectors(after, "收购 QQ号")).contains("account-trade");
        assertThat(after.screen("我的微信号换了，大家重新加一下", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void migrate_aCueFileWhereComplianceAlreadyWroteADealRow_getsOnlyTheOthers() {
        database.migrateTo("87");
        String cues = shippedWithout(line -> addedByV88(line) && !line.equals("出,deal"));
        seed(cues);

        database.migrateTo("latest");

        List<String> cueVersions = versions();
        assertThat(cueVersions).hasSize(2);
        assertThat(cueVersions.get(1).lines().filter("出,deal"::equals)).hasSize(1);
        assertThat(Variants.compile(VariantData.shipped(VariantData.CHARACTERS), cueVersions.get(1))
                        .cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
    }

    private static boolean addedByV90(String line) {
        return line.endsWith(",deal-filler")
                || List.of("出去,everyday", "出来,everyday", "出门,everyday").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV90Rows_getsThem_soAQuantityBeforeAnAccountIsPassedOver_and出去IsEveryday() {
        String ride = "回家我出去一下，带你去吃饭";

        TextScreener after = upgradedFrom("89", CueKindsMigrationTest::addedByV90, before -> {
            assertThat(before.screen("大量收购各类QQ号", MessageFlags.NONE).clean()).isTrue();
            assertThat(detectors(before, ride)).contains("trade-solicitation");
        });

        assertThat(after.screen("大量收购各类QQ号", MessageFlags.NONE).hits())
                .extracting(Hit::detector, Hit::term, Hit::matchedOriginal)
                .contains(tuple("account-trade", "收购+qq号", "收购各类QQ号"));
        assertThat(after.screen(ride, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("批发水果，微信号发你", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV94(String line) {
        return List.of("一个,per", "出评,task").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV94Rows_getsThem_soAGigWithItsRateIsCaught() {
        TextScreener after = upgradedFrom("92", CueKindsMigrationTest::addedByV94, before -> {
            for (String spam : List.of("抖音发作品80一个", "稳定出评4.8一单")) {
                assertThat(before.screen(spam, MessageFlags.NONE).clean())
                        .as(spam)
                        .isTrue();
            }
        });

        assertThat(detectors(after, "抖音发作品80一个")).contains("paid-task");
        assertThat(detectors(after, "稳定出评4.8一单")).contains("paid-task");
        assertThat(after.screen("这件外套一个180，抖音同款", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV96(String line) {
        return List.of("半小时,per-hour", "u,price-unit").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV96Rows_getsThem_soAHalfHourOrUsdtRateIsCaught() {
        TextScreener after = upgradedFrom("95", CueKindsMigrationTest::addedByV96, before -> {
            for (String spam : List.of("接单吗488半小时", "来人150u小时")) {
                assertThat(before.screen(spam, MessageFlags.NONE).clean())
                        .as(spam)
                        .isTrue();
            }
        });

        assertThat(detectors(after, "接单吗488半小时")).contains("pay-rate");
        assertThat(detectors(after, "来人150u小时")).contains("pay-rate");
        assertThat(after.screen("充电宝2元半小时，欢迎来借", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV99(String line) {
        return line.endsWith(",read-back") && !addedByV102(line) && !addedByV117(line)
                || List.of("妈妈的,everyday", "网堵塞,everyday", "电话联系我们,everyday", "收银,everyday")
                        .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV99Rows_getsThem_soATermInsideAnEverydayPhraseOrANumberReadBackIsNone() {
        TextScreener after = upgradedClearing("98", CueKindsMigrationTest::addedByV99, "妈妈的手艺，家常菜", "lexicon");

        for (String clean : List.of("空调过滤网堵塞了", "有问题请电话联系我们", "有事找我，我在收银台")) {
            assertThat(after.screen(clean, MessageFlags.NONE).clean()).as(clean).isTrue();
        }
        assertThat(detectors(after, "妈的，滚")).contains("lexicon");
        assertThat(after.screen("好的，您的联系电话是13800138000", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(detectors(after, "这是我的联系电话，13800138000")).contains("phone");
    }

    private static boolean addedByV100(String line) {
        return List.of(
                                ",return-per-year",
                                ",return-per-month",
                                ",return-per-day",
                                ",return",
                                ",return-promise",
                                ",hostage",
                                ",ransom")
                        .stream()
                        .anyMatch(line::endsWith)
                && !addedByV105(line)
                && !addedByV111(line)
                && !addedByV118(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV100Rows_getsThem_soAPromisedReturnAndARansomDemandAreCaught() {
        String pitch = "预计年化收益率可以达到百分之二十以上";
        String ransom = "你的孩子现在在我们手上，不要报警，否则后果自负";
        TextScreener after = upgradedFrom("99", CueKindsMigrationTest::addedByV100, before -> {
            for (String spam : List.of(pitch, ransom)) {
                assertThat(before.screen(spam, MessageFlags.NONE).clean())
                        .as(spam)
                        .isTrue();
            }
        });

        assertThat(detectors(after, pitch)).contains("promised-return");
        assertThat(detectors(after, ransom)).contains("ransom");
        assertThat(after.screen("我行定期存款年化收益3.5%，欢迎咨询", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(after.screen("钥匙在我手上，晚点给你", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV101(String line) {
        return line.endsWith(",task-need")
                || line.endsWith(",task-offer") && !addedByV127(line)
                || List.of("游戏账号,account", "游戏号,account").contains(line)
                || List.of("发文件", "需要拉新", "要不要拉新", "在做兼职", "做过兼职", "做了兼职").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV101Rows_getsThem_soATaskPutOnOfferIsCaught() {
        TextScreener after = upgradedFrom("100", CueKindsMigrationTest::addedByV101, before -> {
            for (String spam : List.of("需要代发/比心", "我有一个绿色的代发", "高价收购游戏账号")) {
                assertThat(before.screen(spam, MessageFlags.NONE).clean())
                        .as(spam)
                        .isTrue();
            }
        });

        assertThat(detectors(after, "需要代发/比心")).contains("gig-offer");
        assertThat(detectors(after, "我有一个绿色的代发")).contains("gig-offer");
        for (String clean : List.of("我们仓库支持一件代发，需要的话告诉我", "这个券需要拉新三个人才能领吗", "我在做兼职")) {
            assertThat(after.screen(clean, MessageFlags.NONE).clean()).as(clean).isTrue();
        }
        assertThat(detectors(after, "高价收购游戏账号")).contains("account-trade");
    }

    private static boolean addedByV103(String line) {
        return List.of("扫雷,game", "福彩体彩,everyday", "体彩福彩,everyday").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV103Rows_getsThem_soAGamblingMenuIsCaughtAndTheLotteriesStayClean() {
        TextScreener after = upgradedFrom("101", CueKindsMigrationTest::addedByV103, "玩儿接龙，扫雷的加我");

        assertThat(detectors(after, "玩儿接龙，扫雷的加我")).contains("gambling-invite");
        assertThat(detectors(after, "金花三公牛牛")).contains("gambling-invite");
        assertThat(after.screen("福彩体彩都买了几注", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV104(String line) {
        return List.of("prize-won", "prize", "prize-ask", "reader-account", "account-alert", "verify-ask")
                        .contains(line.substring(line.lastIndexOf(',') + 1))
                && !addedByV105(line)
                && !addedByV106(line)
                && !addedByV111(line);
    }

    private static boolean addedByV105(String line) {
        return List.of(
                                "被人绑架", "不明分子绑架", "遭到了绑架", "遭到绑架", "被绑匪", "坏人扣留", "坏人扣押", "坏人扣着", "坏人控制", "坏人抓走",
                                "混混抓走", "混混给抓走", "被几个人抓走", "我们暂时扣留", "人带走了", "给带走了")
                        .stream()
                        .anyMatch(cue -> line.equals(cue + ",hostage"))
                || List.of(
                                "对他不利", "对她不利", "对你儿子不利", "对您儿子不利", "有生命危险", "保证他的安全", "确保他的安全", "保证他们的安全", "确保他们的安全",
                                "让他受到伤害", "按照我说的做", "按照我说的去做", "放了他")
                        .stream()
                        .anyMatch(cue -> line.equals(cue + ",ransom"))
                || List.of("没有生命危险", "不会有生命危险", "无生命危险", "脱离生命危险").stream()
                        .anyMatch(cue -> line.equals(cue + ",everyday"))
                || List.of("您的包裹", "你的包裹", "您有一个包裹", "您的一个包裹").stream()
                        .anyMatch(cue -> line.equals(cue + ",reader-account"))
                || List.of("违禁品", "违禁物品", "可疑物品").stream().anyMatch(cue -> line.equals(cue + ",account-alert"))
                || List.of("配合调查", "配合我们调查", "配合我们进行调查").stream().anyMatch(cue -> line.equals(cue + ",verify-ask"))
                || List.of("非常高", "相当高", "极高", "相当可观", "非常可观", "十分可观", "远超").stream()
                        .anyMatch(cue -> line.equals(cue + ",return-high"))
                || List.of("投资项目", "投资机会", "投资计划").stream().anyMatch(cue -> line.equals(cue + ",investment-pitch"));
    }

    @Test
    void migrate_aCueFileWithoutTheV105Rows_getsThem_soKidnappingParcelAndInvestmentScriptsAreCaught() {
        String kidnap = "我们暂时扣留了你儿子，要你马上准备一笔钱";
        String parcel = "这里是快递客服，您的包裹里发现了违禁品，需要您配合调查";
        String pitch = "我们有个新的投资项目，回报率非常高，您有兴趣吗";
        TextScreener after = upgradedFrom("104", CueKindsMigrationTest::addedByV105, before -> {
            assertThat(detectors(before, kidnap)).doesNotContain("ransom");
            assertThat(detectors(before, parcel)).doesNotContain("account-alert");
            assertThat(detectors(before, pitch)).doesNotContain("promised-return");
        });

        assertThat(detectors(after, kidnap)).contains("ransom");
        assertThat(detectors(after, parcel)).contains("account-alert");
        assertThat(detectors(after, pitch)).contains("promised-return");
        assertThat(after.screen("我买的基金今年收益非常高，开心", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("病情已经控制住了，没有生命危险，大家放心", MessageFlags.NONE).clean())
                .isTrue();
    }

    @Test
    void migrate_aCueFileWithoutTheV104Rows_getsThem_soPrizeScamsAndAccountAlertsAreCaught() {
        String scam = "恭喜你被抽中一等奖，领取请加客服";
        TextScreener after = upgradedFrom(
                "103",
                CueKindsMigrationTest::addedByV104,
                before -> assertThat(detectors(before, scam)).doesNotContain("prize-claim"));

        assertThat(detectors(after, scam)).contains("prize-claim");
        assertThat(detectors(after, "恭喜你中了一等奖，周末来店里领")).doesNotContain("prize-claim");
        assertThat(detectors(after, "您的银行卡可能涉及一笔异常交易，需要您配合我们进行核实")).contains("account-alert");
    }

    private static boolean addedByV106(String line) {
        return List.of("邮政", "信息安全中心", "信息管理中心").stream().anyMatch(cue -> line.equals(cue + ",authority"))
                || List.of(
                                "交易密码",
                                "银行卡密码",
                                "账号和密码",
                                "屏幕共享",
                                "共享屏幕",
                                "后三位安全码",
                                "背面的安全码",
                                "身份证后四位",
                                "身份证后六位",
                                "身份证的后四位",
                                "银行卡后四位",
                                "银行卡的最后四位",
                                "信用卡后四位",
                                "信用卡的最后四位",
                                "卡号后四位")
                        .stream()
                        .anyMatch(cue -> line.equals(cue + ",fraud-ask"))
                || List.of("存在安全风险", "存在安全问题", "非法访问", "可疑的操作", "可疑操作", "异常消费").stream()
                        .anyMatch(cue -> line.equals(cue + ",account-alert"))
                || List.of("身份核实", "账户核对", "配合验证").stream().anyMatch(cue -> line.equals(cue + ",verify-ask"))
                || line.endsWith(",prize-caller")
                || List.of("是真的吗", "真的假的", "是诈骗吗", "是骗人的吗").stream()
                        .anyMatch(cue -> line.equals(cue + ",fraud-warning"));
    }

    @Test
    void migrate_aCueFileWithoutTheV106Rows_getsThem_soFakeServiceAgentsAreCaught() {
        String screenShare = "这里是某宝客服，退款需要您打开屏幕共享，我来指导您操作";
        String risk = "您的账户存在安全风险，需要您配合我们进行安全验证";
        String lottery = "这里是国家彩票中心，恭喜您中了本期的一等奖";
        TextScreener after = upgradedFrom("105", CueKindsMigrationTest::addedByV106, before -> {
            assertThat(detectors(before, screenShare)).doesNotContain("impersonation");
            assertThat(detectors(before, risk)).doesNotContain("account-alert");
            assertThat(detectors(before, lottery)).doesNotContain("prize-claim");
        });

        assertThat(detectors(after, screenShare)).contains("impersonation");
        assertThat(detectors(after, risk)).contains("account-alert");
        assertThat(detectors(after, lottery)).contains("prize-claim");
        assertThat(detectors(after, "有人打电话说：" + risk + "，是真的吗")).doesNotContain("account-alert");
        assertThat(detectors(after, "我是客服，退款已原路返回，请注意查收")).doesNotContain("impersonation");
        assertThat(detectors(after, "您的账户存在安全风险，请在官方App里修改密码")).doesNotContain("account-alert");
    }

    private static boolean addedByV107(String line) {
        return line.endsWith(",closing-ask") && !addedByV133(line)
                || List.of(
                                "转让,trade",
                                "便宜出,trade",
                                "代购,trade",
                                "折,price-unit",
                                "原价,per",
                                "现价,per",
                                "特价,per",
                                "售价,per",
                                "一盒,per",
                                "一套,per",
                                "一件,per",
                                "一瓶,per",
                                "抖音号,contact",
                                "快手号,contact",
                                "小红书号,contact",
                                "dy号,contact",
                                "ks号,contact")
                        .contains(line)
                || List.of(
                                "自私", "无私", "隐私", "走私", "公私", "营私", "徇私", "我找我", "我加我", "有人加我", "有人找我", "不看征信吗",
                                "不看征信的吗", "说不看征信")
                        .stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV107Rows_getsThem_soAPrivateSaleIsCaughtAndASpenderIsNot() {
        String closing = "转让健身卡，还有10个月，便宜出，私";
        String discount = "全场5折，私我";
        String spender = "我找我妈要了80元";
        TextScreener after = upgradedFrom("104", CueKindsMigrationTest::addedByV107, before -> {
            assertThat(before.screen(closing, MessageFlags.NONE).clean()).isTrue();
            assertThat(before.screen(discount, MessageFlags.NONE).clean()).isTrue();
            assertThat(detectors(before, spender)).contains("trade-solicitation");
            assertThat(before.screen("抖音号：xiaomei520", MessageFlags.NONE).clean())
                    .isTrue();
        });

        assertThat(detectors(after, closing)).contains("trade-solicitation");
        assertThat(detectors(after, discount)).contains("trade-solicitation");
        assertThat(after.screen(spender, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("出了名的自私", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "抖音号：xiaomei520")).contains("contact-id");
    }

    private static boolean addedByV108(String line) {
        return List.of("加我一个", "加我一份", "加我两个", "加我两份").stream().anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV108Rows_getsThem_soAGroupBuySignUpIsNoPrivateChatAsk() {
        String signUp = "也加我一个，两箱，一共120元";
        TextScreener after = upgradedClearing("107", CueKindsMigrationTest::addedByV108, signUp, "trade-solicitation");

        assertThat(after.screen("接龙加我一份，25元一斤", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "加我，一单50元")).contains("trade-solicitation");
    }

    private static boolean addedByV109(String line) {
        return List.of("带娃", "带孩子", "带宝宝", "带小孩").stream().anyMatch(phrase -> line.equals(phrase + ",everyday"))
                || List.of("在家就能", "在家就可以", "在家就行", "在家可做", "在家也能", "手机就能", "手机就可以", "有手机就").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",pay-offer"))
                || List.of("给你", "可达", "高达", "能拿", "可以拿", "能赚", "可以赚", "搞个").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",pay-filler"))
                || List.of("月工资,per-month", "月综合工资,per-month").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV109Rows_getsThem_soAMotherTalkingOfHerHusbandsPayIsNoPayRate() {
        String mother = "宝妈在家带娃，老公一个月两万";
        TextScreener after = upgradedClearing("108", CueKindsMigrationTest::addedByV109, mother, "pay-rate");

        assertThat(detectors(after, "宝妈在家带娃一天轻松500，想做的来")).contains("pay-rate");
        assertThat(detectors(after, "一小时500，轻松简单在家就能")).contains("pay-rate");
        assertThat(detectors(after, "一个月给你三万，来不来")).contains("pay-rate");
    }

    private static boolean addedByV110(String line) {
        return line.endsWith(",at-reader") && !addedByV120(line)
                || line.endsWith(",insult") && !addedByV120(line) && !addedByV126(line)
                || line.endsWith(",sex-role")
                || line.endsWith(",sex-ask")
                || line.endsWith(",lewd") && !addedByV114(line)
                || line.endsWith(",lewd-target") && !addedByV114(line)
                || List.of(
                                "垃圾桶", "垃圾袋", "垃圾箱", "垃圾站", "垃圾车", "垃圾场", "垃圾分类", "垃圾回收", "垃圾邮件", "垃圾短信", "垃圾食品", "垃圾费",
                                "废物利用", "废物回收", "废物处理", "羊杂碎", "牛杂碎", "杂碎汤", "蠢萌", "蠢蠢欲动", "拉屎", "铲屎", "狗屎运", "屎壳郎",
                                "眼屎", "鼻屎", "耳屎", "小丑鱼", "孤儿院", "你是说", "你个人", "你个子", "垃圾放", "垃圾扔", "垃圾分", "垃圾倒", "垃圾堆",
                                "垃圾收", "垃圾清运", "垃圾属于", "垃圾是干", "垃圾是湿", "垃圾怎么", "垃圾几点", "垃圾什么时候", "垃圾要分", "屎黄色", "小丑面具",
                                "废物箱", "瑟瑟发抖", "秋风瑟瑟", "瑟瑟秋风", "风瑟瑟", "青涩涩", "羞涩涩", "苦涩涩")
                        .stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV110Rows_getsThem_soAnInsultAtTheReaderAndASexualAskAreCaught() {
        String insult = "看见你这种杂碎就烦";
        String ask = "找个女dom，同城";
        TextScreener after = upgradedFrom("108", CueKindsMigrationTest::addedByV110, before -> {
            assertThat(detectors(before, insult)).doesNotContain("reader-insult");
            assertThat(detectors(before, ask)).doesNotContain("sexual-ask");
        });

        assertThat(detectors(after, insult)).contains("reader-insult");
        assertThat(detectors(after, ask)).contains("sexual-ask");
        assertThat(after.screen("你这种垃圾袋在哪买的", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("你是说垃圾没人收吗", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV111(String line) {
        return List.of("被我们扣了", "被我们扣住", "陌生男子带走", "不明身份的人扣").stream().anyMatch(cue -> line.equals(cue + ",hostage"))
                || List.of("配合我们的工作").stream().anyMatch(cue -> line.equals(cue + ",ransom"))
                || line.endsWith(",with-caller")
                || List.of("核实身份", "进一步核实", "您的信用记录").stream().anyMatch(cue -> line.equals(cue + ",verify-ask"));
    }

    @Test
    void migrate_aCueFileWithoutTheV111Rows_getsThem_soMoreKidnappingAndParcelScriptsAreCaught() {
        String held = "你侄子被我们扣了，拿一笔钱来领人";
        String police = "这里是公安局，您的家人被不明分子绑架了，需要您立即配合我们的工作";
        String parcel = "您的包裹里查出了违禁品，需要您配合处理，否则会影响您的信用记录";
        String withCaller = "我是他同学，老张的儿子现在在我这里，您能尽快打一笔钱过来吗";
        TextScreener after = upgradedFrom("110", CueKindsMigrationTest::addedByV111, before -> {
            assertThat(detectors(before, held)).doesNotContain("ransom");
            assertThat(detectors(before, police)).doesNotContain("ransom");
            assertThat(detectors(before, parcel)).doesNotContain("account-alert");
            assertThat(detectors(before, withCaller)).doesNotContain("ransom");
        });

        assertThat(detectors(after, held)).contains("ransom");
        assertThat(detectors(after, police)).contains("ransom");
        assertThat(detectors(after, parcel)).contains("account-alert");
        assertThat(detectors(after, withCaller)).contains("ransom");
        assertThat(detectors(after, "我是王老师，你女儿现在在我这里上课，这个月学费记得转账")).doesNotContain("ransom");
        assertThat(detectors(after, "您的包裹里有打火机，属于违禁品，已退回")).doesNotContain("account-alert");
        assertThat(after.screen("物业通知：请大家配合我们的工作，垃圾分类投放", MessageFlags.NONE).clean())
                .isTrue();
    }

    private static final List<String> V112_WARNINGS = List.of(
            "刷单是违法", "刷单是诈骗", "刷单是骗", "刷单都是骗", "刷单诈骗", "不要刷单", "别信刷单", "警惕刷单", "谨防刷单", "小心刷单", "兼职都是骗", "兼职是骗", "兼职诈骗",
            "警惕兼职", "谨防兼职", "小心兼职", "兼职做家教", "兼职家教", "有人加我好友", "陌生人加我好友", "别人加我好友");

    private static boolean addedByV112(String line) {
        return line.endsWith(",bet-pitch") && !addedByV116(line) && !addedByV127(line)
                || List.of("棋牌,game", "对赌,game", "pg,game", "棋牌室,everyday", "对赌协议,everyday")
                        .contains(line)
                || List.of("发个视频", "发一个视频", "发个作品", "发一个作品").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",member-action"))
                || line.endsWith(",everyday") && (line.contains("稳赚") || line.equals("牛牛,everyday"))
                || V112_WARNINGS.stream().anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV112Rows_getsThem_soAGameWithAPlatformsPitchIsCaught() {
        String pitch = "牌九带单，跟着走就行";
        String game = "可当面对赌，需要的私我";
        String gig = "帮抖音发一个视频，做不做";
        TextScreener after = upgradedFrom("111", CueKindsMigrationTest::addedByV112, before -> {
            assertThat(detectors(before, pitch)).doesNotContain("gambling-invite");
            assertThat(detectors(before, game)).doesNotContain("gambling-invite");
            assertThat(detectors(before, gig)).doesNotContain("gig-offer");
        });

        assertThat(detectors(after, pitch)).contains("gambling-invite");
        assertThat(detectors(after, game)).contains("gambling-invite");
        assertThat(detectors(after, gig)).contains("gig-offer");
        assertThat(after.screen("我爸天天泡在棋牌室，有事找我", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("这张图是jpg格式，想要的来拿", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我家狗狗叫牛牛，谁家的猫走丢了联系我", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(after.screen("买体彩哪有稳赚的", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV114(String line) {
        return List.of(
                        "ss,lewd",
                        "资源,lewd-target",
                        "网站,lewd-target",
                        "网址,lewd-target",
                        "游戏,lewd-target",
                        "主播,lewd-target",
                        "美女,lewd-target",
                        "帅哥,lewd-target",
                        "ss级,everyday")
                .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV114Rows_getsThem_soLettersForALewdWordAndMoreOfWhatItIsPutOnAreCaught() {
        String letters = "想找个ss的男朋友";
        String resources = "有没有瑟瑟的资源";
        TextScreener after = upgradedFrom("113", CueKindsMigrationTest::addedByV114, before -> {
            assertThat(detectors(before, letters)).doesNotContain("lewd-target");
            assertThat(detectors(before, resources)).doesNotContain("lewd-target");
        });

        assertThat(detectors(after, letters)).contains("lewd-target");
        assertThat(detectors(after, resources)).contains("lewd-target");
        assertThat(after.screen("抽到ss级美女角色了", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("boss的男朋友来了", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("冷得瑟瑟发抖的游戏主播", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void migrate_aCharactersFileWithoutTheV112Row_getsIt_soAGameSpeltWithTwoOxenMatchesItsTerms() {
        database.migrateTo("110");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !line.equals("牪,牛牛,lookalike"))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(terms(before, "牪金花三公，随时开")).doesNotContain("牛牛金花");

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).contains("牪,牛牛,lookalike");
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(terms(after, "牪金花三公，随时开")).contains("牛牛金花");
    }

    private static boolean addedByV116(String line) {
        return List.of("首冲", "存", "冲", "送", "宋", "赠", "得").stream().anyMatch(word -> line.equals(word + ",bet-pitch"))
                || List.of("一月,per-month", "钻,not-money", "金币,not-money", "点券,not-money", "加班,everyday")
                        .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV116Rows_getsThem_soADepositBonusAndAMonthsPayAreCaught() {
        String bonus = "新人存100送38，加我";
        String month = "加，一月一万";
        String overtime = "我老公一个月一万五，天天加班";
        TextScreener after = upgradedFrom("114", CueKindsMigrationTest::addedByV116, before -> {
            assertThat(detectors(before, bonus)).doesNotContain("deposit-bonus");
            assertThat(detectors(before, month)).doesNotContain("pay-rate");
            assertThat(detectors(before, overtime)).contains("pay-rate");
        });

        assertThat(detectors(after, bonus)).contains("deposit-bonus");
        assertThat(detectors(after, month)).contains("pay-rate");
        assertThat(after.screen(overtime, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("会员充500送50", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("游戏冲100送100钻", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("五朵金花送给你", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV113(String line) {
        return line.equals("陪聊,pay-offer");
    }

    @Test
    void migrate_aCueFileWithoutTheV113Rows_getsThem_soAChatJobsRateIsCaught() {
        String chatJob = "做陪聊吗，三百一个小时";
        TextScreener after = upgradedFrom(
                "112",
                CueKindsMigrationTest::addedByV113,
                before -> assertThat(detectors(before, chatJob)).doesNotContain("pay-rate"));

        assertThat(detectors(after, chatJob)).contains("pay-rate");
        assertThat(after.screen("大家注意：先交押金的兼职都是骗子", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我兼职做家教一小时100", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "招聘兼职店员，日结")).contains("lexicon");
    }

    private static boolean addedByV115(String line) {
        return line.equals("千粉,member-action");
    }

    @Test
    void migrate_aCueFileWithoutTheV115Rows_getsThem_soAPlatformsFollowersSoldAtARateAreCaught() {
        String followers = "抖音千粉号一个50";
        TextScreener after = upgradedFrom(
                "114",
                CueKindsMigrationTest::addedByV115,
                before -> assertThat(detectors(before, followers)).doesNotContain("gig-offer"));

        assertThat(detectors(after, followers)).contains("gig-offer");
        assertThat(after.screen("我抖音千粉了，开心", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV102(String line) {
        return List.of(
                                "司机电话", "司机的电话", "师傅电话", "师傅的电话", "骑手电话", "骑手的电话", "配送员电话", "配送员的电话", "快递员电话", "快递员的电话",
                                "会通过电话", "将通过电话", "稍后通过电话")
                        .stream()
                        .anyMatch(phrase -> line.equals(phrase + ",read-back"))
                || line.endsWith(",reader-details")
                || List.of("可以点击链接,everyday", "转账速度,everyday").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV102Rows_getsThem_soANumberAServiceReadsOutOrBackIsNone() {
        String driver = "车牌号是京A12345，司机电话是13800138000";
        String callBack = "我们将通过电话13812345678与您保持联系";
        String details = "您的订单已确认，联系电话为13812345678";
        String shop = "如果您决定购买，可以点击链接下单";
        TextScreener after = upgradedFrom("101", CueKindsMigrationTest::addedByV102, before -> {
            assertThat(detectors(before, driver)).contains("phone");
            assertThat(detectors(before, callBack)).contains("phone");
            assertThat(detectors(before, details)).contains("phone");
            assertThat(detectors(before, shop)).contains("lexicon");
        });

        assertThat(after.screen(driver, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(callBack, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(details, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(shop, MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "有意者联系13800138000")).contains("phone");
    }

    private static final List<String> V94_CHARACTER_ROWS = List.of("🐮,牛,emoji", "🐂,牛,emoji");

    @Test
    void migrate_aCharactersFileWithoutTheV94Rows_getsThem_soAGameSpeltWithAnOxEmojiIsCaught() {
        database.migrateTo("92");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V94_CHARACTER_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(before.screen("斗🐮 想玩的来", MessageFlags.NONE).clean()).isTrue();

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V94_CHARACTER_ROWS);
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(detectors(after, "斗🐮 想玩的来")).contains("gambling-invite");
        assertThat(after.screen("这波操作太🐮了，想玩的来", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void migrate_anEmptyDatabase_leavesTheCueFileToTheShippedSeed() {
        database.migrateTo("latest");

        assertThat(versions()).isEmpty();
    }

    private static boolean addedByV117(String line) {
        return List.of(
                                "确认信息到",
                                "确认信息发送到",
                                "您提供的手机号",
                                "您提供的手机号码",
                                "您提供的电话",
                                "您提供的电话号码",
                                "您提供的联系电话",
                                "您提供的号码",
                                "您的微信号",
                                "联系您",
                                "与您联系",
                                "与您确认",
                                "和您联系",
                                "和您确认")
                        .stream()
                        .anyMatch(phrase -> line.equals(phrase + ",read-back"))
                || List.of("为您处理费用", "帮您处理费用", "不要点击链接", "别点击链接", "请勿点击链接", "切勿点击链接", "您的项目", "你的项目").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV117Rows_getsThem_soWhereAServiceReachesTheCustomerIsNone() {
        String callsOn = "工作人员明天会通过13900001111联系您";
        String wechat = "电子发票已经发到您的微信号 lin_88523，请查收";
        String warning = "收到陌生短信千万不要点击链接";
        TextScreener after = upgradedFrom("116", CueKindsMigrationTest::addedByV117, before -> {
            assertThat(detectors(before, callsOn)).contains("phone");
            assertThat(detectors(before, wechat)).contains("wechat-id");
            assertThat(detectors(before, warning)).contains("lexicon");
        });

        assertThat(after.screen(callsOn, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(wechat, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(warning, MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "有意者请通过13900001111联系我们")).contains("phone");
        assertThat(detectors(after, "领取补贴请点击链接")).contains("lexicon");
    }

    private static boolean addedByV118(String line) {
        return line.endsWith(",capture")
                || line.endsWith(",plain-money")
                || line.endsWith(",demand")
                || line.endsWith(",kin")
                || List.of("后果不堪设想", "对他下手", "对她下手", "伤害他", "伤害她").stream()
                        .anyMatch(phrase -> line.equals(phrase + ",ransom"))
                || line.equals("伤害他人,everyday");
    }

    @Test
    void migrate_aCueFileWithoutTheV118Rows_getsThem_soAPassiveClaimIsARansomAndMoneyAloneNeedsSomeoneNamed() {
        String passive = "他被一些不良分子控制了，他们要求支付一笔钱才能放人";
        String threat = "你儿子被几个混混绑架了，不然就要对他下手";
        String sugar = "血糖终于被控制住了，花了一笔钱看病";
        TextScreener after = upgradedFrom("117", CueKindsMigrationTest::addedByV118, before -> {
            assertThat(detectors(before, passive)).doesNotContain("ransom");
            assertThat(detectors(before, threat)).doesNotContain("ransom");
            assertThat(detectors(before, sugar)).contains("ransom");
        });

        assertThat(detectors(after, passive)).contains("ransom");
        assertThat(detectors(after, threat)).contains("ransom");
        assertThat(after.screen(sugar, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("快递被人带走了，退款转账给你", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "喂，你侄子被我们扣了，想要人就拿五万现金来")).contains("ransom");
    }

    /** The rows of the V119 block of the shipped cue file (its own kinds, and the everyday phrases it lists). */
    private static boolean addedByV119(String line) {
        return (line.endsWith(",sex-object") || line.endsWith(",object-ask")) && !addedByV125(line)
                || V119_EVERYDAY.contains(line);
    }

    private static final List<String> V119_EVERYDAY = Stream.of(
                    "来找我家", "出自录音", "出自录像", "出自录影", "出自录取", "出自录制", "辉煌片", "敦煌片", "聊色号", "聊色彩", "聊色系", "聊色调", "聊色差",
                    "聊色素", "卡泡水", "卡泡汤", "卡泡沫", "卡泡泡", "卡泡面")
            .map(phrase -> phrase + ",everyday")
            .toList();

    @Test
    void migrate_aCueFileWithoutTheV119Rows_getsThem_soASexualObjectAskedToMakeContactIsCaught() {
        String daddy = "小母狗自己加爸爸";
        String chat = "母狗来聊";
        TextScreener after = upgradedFrom("118", CueKindsMigrationTest::addedByV119, before -> {
            assertThat(detectors(before, daddy)).doesNotContain("sex-object");
            assertThat(detectors(before, chat)).doesNotContain("sex-object");
        });

        assertThat(detectors(after, daddy)).contains("sex-object");
        assertThat(detectors(after, chat)).contains("sex-object");
        assertThat(after.screen("我家母狗生了一窝小狗", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("邻居家的母狗来找我家狗玩", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("还剩一只小母狗，要的私我", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我是中文爱好者，平时聊色号", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("这段话出自录音，银行卡泡水了", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV120(String line) {
        return List.of("你是不是,at-reader").contains(line)
                || line.endsWith(",curse-verb")
                || line.endsWith(",reader-mother") && !addedByV126(line)
                || List.of("贱", "货色", "野种", "怂逼", "穷逼", "若智", "没教养").stream()
                        .anyMatch(insult -> line.equals(insult + ",insult"))
                || List.of(
                                "贱卖", "贱价", "货色泽", "野种子", "若智能", "脑残粉", "我装你妈", "假装你妈", "你是不是把", "你是不是被", "你是不是在",
                                "你是不是给", "你是不是去")
                        .stream()
                        .anyMatch(phrase -> line.equals(phrase + ",everyday"));
    }

    @Test
    void migrate_aCueFileWithoutTheV120Rows_getsThem_soInsultsInSlangAndCursesOnTheReadersMotherAreCaught() {
        String cheap = "你是不是贱啊，天天来找骂";
        String sort = "就你这种货色也配说话";
        String mother = "装你妈呢，谁信";
        TextScreener after = upgradedFrom("119", CueKindsMigrationTest::addedByV120, before -> {
            assertThat(detectors(before, cheap)).doesNotContain("reader-insult");
            assertThat(detectors(before, sort)).doesNotContain("reader-insult");
            assertThat(detectors(before, mother)).doesNotContain("reader-insult");
        });

        assertThat(detectors(after, cheap)).contains("reader-insult");
        assertThat(detectors(after, sort)).contains("reader-insult");
        assertThat(detectors(after, mother)).contains("reader-insult");
        assertThat(after.screen("你妈呢？怎么没来接你", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我装你妈呢，你装宝宝", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("你是不是贱卖了？这么便宜", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("你这种货色泽不错，多少钱一斤", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我就是个穷逼，买不起", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("我是他的脑残粉，演唱会必去", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("你是不是把垃圾带下去了", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "看见你这种杂碎就烦")).contains("reader-insult");
    }

    private static boolean addedByV121(String line) {
        return List.of("美元,price-unit", "人民币,price-unit").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV121Rows_getsThem_soAFortuneInDollarsIsAPrizeClaim() {
        String prize = "恭喜你！你赢得了我们本周的超级大奖，奖金高达100万美元";
        TextScreener after = upgradedFrom(
                "120",
                CueKindsMigrationTest::addedByV121,
                before -> assertThat(detectors(before, prize)).doesNotContain("prize-claim"));

        assertThat(detectors(after, prize)).contains("prize-claim");
        assertThat(after.screen("恭喜你中了一等奖，奖金500元，周末来店里领", MessageFlags.NONE).clean())
                .isTrue();
    }

    /** The rows of the shipped cue file's V122 block, from its header to the next migration's. */
    private static boolean addedByV122(String line) {
        String[] block = VariantData.shipped(VariantData.CUES).split("# Money pitches \\(migration V122\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V123\\)", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    @Test
    void migrate_aCueFileWithoutTheV122Rows_getsThem_soFreeCoachesAndRatesWithNoDepositAreCaught() {
        String coach = "免费带，想了解的私我";
        String rate = "一小时300，不押，随时结";
        String denied = "来吧，一个小时500，不需要任何费用";
        TextScreener after = upgradedFrom("121", CueKindsMigrationTest::addedByV122, before -> {
            assertThat(detectors(before, coach)).doesNotContain("trade-solicitation");
            assertThat(detectors(before, rate)).doesNotContain("pay-rate");
            assertThat(detectors(before, denied)).doesNotContain("pay-rate");
        });

        assertThat(detectors(after, coach)).contains("trade-solicitation");
        assertThat(detectors(after, rate)).contains("pay-rate");
        assertThat(detectors(after, denied)).contains("pay-rate");
        assertThat(after.screen("周末亲子活动，免费带娃体验，需要的私我", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(after.screen("整租一个月一万二，不用押金", MessageFlags.NONE).clean()).isTrue();
    }

    private static boolean addedByV123(String line) {
        return line.endsWith(",with-me");
    }

    @Test
    void migrate_aCueFileWithoutTheV123Rows_getsThem_soTheReadersRelativeWithACallerIsAClaim() {
        String father = "我是你爸爸的朋友老李，你爸爸现在在我这里，你得马上汇一笔钱过来";
        TextScreener after = upgradedFrom(
                "122",
                CueKindsMigrationTest::addedByV123,
                before -> assertThat(detectors(before, father)).doesNotContain("ransom"));

        assertThat(detectors(after, father)).contains("ransom");
        assertThat(after.screen("我是他同事，他现在在我这里喝多了，车费给现金", MessageFlags.NONE).clean())
                .isTrue();
    }

    private static boolean addedByV124(String line) {
        return List.of(
                        "别碰网贷,everyday",
                        "不要碰网贷,everyday",
                        "远离网贷,everyday",
                        "银行卡出租是违法,everyday",
                        "出租银行卡是违法,everyday",
                        "出租银行卡违法,everyday",
                        "银行卡出租违法,everyday",
                        "不要出租银行卡,everyday",
                        "别出租银行卡,everyday",
                        "出租银行卡是犯罪,everyday",
                        "元话费,not-money",
                        "元流量,not-money")
                .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV124Rows_getsThem_soAWarningAndACarriersTopUpAreNone() {
        String warning = "银行卡出租是违法的，大家别上当";
        String carrier = "存100送38元话费，移动营业厅活动";
        TextScreener after = upgradedFrom("123", CueKindsMigrationTest::addedByV124, before -> {
            assertThat(before.screen(warning, MessageFlags.NONE).clean()).isFalse();
            assertThat(detectors(before, carrier)).contains("deposit-bonus");
        });

        assertThat(after.screen(warning, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen(carrier, MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "出租银行卡，日赚500")).contains("lexicon");
        assertThat(detectors(after, "存100送38，新人首存福利")).contains("deposit-bonus");
    }

    /** The rows of the V125 block of the shipped cue file (lewd asks, round 4). */
    private static boolean addedByV125(String line) {
        return line.endsWith(",pet")
                || List.of("亩狗,sex-object", "姆狗,sex-object").contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV125Rows_getsThem_soASpeltOutSexualObjectIsCaught_andADogSellerIsNot() {
        String spelt = "亩🐶加我";
        String seller = "出售柯基小母狗加我微信";
        TextScreener after = upgradedFrom("124", CueKindsMigrationTest::addedByV125, before -> {
            assertThat(detectors(before, spelt)).doesNotContain("sex-object");
            assertThat(detectors(before, seller)).contains("sex-object");
        });

        assertThat(detectors(after, seller)).doesNotContain("sex-object");
        assertThat(detectors(after, spelt)).contains("sex-object");
        assertThat(detectors(after, "姆🐶自己加爸爸")).contains("sex-object");
        assertThat(after.screen("出售柯基小母狗，加我微信", MessageFlags.NONE).hits())
                .noneMatch(h -> h.category() == Category.PORN);
    }

    /** The rows of the shipped cue file's V126 block, from its header to the next migration's or the end. */
    private static boolean addedByV126(String line) {
        String[] block = VariantData.shipped(VariantData.CUES).split("brain and upbringing \\(migration V126\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    /** The rows of the shipped cue file's V128 block, from its header to the next migration's or the end. */
    private static boolean addedByV128(String line) {
        String[] block =
                VariantData.shipped(VariantData.CUES).split("# Money pitches in slang \\(migration V128\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V1", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    @Test
    void migrate_aCueFileWithoutTheV126Rows_getsThem_soInsultsOnTheReadersBrainAndUpbringingAreCaught() {
        String brain = "你是不是脑子有问题，天天发这种";
        String upbringing = "你真没家教，谁教你这么说话的";
        String father = "你吊你爹呢，天天挂人";
        TextScreener after = upgradedFrom("125", CueKindsMigrationTest::addedByV126, before -> {
            assertThat(detectors(before, brain)).doesNotContain("reader-insult");
            assertThat(detectors(before, upbringing)).doesNotContain("reader-insult");
            assertThat(detectors(before, father)).doesNotContain("reader-insult");
        });

        assertThat(detectors(after, brain)).contains("reader-insult");
        assertThat(detectors(after, upbringing)).contains("reader-insult");
        assertThat(detectors(after, father)).contains("reader-insult");
        assertThat(after.screen("我装你爹呢，你装宝宝", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("孩子没家教怎么办，说了也不听", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("这道题要动脑子，宝宝脑子转得快", MessageFlags.NONE).clean()).isTrue();
    }

    private static final List<String> V126_CHARACTER_ROWS = List.of("🐴,马,emoji", "🐎,马,emoji");

    @Test
    void migrate_aCharactersFileWithoutTheV126Rows_getsThem_soACurseSpeltWithAHorseEmojiIsCaught() {
        database.migrateTo("125");
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V126_CHARACTER_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        String cues = VariantData.shipped(VariantData.CUES);
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        assertThat(detectors(before, "处你🐎呢，天天在这处")).doesNotContain("reader-insult");

        database.migrateTo("latest");

        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V126_CHARACTER_ROWS);
        assertThat(versions()).containsExactly(cues);
        TextScreener after =
                new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characterVersions.get(1), cues)));
        assertThat(detectors(after, "处你🐎呢，天天在这处")).contains("reader-insult");
        assertThat(after.screen("我🐴上到，先🐴住", MessageFlags.NONE).clean()).isTrue();
    }

    private static final List<String> V128_CHARACTER_ROWS = List.of("硪,我,lookalike", "🧱,砖,emoji");

    @Test
    void migrate_filesWithoutTheV128Rows_getThem_soMoneyPitchesInSlangAreCaught() {
        database.migrateTo("127");
        String cues = shippedWithout(CueKindsMigrationTest::addedByV128);
        String characters = VariantData.shipped(VariantData.CHARACTERS)
                .lines()
                .filter(line -> !V128_CHARACTER_ROWS.contains(line))
                .collect(Collectors.joining("\n"));
        seed(cues);
        seed(VariantData.CHARACTERS, characters);
        String sideJob = "副邺，每天三四百";
        String shrug = "一小时六百懂的了";
        String brick = "居家的活了解一下，日🧱一百到五百";
        String free = "面废带，想转米的加我";
        TextScreener before = new TextScreener(Lexicon.of(ShippedLexicon.all(), Variants.compile(characters, cues)));
        for (String pitch : List.of(sideJob, shrug, brick, free)) {
            assertThat(before.screen(pitch, MessageFlags.NONE).clean())
                    .as(pitch)
                    .isTrue();
        }

        database.migrateTo("latest");

        List<String> cueVersions = versions();
        List<String> characterVersions = versions(VariantData.CHARACTERS);
        assertThat(cueVersions).hasSize(2).startsWith(cues);
        assertThat(characterVersions).hasSize(2).startsWith(characters);
        assertThat(characterVersions.get(1).lines()).containsAll(V128_CHARACTER_ROWS);
        Variants upgraded = Variants.compile(characterVersions.get(1), cueVersions.get(1));
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
        TextScreener after = new TextScreener(Lexicon.of(ShippedLexicon.all(), upgraded));
        assertThat(detectors(after, sideJob)).contains("pay-rate");
        assertThat(detectors(after, shrug)).contains("pay-rate");
        assertThat(detectors(after, brick)).contains("pay-rate");
        assertThat(detectors(after, free)).contains("trade-solicitation");
        assertThat(after.screen("我老公一个月两万，你懂的了吧", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("家里无米可做饭了，找我借点", MessageFlags.NONE).clean()).isTrue();
    }

    /** The rows of the V127 block of the shipped cue file (gambling invitations and gig ads). */
    private static boolean addedByV127(String line) {
        return List.of(
                        "立结,gig-ask",
                        "日结,gig-ask",
                        "秒结,gig-ask",
                        "现结,gig-ask",
                        "感兴趣吗,task-offer",
                        "有兴趣吗,task-offer",
                        "ks,platform",
                        "xhs,platform",
                        "注册,sign-up",
                        "注册就,sign-up",
                        "注册即,sign-up",
                        "松,bet-pitch",
                        "一丹,per")
                .contains(line);
    }

    @Test
    void migrate_aCueFileWithoutTheV127Rows_getsThem_soAPlatformsGigWithAPayoutIsCaught() {
        String payout = "小红薯评论，立结";
        String interest = "小红书发文感兴趣吗";
        String shortName = "ks评论，做吗";
        String signUp = "注册就送50找我拿";
        TextScreener after = upgradedFrom("126", CueKindsMigrationTest::addedByV127, before -> {
            for (String spam : List.of(payout, interest, shortName)) {
                assertThat(detectors(before, spam)).as(spam).doesNotContain("gig-offer");
            }
            assertThat(detectors(before, signUp)).doesNotContain("deposit-bonus");
        });

        assertThat(detectors(after, signUp)).contains("deposit-bonus");
        assertThat(after.screen("新用户注册送28元券，下单再减5元", MessageFlags.NONE).clean()).isTrue();

        for (String spam : List.of(payout, interest, shortName)) {
            assertThat(detectors(after, spam)).as(spam).contains("gig-offer");
        }
        for (String clean : List.of("帮我拼多多助力一下，谢谢", "我抖音点赞了，你对这个活动感兴趣吗", "评论区见")) {
            assertThat(after.screen(clean, MessageFlags.NONE).clean()).as(clean).isTrue();
        }
    }

    /** The rows of the shipped cue file's V129 block, from its header to the next migration's. */
    private static boolean addedByV129(String line) {
        String[] block = VariantData.shipped(VariantData.CUES)
                .split("# Everyday words that hold a listed term \\(migration V129\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V1", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    /** The rows of the shipped cue file's V130 block, from its header to the end of the file. */
    private static boolean addedByV130(String line) {
        String[] block = VariantData.shipped(VariantData.CUES)
                .split("# Warnings against a listed trade \\(migration V130\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V1", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    private static boolean addedByV131(String line) {
        String[] block = VariantData.shipped(VariantData.CUES)
                .split("# A customer's own number, given for an order \\(migration V131\\)", 2);
        return block.length == 2
                && block[1].split("\\(migration V1", 2)[0]
                        .lines()
                        .anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    private static boolean addedByV133(String line) {
        String[] block = VariantData.shipped(VariantData.CUES).split("\\(migration V133\\)", 2);
        return block.length == 2 && block[1].lines().anyMatch(row -> !row.startsWith("#") && row.equals(line));
    }

    @Test
    void migrate_aCueFileWithoutTheV129Rows_getsThem_soEverydayWordsHoldingATermAreClean() {
        String notice = "以下注意事项请大家仔细阅读";
        String handOver = "快递放门口交给保安就行";
        String price = "这一套现在多少钱";
        TextScreener after = upgradedFrom("128", CueKindsMigrationTest::addedByV129, before -> {
            for (String everyday : List.of(notice, handOver, price)) {
                assertThat(before.screen(everyday, MessageFlags.NONE).clean())
                        .as(everyday)
                        .isFalse();
            }
        });

        for (String everyday : List.of(notice, handOver, price)) {
            assertThat(after.screen(everyday, MessageFlags.NONE).clean())
                    .as(everyday)
                    .isTrue();
        }
        assertThat(detectors(after, "信用卡套现，秒到账")).contains("lexicon");
        assertThat(detectors(after, "欢迎下注，赔率最高")).contains("lexicon");
    }

    @Test
    void migrate_aCueFileWithoutTheV130Rows_getsThem_soAMemberWarningOfAListedTradeIsClean() {
        String loans = "网贷千万别碰，我表哥就是被套路了";
        String butchering = "杀猪盘都是骗局，别理那种人";
        TextScreener after = upgradedClearing("129", CueKindsMigrationTest::addedByV130, loans, "lexicon");

        assertThat(after.screen(butchering, MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("有人加我说可以免费领手机，真的假的", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("有人私聊我让我加他微信领红包，大家别信", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(detectors(after, "网贷秒批！别上当了就来找我们")).contains("lexicon");
        assertThat(detectors(after, "您好，我是您的银行客服，最近诈骗很多，您别上当。请把钱转账到安全账户")).contains("impersonation");
    }

    @Test
    void migrate_aCueFileWithoutTheV131Rows_getsThem_soACustomersOwnNumberForAnOrderIsClean() {
        String address = "我手机号13812345678，麻烦帮我改下地址";
        TextScreener after = upgradedClearing("130", CueKindsMigrationTest::addedByV131, address, "phone");

        assertThat(after.screen("客服你好，我的联系电话13812345678，快递一直没到", MessageFlags.NONE)
                        .clean())
                .isTrue();
        assertThat(detectors(after, "我手机号13812345678，有需要联系我")).contains("phone");
        assertThat(detectors(after, "我的电话13812345678，新店开业欢迎光临")).contains("phone");
        assertThat(detectors(after, "您好，您的快递丢失了，可以办理退款，我的电话13812345678")).contains("phone");
    }

    @Test
    void migrate_aCueFileWithoutTheV133Rows_getsThem_soACustomersOwnWeChatIdIsCleanAndDodgedTradeWordsAreCaught() {
        String invoice = "我微信号abc123，帮我开下发票";
        TextScreener after = upgradedClearing("132", CueKindsMigrationTest::addedByV133, invoice, "wechat-id");

        assertThat(after.screen("我要退货，微信联系不上客服", MessageFlags.NONE).clean()).isTrue();
        assertThat(after.screen("如果您决定购买，请联系我", MessageFlags.NONE).clean()).isTrue();
        assertThat(detectors(after, "沟买会员找我 私聊")).contains("trade-solicitation");
        assertThat(detectors(after, "出受微信号")).contains("account-trade");
        assertThat(detectors(after, "我的微信号abc123，退款请加")).contains("wechat-id");
        assertThat(detectors(after, "需要开发票吗，我的微信abc123")).contains("wechat-id");
        assertThat(detectors(after, "扩列 1234567890")).contains("contact-number");
        assertThat(detectors(after, "出王者号，全皮肤")).contains("account-trade");
    }
}
