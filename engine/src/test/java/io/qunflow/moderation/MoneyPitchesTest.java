package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money pitches, as the ChineseHarm-Bench 欺诈 lines word them: pay rates offered with no deposit asked or a
 * denied fee, a coach who takes the reader along for free, whoever lacks money asked into a private chat,
 * bank cards and company accounts rented out; and the everyday talk of pay, cards, loans and outings that
 * must stay clean in shop and parents' groups (issue 17).
 */
class MoneyPitchesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一小时300，不押，随时结|1小时300",
                "每天八百 不用押 手机操作|每天8百",
                "一天一千五，不需要押金|1天1千",
                "一个月三万，你去不去|1个月3万",
                "一部手机就够，每天稳入五百|每天稳入5百",
                "每天保证一千，有意私|每天保证1千",
                "日保底2k，有兴趣的来|日保底2k",
                "来吧，一个小时500，不需要任何费用|小时500",
                "一趟六万，胆子大的来|1趟6万",
                "跑一趟小十万，有意私|1趟小十万",
                "一趟五到十五万，胆子大的来|1趟5到十5万",
                "一个月十五万，有意私|1个月十5万",
            })
    void screen_aRateOfferedWithNoDepositOrFee_isAPayRate(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("pay-rate", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "免费带，手机操作，一单五十",
                "免费带 每天日入三百",
                "加我，免费带，零投资",
                "免费带做，想了解的私我",
                "mf带，有意的加我",
                "缺钱的私我，当天到",
                "没钱的滴我，先给",
                "路子野，想了解的滴我",
                "我有路子，私我",
                "想赚大钱的私我",
                "加即富，不骗人",
            })
    void screen_aFreeCoachOrAMoneyAsk_isActedOn(String text) {
        assertThat(outcomes(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"农行银行卡出租，一天三千", "长期租用银行卡，私", "公司对公账户出租，价格好谈", "黑户可贷，当天下", "做苹果id贷的找我", "被骗了别急，加我免费帮你追回"})
    void screen_aRentedCardOrAccountOrALoanForAnyone_isFraud(String text) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::category, Hit::severity)
                .contains(tuple(Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一部手机每天300块？骗子吧",
                "银行卡出租是违法的，大家别上当",
                "缺钱的时候千万别碰网贷",
                "我一个月工资才五千",
                "银行卡丢了记得挂失",
                "信用卡还款日别忘了",
                "房贷利率降了",
                "公司对公账户付款需要发票吗",
                "带孩子去银行开户",
                "想赚钱就好好上班",
                "周末亲子活动，免费带娃体验，需要的私我",
                "免费带孩子体验陶艺，每人80元",
                "免费带你参观工厂，需要的加我",
                "免费带大家上分，想玩的加我",
                "整租一个月一万二，不用押金",
                "租车一天五百，不用押",
                "民宿一晚300，不需要任何费用",
                "排队十分钟才到我",
                "一分钟跳绳120个，来比赛",
                "跳绳一分钟180下，来挑战",
                "每天十五单，来",
                "一天二十五，来",
                "每天保证2000毫升，加油",
                "门票免费带一个家属，需要的私我",
                "缺钱的话跟我说，借你点",
                "没钱的别买这么贵的",
                "律师八百一个小时，太贵了",
                "一部手机一个月话费一百多",
                "我老公一天挣八百，累死了",
                "去一趟医院花了一万",
                "一趟下来一万多，来看看",
                "这孩子路子野，私下里挺乖",
                "想赚大钱就好好上班",
                "被骗的钱还能追回吗",
                "快递丢了，客服说会帮你追回，找我登记",
                "苹果id忘了密码怎么办",
                "带孩子出去玩一趟一万多，来回机票贵",
            })
    void screen_everydayPayCardsLoansAndOutings_stayClean(String text) {
        assertThat(outcomes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"兼职一小时二十块太少了"})
    void screen_theListedGigWord_stillWarns(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.term()).isEqualTo("兼职"));
    }
}
