package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Members warn each other of the trades the word lists name (网贷千万别碰, 征信修复是骗人的吧): a listed fraud,
 * scam, gambling or contact-ask term with a warning right beside it, in the same clause, is what the warning is about,
 * decided by the shipped word lists, cue words and {@code moderation.drl} for a plain member three days
 * in the group with a clean record. A warning written into an ad clears nothing else: the term in another
 * clause, a contact, a link and a pay rate still count.
 */
class WarnedTermsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "征信修复是骗人的吧",
                "网贷千万别碰，我表哥就是被套路了",
                "大家别信什么刷单返利，都是骗子",
                "千万不要信网上的刷单兼职",
                "杀猪盘都是骗局，别理那种人",
                "家里老人要当心被骗，套现这种事不要碰",
                "听说网贷是诈骗，真的假的",
                "小心被骗，刷单返利不要上当",
                "所谓稳赚不赔都是骗局",
                "小心，抖音点赞日结的都是骗子",
                "大家注意，网上那些刷单日结的兼职都是骗局",
            })
    void screen_aListedTradeTheMemberWarnsAgainst_isNoHit(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The warning is in another clause: the trade before it is still offered.
                "刷单返利，谨防骗子|刷单",
                "网贷秒批！别上当了就来找我们|网贷",
                // Too far from the warning to be what it is about.
                "别上当，我们这边正规网贷当天下款|网贷",
            })
    void screen_aListedTradeNotBesideTheWarning_stillCounts(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::detector, Hit::term).contains(tuple("lexicon", term));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "谨防骗子 刷单返利 加我vx abc12345|wechat-id",
                "别信别人的刷单，来这里 abc123.top|url",
                "别碰网贷，来我们这做兼职一小时300|pay-rate",
            })
    void screen_aWarningWrittenIntoAnAd_leavesItsOtherFindings(String text, String detector) {
        assertThat(hits(text)).as(text).anySatisfy(h -> assertThat(h.detector()).isEqualTo(detector));
        assertThat(outcomes(text)).as(text).isNotEmpty();
    }

    /** Only fraud, scam, gambling and contact-ask terms are warned of: an insult beside a warning still counts. */
    @ParameterizedTest
    @ValueSource(strings = {"别上当你个傻逼", "小心被骗，你个傻逼"})
    void screen_anInsultBesideAWarning_stillCounts(String text) {
        assertThat(hits(text)).as(text).anySatisfy(h -> assertThat(h.category()).isEqualTo(Category.ABUSE));
    }

    /**
     * Members report what reached them and ask whether it is real: who contacted them (有人私聊我, 让我加他) asks
     * nobody to, a contact ask beside a warning is what it warns of, and a question ending the message
     * (真的假的, 是骗人的吧, 靠谱吗) asks about the terms of its sentence. Asking the group for a side job offers none.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "有人私聊我让我加他微信领红包，大家别信",
                "群里有人冒充客服让加微信，是骗子",
                "刚才有人私信我说刷单返利，是骗人的吧",
                "有人加我说可以免费领手机，真的假的",
                "刷单兼职靠谱吗",
                "有什么副业推荐吗？宝妈在家带娃",
                "在家带孩子，我想找个兼职做",
            })
    void screen_aMemberReportingWhatReachedThem_isNoHit(String text) {
        assertThat(hits(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The question does not end the message: it asks nothing about the offer after it.
                "免费领手机，真的假的？加我vx abc12345|wechat-id",
                "是真的吗？网贷秒批，找我|lexicon",
            })
    void screen_aQuestionThatDoesNotEndTheMessage_clearsNothingAfterIt(String text, String detector) {
        assertThat(hits(text)).as(text).anySatisfy(h -> assertThat(h.detector()).isEqualTo(detector));
    }

    /**
     * A caller posing as a bank says 别上当 too; the term warnings stand no detector down, so the
     * impersonation is still found where the fraud-warning cues (防骗, 冒充) would have cleared it.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "您好，我是您的银行客服，最近诈骗很多，您别上当。为了您的资金安全，请把钱转账到安全账户",
                "这里是某某银行，您的账户有异常交易，不要上当受骗，请配合我们进行身份验证，需要您转账核实",
            })
    void screen_aBankImpersonationThatSaysDoNotBeFooled_isStillAnImpersonation(String text) {
        assertThat(hits(text)).as(text).isNotEmpty();
        assertThat(outcomes(text)).as(text).isNotEmpty();
    }
}
