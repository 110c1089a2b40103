package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money pitches in slang, as the ChineseHarm-Bench 欺诈 lines write them to slip past a filter (issue 17, round
 * 2): 副业 and 项目 spelt so only a pitch writes them (副邺, 富叶, 钼项), amounts in w and k counted as things (两个w),
 * 懂的了 after a rate, 🧱 for 赚, 米 for money after a verb of earning, a free coach spelt by sound (免米带, 面废带), and
 * private-chat asks written by sound or with a look-alike (私沃, si我, 丝❤硪); and the everyday lines of rice,
 * phones, steps, rides, loans and side jobs that must stay clean in shop and parents' groups.
 */
class MoneySlangPitchesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "副邺，每天三四百|每天34百",
                "靠谱富叶，一天五百，包教包会|1天5百",
                "付业来了，一个月两个w|1个月2个w",
                "新钼项，每天几个k|每天几个k",
                "一小时六百懂的了|1小时6百",
                "居家的活了解一下，日🧱一百到五百|日赚1百到5百",
                "一部手机在家就能做，月入几千上万|月入几千上万",
                "每天几百上千，有意私|每天几百上千",
                "跑腿的活，一趟三到五万，想上岸的莱|1趟3到5万",
            })
    void screen_aRateOfferedInSlang_isAPayRate(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("pay-rate", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "面废带，想转米的加我",
                "免霏带，有意的私我",
                "在家挣米，私我了解",
                "无米可做，想了解丝沃",
                "0投资，手机就能做，私我",
                "新项目上线，si我详聊",
                "一单五十，不嫌少的丝❤硪",
            })
    void screen_moneySlangNearAPrivateChatAsk_isATradeSolicitation(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).startsWith("trade-solicitation"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "最新股民料子，要的加|股民料子",
                "股票资配，需要的联系|股票资配",
            })
    void screen_aStockTipstersSlang_isAScamTerm(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("lexicon", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "股民朋友们今天亏了多少",
                "股票资金配置怎么做",
                "我是老股民了，料子都是自己选",
                "今天买了十斤大米",
                "小米手机好用吗",
                "一个月两万步，坚持就是胜利",
                "滴滴打车到了，下来吧",
                "我的征信有逾期怎么办",
                "炒股亏了，心疼",
                "大米小米都有，需要的私我",
                "收米了，今年价格一斤一块五",
                "每天跑几百米，来一起",
                "家里无米可做饭了，找我借点",
                "我老公一个月两万，你懂的了吧",
                "一天两个千纸鹤，来一起折",
                "每天吃两个kfc，来",
                "姐妹们，副叶子发黄了怎么办",
                "搞副业一天能赚300吗",
                "0投资0风险的都是骗子",
                "二手房怎么快速变现",
                "我家装修买了🧱，一天搬五百块",
                "孩子每天跑步两公里，来一起",
                "每天几千上万步，来一起走",
                "这款的莱卡面料，一天就能卖500件，来看看",
                "孩子每天几百上千字的作业，来看看",
            })
    void screen_everydayRiceStepsRidesAndSideJobs_areClean(String text) {
        assertThat(hits(text)).isEmpty();
    }
}
