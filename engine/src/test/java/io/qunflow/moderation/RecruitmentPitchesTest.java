package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recruitment pitches of the pay-for-nothing jobs, read by the shape of the pitch rather than by
 * single phrases: a rate high for its period offered to whoever reads it (the pay-rate detector),
 * and the everyday lines about pay that mothers', pet owners', farmers' and shop groups write and
 * that must stay clean (issue 17): a 月嫂's salary, a shop's own job ad, a member's own wage, a
 * husband's pay mentioned while 带娃.
 */
class RecruitmentPitchesTest {

    private static void assertNoPayRate(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("pay-rate"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "月嫂一个月8000，有推荐的吗",
                "店里招收银员，月薪4500，有意者来店里面谈",
                "我一天200，够吃饭了",
                "请的月嫂一个月15000，宝妈们觉得值吗",
                "宝妈在家带娃，老公一个月两万",
                "我在家带孩子，老公一个月两万多，够花",
                "宝妈们，我家月嫂一个月一万二，带宝宝很细心",
                "孩子参加夏令营一天500，增加了不少见识",
                "那家店一天能拿货2000件",
                "我家猫一天吃2oo克",
                "手机就能查物流，一天300单都能发",
                "在家就能做的小零食，宝宝一天吃两个",
                "在家也能做的瑜伽，每天10分钟",
                "我家月嫂一个月可以拿一万五，宝妈们觉得贵吗",
                "我老公月工资一万二，一个月给你两千生活费够不够",
                "手机就可以缴电费，一个月300多",
                "这个月工资到账了，一万二",
                "今天10ok吗，一天300",
            })
    void screen_everydayTalkOfPay_isNoPayRate(String text) {
        assertNoPayRate(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the job pitched as done from home or on a phone is the offer
                "一小时500，轻松简单在家就能|1小时500",
                "在家可做，日入500|日入500",
                "手机就能做，一小时200|1小时200",
                // words a pitch writes between the period and the pay
                "一个月给你三万，来不来|1个月给你3万",
                "月薪可达2万，诚招客服|月薪可达2万",
                "月工资两万，有意私|月工资2万",
                // o written for a zero
                "每天7oo，有意私|每天7oo",
            })
    void screen_aRatePitchedToWhoeverReadsIt_isAPayRate(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("pay-rate", term, Category.SCAM));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the 带 of 带娃 offers nothing, but another offer word near the rate still does
                "宝妈在家带娃一天轻松500，想做的来|1天轻松500",
                // 加我一个 is a group-buy sign-up only where it does not run into the rate
                "加我 一个小时750|1个小时750",
            })
    void screen_aRateOfferedBesideAnEverydayPhrase_isStillAPayRate(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::detector, Hit::term).contains(tuple("pay-rate", term));
    }
}
