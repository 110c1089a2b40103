package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gambling platform's deposit bonus (博彩: 存100送38, 冲I00宋I00) and a month's pay offered with an ask
 * (欺诈: 加，一月一万), as ChineseHarm-Bench's dev half writes them (issue 17), and the everyday
 * promotions, top-ups, pay talk and games among friends that share their words and must stay clean.
 */
class DepositBonusAndIncomeClaimsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "新人首充100送100，需要的私我|首充100+送100",
                "存200送88，平台大额无忧|存200+送88",
                "冲I00宋I00，上分快|冲i00+宋i00",
                "首冲5oo宋5oo|冲5oo+宋5oo",
                "存1千送3百，加我|存1千+送3百",
                "冲100立得388|冲100+得388",
                "首充100元送100元|首充100+送100",
                "今晚1b宋1b，3b宋3b|1b+宋1b",
                "5oo送5oo，速来|5oo+送5oo",
            })
    void screen_aDepositWithABonusOfAtLeastAQuarter_isADepositBonus(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("deposit-bonus", term, Category.GAMBLING, Severity.MEDIUM));
        assertThat(outcomes(text)).isNotEmpty().doesNotContain("REMOVE_MEMBER");
    }

    /**
     * A shop's own promotions, a phone top-up and a bank's gift: 充 is no pitch word, a gift far below
     * the deposit is no casino's bonus, and a count after an amount (步, 箱, a game's 钻) is no money.
     * A bonus without its deposit word counts only after an amount written to slip past a filter (1b),
     * so 满100送50 and 100送100 are a shop's.
     * A pitch word of one character (送, 冲) near a game is no invitation either.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "存100送38元话费，移动营业厅活动",
                "冲一百送一百的活动是真的吗，感觉像骗子",
                "充值100送20元优惠券",
                "会员充500送50",
                "话费充100送100，划算",
                "满100送10",
                "买一送一，首单立减",
                "话费充100送了5块流量",
                "银行新客户存5万送200元",
                "游戏冲100送100钻",
                "今天冲2000步送10元",
                "存2箱送1箱，要的来",
                "孩子玩棋牌游戏偷偷冲了500",
                "冲100分送你礼物",
                "我得100分送给老师",
                "五朵金花送给你",
                "今晚打麻将三缺一",
                "满100送50",
                "100送100，划算",
                "2b铅笔送2b橡皮",
                "昨晚欧冠那场球太精彩了，买了两注体彩",
            })
    void screen_everydayPromotionsTopUpsAndGames_areClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "加，一月一万|1月1万",
                "一月两万，有意私|1月2万",
            })
    void screen_aMonthsPayWithAnAsk_isAPayRate(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("pay-rate", term, Category.SCAM));
    }

    /**
     * People talking about their own pay, and dates: 加班 is an everyday phrase, so its 加 offers
     * nothing; a date never follows 一月 with ten thousand yuan.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "我一个月工资才五千",
                "我老公日入过百都算好的了",
                "我老公一个月一万五，天天加班",
                "我一月一万五，还得加班",
                "一月一日元旦快乐，来我家吃饭",
                "宝宝一月一个样，加油",
            })
    void screen_payTalkAndDates_areClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    /** 兼职 stays a SCAM term (README), so this member is warned for it, but no pay rate is read. */
    @ParameterizedTest
    @ValueSource(strings = {"兼职一小时二十块太少了"})
    void screen_aLowHourlyPayComplainedOf_isNoPayRate(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("pay-rate"));
    }
}
