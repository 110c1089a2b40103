package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fraud scripts as phone calls and group chats word them: a caller who says a relative is held and
 * asks for money or threatens them, a parcel said to hold contraband with the reader asked to help an
 * investigation, an investment pitched with its return called high; and the everyday lines about
 * arrests, hospitals, parcels and members' own funds that must stay clean.
 */
class FraudScriptsTest {

    private static void caughtBy(String text, String detector) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::category, Hit::severity)
                .contains(tuple(detector, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "喂，我是你儿子的同学，他放学路上被一帮人带走了，他们说要准备一笔钱才肯放人",
                "你女儿在外面得罪了人，被几个坏人扣着，马上汇款三万过来",
                "您弟弟被几个小混混抓走了，叫你赶紧打钱，晚了就来不及了",
                "你的孩子在我们手上，想让他平安回家就按照我说的做",
                "你老公被我们暂时扣留了，拿一笔钱来领人",
                "您家人遭到了绑架，对方说不交钱就有生命危险",
                "小王被一伙坏人控制了，要是报警就对他不利",
                "你侄子被人带走了，想保证他的安全就马上转账",
            })
    void screen_aRelativeSaidToBeHeldWithMoneyAskedOrAThreat_isARansom(String text) {
        caughtBy(text, "ransom");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我家猫把老鼠抓走了，哈哈",
                "病情已经控制住了，没有生命危险，谢谢大家关心",
                "手术很顺利，医生说已经脱离生命危险了，住院押金我明天去交现金",
                "我的快递被人带走了？门口的包裹不见了",
                "我的快递被人带走了，物业说要交一笔费用才能查监控",
                "小偷被警察抓走了，大家出门注意关好门窗",
                "孩子在我这里，放学我顺路带回去，你不用着急",
                "这部电影讲的是被绑匪追杀的故事，挺好看",
                "防骗提醒：有人打电话说你家人被人绑架了要转账，都是骗子",
            })
    void screen_everydayLinesAboutArrestsHospitalsAndChildren_areNoRansom(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "您好，这里是物流中心，您的包裹里查出了违禁品，需要您配合调查",
                "您有一个包裹被查出可疑物品，请配合我们进行调查，否则将影响您的征信",
                "您的包裹里发现违禁物品，请提供您的身份证号，我们需要进行核实",
            })
    void screen_contrabandInTheReadersParcelWithAnInvestigationAsked_isAnAccountAlert(String text) {
        caughtBy(text, "account-alert");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "您的包裹已到驿站，请凭取件码领取",
                "您的包裹里有打火机，属于违禁品，已退回，请留意",
                "违禁品不能寄哦，请配合调查问卷，谢谢",
                "你的包裹我帮你拿了，放在门卫那里",
                "寄快递前请看清违禁物品清单，您的包裹如有疑问请联系客服",
            })
    void screen_everydayParcelNotices_areNoAccountAlert(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("account-alert"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "王姐您好，我们公司最近有个投资项目，回报率非常高，名额有限，您有兴趣了解一下吗",
                "这是一个难得的投资机会，收益相当可观，而且几乎没有风险",
                "我们的投资计划收益远超银行定期，您考虑一下",
            })
    void screen_anInvestmentPitchedWithItsReturnCalledHigh_isAPromisedReturn(String text) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::category, Hit::severity)
                .contains(tuple("promised-return", Category.FRAUD, Severity.MEDIUM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我买的基金今年收益非常高，开心",
                "我行理财产品收益相当可观，欢迎到网点咨询",
                "这个投资项目风险很大，回报也不确定，大家谨慎",
                "宝宝的辅食营养价值非常高，投资项目什么的我不懂",
                "防骗提醒：说投资项目回报率非常高的都是骗子",
            })
    void screen_everydayTalkAboutReturns_isNoPromisedReturn(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("promised-return"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"宝妈在家带娃也能做，轻松月入过W", "期货开户，手续费低，高返佣当天到账"})
    void screen_aPitchThatNamesItself_isASCAMTerm(String text) {
        assertThat(hits(text)).as(text).anySatisfy(h -> assertThat(h.category()).isEqualTo(Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"胆子大的来挑战新主题密室", "周末亲子活动，免费带孩子体验陶艺", "考研上岸的学姐分享经验"})
    void screen_everydayInvitationsLeftOutOnPurpose_stayClean(String text) {
        assertThat(TestData.SCREENER.screen(text, MessageFlags.NONE).clean())
                .as(text)
                .isTrue();
    }

    /** A promised return whose period comes right before its rate is held to that period's threshold. */
    @ParameterizedTest
    @ValueSource(strings = {"我们这个项目收益率可以达到每月百分之八", "收益保证每天百分之一，稳稳的"})
    void screen_aPromisedReturnWithItsPeriodBeforeTheRate_isAPromisedReturn(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).isEqualTo("promised-return"));
    }

    /** A rate below the period's threshold (a deposit's or a money-market fund's) stays clean. */
    @ParameterizedTest
    @ValueSource(strings = {"这个理财收益能达到每月百分之一", "余额宝收益可以达到每天0.01%"})
    void screen_aModestRateWithItsPeriodBeforeIt_isNoPromisedReturn(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("promised-return"));
    }
}
