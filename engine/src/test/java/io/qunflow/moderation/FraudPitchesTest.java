package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fraud pitches as ChineseHarm-Bench's 欺诈 lines word them, written here in their style: a chat job's
 * hourly rate, prices spelt in Chinese numerals (两百块, 伍佰块), the slang of the
 * withdraw-any-time money apps (随时提米), the stock-manipulation and handwork recruiters; and the
 * everyday lines of shops, of members' own money and jobs, and of members warning against the scams,
 * which must stay clean.
 */
class FraudPitchesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "专业陪聊，500一小时|pay-rate",
                "陪聊一个小时两百|pay-rate",
                "要的找我，三百块一件|trade-solicitation",
                "私我，五百元一单|trade-solicitation",
                "要的私我，伍佰块一件|trade-solicitation",
                "随时提米，想做的速度|lexicon",
                "招聘操盘手，有意者了解一下|lexicon",
                "手工活外发，在家就能做|lexicon",
                "外发手工活，材料包邮到家|lexicon",
            })
    void screen_aFraudPitch_isCaught(String text, String detector) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::severity)
                .contains(tuple(detector, Severity.MEDIUM));
        assertThat(TestData.outcomes(text)).contains("WARN_MEMBER");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "退款会在1-3个工作日原路返回",
                "下单满200返20元优惠券",
                "会员积分可以抵现",
                "分期免息活动截止到月底",
                "我上个月贷款买了车",
                "理财收益不高",
                "兼职做家教一小时100",
                "大家注意：先交押金的兼职都是骗子",
                "网上那些兼职都是骗人的，别信",
                "每天牵狗出去走一小时，来回三公里",
                "佰草集的面霜用完了，一个月一瓶",
                "佰草集的面霜三百块，找客服问问有没有优惠",
                "我找我妈要了两百块",
                "这箱橙子两百块，比超市便宜",
                "我们店一个月卖了两百件",
                "老人陪聊服务一次多少钱",
                "孩子从学校拿手工活回家做",
                "随时提醒我，一天三次",
                "操盘手这部电影好看吗",
            })
    void screen_everydayShopAndMoneyTalk_staysClean(String text) {
        assertThat(hits(text)).isEmpty();
        assertThat(TestData.outcomes(text)).doesNotContain("WARN_MEMBER", "REMOVE_MEMBER", "DELETE_MESSAGE");
    }
}
