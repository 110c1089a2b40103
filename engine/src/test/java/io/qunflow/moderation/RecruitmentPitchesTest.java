package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));

    private static List<Hit> hits(String text) {
        return SCREENER.screen(text, MessageFlags.NONE).hits();
    }

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
            })
    void screen_everydayTalkOfPay_isNoPayRate(String text) {
        assertNoPayRate(text);
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
        assertThat(hits(text)).anySatisfy(h -> {
            assertThat(h.detector()).isEqualTo("pay-rate");
            assertThat(h.term()).isEqualTo(term);
        });
    }
}
