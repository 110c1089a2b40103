package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Members warn each other of the trades the word lists name (网贷千万别碰, 征信修复是骗人的吧): a listed fraud,
 * scam or gambling term with a warning right beside it, in the same clause, is what the warning is about,
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
        assertThat(hits(text)).as(text).anySatisfy(h -> {
            assertThat(h.term()).isEqualTo(term);
            assertThat(h.detector()).isEqualTo("lexicon");
        });
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

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Only fraud, scam and gambling terms are warned of; an insult or a lewd ask is not.
                "别上当你个傻逼|ABUSE",
                "别信，加我微信看片|CONTACT",
            })
    void screen_aTermOfAnotherCategory_besideAWarning_stillCounts(String text, Category category) {
        assertThat(hits(text)).as(text).anySatisfy(h -> assertThat(h.category()).isEqualTo(category));
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
