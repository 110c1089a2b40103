package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextScreenerTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(TestData.lexiconEntries()));

    private static Screening screen(String text) {
        return SCREENER.screen(text, MessageFlags.NONE);
    }

    private static Hit only(Screening s, String detector) {
        List<Hit> hits =
                s.hits().stream().filter(h -> h.detector().equals(detector)).toList();
        assertThat(hits).as("%s hits in %s", detector, s).hasSize(1);
        return hits.get(0);
    }

    private static void assertOffsetsConsistent(String text, Screening s) {
        for (Hit h : s.hits()) {
            if (h.end() > h.start()) {
                assertThat(text.substring(h.start(), h.end())).isEqualTo(h.matchedOriginal());
            }
        }
    }

    // ------------------------------------------------------------ width and case

    @Test
    void screen_fullWidthVx_hitsContact() {
        String text = "有需要的ＶＸ我";
        Hit h = only(screen(text), "lexicon");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.term()).isEqualTo("vx");
        assertThat(h.matchedOriginal()).isEqualTo("ＶＸ");
        assertThat(h.matchedNormalized()).isEqualTo("vx");
        assertThat(h.start()).isEqualTo(4);
        assertThat(h.end()).isEqualTo(6);
    }

    @Test
    void screen_mixedCaseVx_hitsContact() {
        Hit h = only(screen("Vx我，价格美丽"), "lexicon");
        assertThat(h.matchedOriginal()).isEqualTo("Vx");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
    }

    // ------------------------------------------------------------ separators and zero-width

    @ParameterizedTest
    @ValueSource(strings = {"加 微 信", "加.微.信", "加\u200b微信", "加-微-信", "加_微_信", "加*微*信", "加🌹微🌹信", "加\u3000微\u3000信"})
    void screen_separatedJiaWeixin_hitsContactWithOriginalSpan(String evasion) {
        String text = "想要的" + evasion + "，发你图片";
        Screening s = screen(text);
        Hit h = only(s, "lexicon");
        assertThat(h.term()).isEqualTo("加微信");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedNormalized()).isEqualTo("加微信");
        assertThat(h.matchedOriginal()).isEqualTo(evasion);
        assertOffsetsConsistent(text, s);
    }

    // ------------------------------------------------------------ traditional

    @Test
    void screen_traditionalJianzhi_hitsScam() {
        Screening s = screen("學生兼職，日結");
        assertThat(s.hits()).extracting(Hit::category).containsOnly(Category.SCAM);
        Hit h = s.hits().get(0);
        assertThat(h.matchedOriginal()).isEqualTo("學生兼職");
        assertThat(h.matchedNormalized()).isEqualTo("学生兼职");
    }

    @Test
    void screen_traditionalGambling_hitsGambling() {
        Screening s = screen("賭博網站");
        assertThat(s.hits()).extracting(Hit::category).containsOnly(Category.GAMBLING);
        assertThat(s.hits().get(0).matchedOriginal()).isEqualTo("賭博");
    }

    // ------------------------------------------------------------ variants and homophones

    @ParameterizedTest
    @ValueSource(strings = {"加薇信", "加威信", "加徽信", "嘉微信", "伽薇信"})
    void screen_homophoneWeixin_hitsContact(String evasion) {
        Hit h = only(screen(evasion + "领红包"), "lexicon");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedOriginal()).isEqualTo(evasion);
        assertThat(h.matchedNormalized()).isEqualTo("加微信");
    }

    @ParameterizedTest
    @ValueSource(strings = {"V信", "加V", "+v", "嘉微", "伽薇"})
    void screen_shortVariant_hitsContact(String evasion) {
        Screening s = screen(evasion + "，优惠多多");
        assertThat(s.hits()).isNotEmpty();
        assertThat(s.hits()).extracting(Hit::category).contains(Category.CONTACT);
        assertThat(s.hits().get(0).matchedOriginal()).isEqualTo(evasion);
    }

    @Test
    void screen_jiaVInsideVip_clean() {
        assertThat(screen("参加VIP活动送赠品").clean()).isTrue();
        assertThat(screen("参加微博转发抽奖").clean()).isTrue();
    }

    // ------------------------------------------------------------ emoji and symbols

    @Test
    void screen_plusEmojiV_hitsContact() {
        Hit h = only(screen("➕V了解一下"), "lexicon");
        assertThat(h.term()).isEqualTo("加v");
        assertThat(h.matchedOriginal()).isEqualTo("➕V");
        assertThat(h.matchedNormalized()).isEqualTo("加v");
    }

    @Test
    void screen_forbiddenEmoji_hitsPornWithSurrogateSpan() {
        String text = "各种🈲片，懂的来";
        Hit h = only(screen(text), "lexicon");
        assertThat(h.category()).isEqualTo(Category.PORN);
        assertThat(h.severity()).isEqualTo(Severity.SEVERE);
        assertThat(h.matchedOriginal()).isEqualTo("🈲片");
        assertThat(h.matchedNormalized()).isEqualTo("禁片");
        assertThat(h.end() - h.start()).isEqualTo(3);
    }

    @Test
    void screen_phoneEmojiWithNumber_hitsPhone() {
        Hit h = only(screen("📞13800138000"), "phone");
        assertThat(h.matchedOriginal()).isEqualTo("13800138000");
    }

    @Test
    void screen_moneyEmoji_hitsScam() {
        Hit h = only(screen("在家赚💰，快来"), "lexicon");
        assertThat(h.matchedOriginal()).isEqualTo("在家赚💰");
        assertThat(h.matchedNormalized()).isEqualTo("在家赚钱");
        assertThat(h.category()).isEqualTo(Category.SCAM);
    }

    // ------------------------------------------------------------ phone numbers

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一三八零零一三八零零零",
                "壹叁捌零零壹叁捌零零零",
                "138 0013 8000",
                "138-0013-8000",
                "①③⑧⓪⓪①③⑧⓪⓪⓪",
                "１３８００１３８０００",
                "幺三八零零幺三八零零零",
                "1 3 8 0 0 1 3 8 0 0 0",
                "+86 13800138000"
            })
    void screen_disguisedPhone_hitsPhone(String phone) {
        String text = "联系我：" + phone + "，随时在";
        Screening s = screen(text);
        Hit h = only(s, "phone");
        assertThat(h.term()).isEqualTo("13800138000");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedOriginal()).isEqualTo(phone.replace("+", ""));
        assertOffsetsConsistent(text, s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¥199包邮",
                "3.5折太划算了",
                "订单号283947561029384756",
                "12:30开始直播",
                "2024-06-01 13:30发货",
                "库存还有100件",
                "取件码12-3-4567",
                "一共1356.8元",
                "单号SF1234567890123"
            })
    void screen_numbersInOrdinaryChat_clean(String text) {
        assertThat(screen(text).hits()).isEmpty();
    }

    // ------------------------------------------------------------ WeChat ids and QQ

    @Test
    void screen_vxWithId_hitsWechatId() {
        String text = "vx: abc_123 备注来意";
        Hit h = only(screen(text), "wechat-id");
        assertThat(h.term()).isEqualTo("abc_123");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedOriginal()).isEqualTo("vx: abc_123");
        assertThat(h.matchedNormalized()).isEqualTo("vxabc_123");
    }

    @Test
    void screen_jiaWoVWithSeparatorThenId_hitsContact() {
        Screening s = screen("加我V:zhangsan");
        assertThat(s.hits()).extracting(Hit::detector).contains("lexicon", "wechat-id");
        assertThat(only(s, "wechat-id").term()).isEqualTo("zhangsan");
        assertThat(only(s, "lexicon").matchedOriginal()).isEqualTo("加我V");
    }

    @Test
    void screen_weixinColonLetterId_hitsWechatId() {
        Hit h = only(screen("微信：zhangsan"), "wechat-id");
        assertThat(h.matchedOriginal()).isEqualTo("微信：zhangsan");
        assertThat(screen("微信的setting在哪").clean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "需要的找我 v：hb8888|hb8888",
                "V❤：abc123|abc123",
                "一天3.4佰。V：xcv734|xcv734",
                "牛牛跑的快+∨ wykg7788|wykg7788",
                "朋友圈不定时发 绿泡泡：QVQxiaoqiong|qvqxiaoqiong"
            })
    void screen_vOrItsLookAlikeOrSlangIntroducingAnId_hitsWechatId(String text, String id) {
        assertThat(screen(text).hits())
                .filteredOn(h -> h.detector().equals("wechat-id"))
                .extracting(Hit::term)
                .containsExactly(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"新买的vivoX100拍照很清楚", "vans2023新款到了吗", "我买的是v领毛衣，码数偏大", "v2版本更新了吗"})
    void screen_vStartingAWordOrBeforeNoId_clean(String text) {
        assertThat(screen(text).hits()).noneMatch(h -> h.detector().equals("wechat-id"));
    }

    @Test
    void screen_groupNumber_hitsQq() {
        Hit h = only(screen("加群号 123456789"), "qq");
        assertThat(h.term()).isEqualTo("123456789");
    }

    @Test
    void screen_weixinFollowedByVersion_clean() {
        assertThat(screen("微信update以后闪退").clean()).isTrue();
        assertThat(screen("我在微信上看到了你们的新品").clean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"薇❤信", "薇信找我", "微 信", "微.信聊", "薇♥信", "微\u200b信"})
    void screen_weixinPiecedTogether_hitsContactAsDisguised(String evasion) {
        Hit h = only(screen(evasion), "disguised");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedNormalized()).isEqualTo("微信");
        assertThat(evasion).contains(h.matchedOriginal());
    }

    @Test
    void screen_plainWeixinOrWeixinAsPrestige_clean() {
        assertThat(screen("他在公司里很有威信").clean()).isTrue();
        assertThat(screen("微信支付可以用吗").clean()).isTrue();
        assertThat(screen("微信").clean()).isTrue();
    }

    @Test
    void screen_vWo_hitsContact() {
        Hit h = only(screen("V我，细聊"), "lexicon");
        assertThat(h.category()).isEqualTo(Category.CONTACT);
        assertThat(h.matchedOriginal()).isEqualTo("V我");
    }

    @Test
    void screen_qqNumberAfterKouKou_hitsQq() {
        Hit h = only(screen("加我扣扣：12345678"), "qq");
        assertThat(h.term()).isEqualTo("12345678");
        assertThat(h.matchedOriginal()).isEqualTo("扣扣：12345678");
    }

    @Test
    void screen_qqWithoutNumber_clean() {
        assertThat(screen("QQ音乐会员能送吗").clean()).isTrue();
    }

    // ------------------------------------------------------------ URLs

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://bit.ly/3xYz9",
                "www.fuli88.com",
                "t.cn/RxYz12",
                "dwz.cn/abc123",
                "xx.com",
                "ｗｗｗ．ｙｙ８８．ｃｏｍ",
                "haohuo。cn"
            })
    void screen_url_hitsLink(String url) {
        String text = "福利在这 " + url + " 先到先得";
        Hit h = only(screen(text), "url");
        assertThat(h.category()).isEqualTo(Category.LINK);
        assertThat(h.matchedOriginal()).isEqualTo(url);
    }

    @Test
    void screen_shortLink_isHighSeverity() {
        Hit h = only(screen("戳 t.cn/A6abCd"), "url");
        assertThat(h.severity()).isEqualTo(Severity.HIGH);
        assertThat(h.matchedNormalized()).isEqualTo("t.cn/a6abcd");
    }

    @Test
    void screen_decimalsAndAbbreviations_noUrl() {
        assertThat(screen("版本是V2.0的吗，e.g. iPhone15.Pro").clean()).isTrue();
    }

    // ------------------------------------------------------------ flags and edge cases

    @Test
    void screen_miniProgramCardAndQr_hitsFlags() {
        Screening s = SCREENER.screen("", new MessageFlags(true, true, false, false));
        assertThat(s.hits()).extracting(Hit::detector).containsExactlyInAnyOrder("mini-program", "qr-image");
        assertThat(s.hits()).extracting(Hit::category).containsExactlyInAnyOrder(Category.LINK, Category.CONTACT);
    }

    @Test
    void screen_linkCardFlag_hitsUrl() {
        assertThat(SCREENER.screen("看看这个", new MessageFlags(false, false, true, false))
                        .hits())
                .extracting(Hit::detector)
                .containsExactly("url");
    }

    @Test
    void screen_contactCardFlag_isAContactAsAQrCodeIs() {
        Screening s = SCREENER.screen("", new MessageFlags(false, false, false, true));
        assertThat(s.hits()).extracting(Hit::detector).containsExactly("contact-card");
        assertThat(s.hits()).extracting(Hit::category).containsExactly(Category.CONTACT);
        assertThat(s.hits()).extracting(Hit::severity).containsExactly(Severity.HIGH);
    }

    @Test
    void screen_nullTextAndFlags_clean() {
        Screening s = SCREENER.screen(null, null);
        assertThat(s.clean()).isTrue();
        assertThat(s.normalized()).isEmpty();
    }

    @Test
    void screen_innocentChat_clean() {
        assertThat(screen("大家好😊，这件衣服有M码吗？微信支付可以吗").clean()).isTrue();
        assertThat(screen("隐私我们会保护好的").clean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "有人约泡吗|PORN",
                "收二手原味内衣，私我|PORN",
                "海角社区网址有吗|PORN",
                "来个色搭子|PORN",
                "你这种没浮木的东西|ABUSE",
                "官方你木琴呢|ABUSE",
                "死肥猪赶紧滚|ABUSE",
                "有娘生没娘养的玩意|ABUSE",
                "哭你浮木死了吗|ABUSE",
                "你装你大坝呢|ABUSE",
                "一群春竹队友|ABUSE",
                "又遇到你了，没父母的骗子|ABUSE",
                "海角破解版谁有|PORN",
                "听话不哦 可以涩涩吗|PORN",
                "无聊，聊色呗|PORN"
            })
    void screen_groupChatSlangForPornAndAbuse_hitsItsCategory(String text, Category category) {
        assertThat(screen(text).hits()).as(text).extracting(Hit::category).contains(category);
    }

    /** Words left out of the lists because everyday chat holds them: 做爱心, 天文爱好者, 水果照, 吃出原味. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "周末一起去做爱心义卖吧",
                "我是天文爱好者，也是散文爱好者",
                "发个水果照片给大家看看",
                "这样烤才能吃出原味",
                "包装好丑东西还碎了",
                "收藏的铸币到了",
                "皮肤保养要坚持",
                "冷得瑟瑟发抖",
                "三峡大坝真壮观",
                "狗狗脑子里想什么呢",
                "天涯海角都去过了",
                "这款茶喝起来涩涩的，我不喜欢涩涩的口感",
                "秋风瑟瑟，大家多穿点",
                "口红可以聊色号吗",
                "天文爱好者群"
            })
    void screen_everydayPhrasesNearPornOrAbuseWords_clean(String text) {
        assertThat(screen(text).hits()).as(text).isEmpty();
    }

    @Test
    void screen_solicitationPhrases_hitContact() {
        for (String t : List.of("加我微信", "加V", "私聊我")) {
            assertThat(screen(t).hits()).as(t).extracting(Hit::category).contains(Category.CONTACT);
        }
    }

    @Test
    void screen_normalized_isCanonicalForm() {
        assertThat(screen("Ａ B-c　兼職").normalized()).isEqualTo("abc兼职");
    }

    @Test
    void screen_concurrentCallers_sameResults() {
        List<String> lines = TestData.spam().stream().map(TestData.Spam::text).toList();
        List<Screening> sequential =
                lines.stream().map(TextScreenerTest::screen).toList();
        List<Screening> parallel = IntStream.range(0, lines.size())
                .parallel()
                .mapToObj(i -> screen(lines.get(i)))
                .toList();
        assertThat(parallel).isEqualTo(sequential);
    }
}
