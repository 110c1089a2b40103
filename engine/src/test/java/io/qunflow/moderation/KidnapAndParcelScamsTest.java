package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kidnapping calls (a caller who says the reader's relative is held by them, or by strangers, or is
 * with them now, with money asked, a threat made or the reader told to cooperate) as the TeleAntiFraud
 * calls word them,
 * contraband said to be found in the reader's parcel with their identity to be verified with the
 * caller or their credit record threatened, and the everyday lines of parents, couriers, shops and
 * members retelling the news that must stay clean.
 */
class KidnapAndParcelScamsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "喂，你侄子被我们扣了，想要人就拿五万现金来|被我们扣了+现金",
                "你老公欠了钱，人被我们扣住，今晚之前打钱，不许报警|被我们扣住+打钱",
                "你儿子放学路上被几个陌生男子带走了，他们说要一笔钱才肯放人|陌生男子带走+1笔钱",
                "您女儿被几个不明身份的人扣下了，对方要二十万，不然就对她不利|不明身份的人扣+对她不利",
                "这里是市公安局，您的家人刚刚遭到了绑架，现在需要您立即配合我们的工作|遭到了绑架+配合我们的工作",
            })
    void screen_aRelativeSaidToBeHeldWithMoneyAThreatOrCooperationAsked_isARansom(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("ransom", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "喂，我是他同学，您儿子现在在我这里，他出了点意外，您能尽快打一笔钱过来吗|儿子现在在我这里+1笔钱",
                "你好，我是派出所的，你儿子现在在我们这里，你必须按照我说的做|儿子现在在我们这里+按照我说的做",
                "这里是急救中心，你的家人现在在我们这里，赶紧准备一笔钱，否则无法保证他们的安全|家人现在在我们这里+1笔钱",
                "我是小刚的朋友，你儿子现在在我这里，不许报警，马上汇款五万|儿子现在在我这里+不许报警",
            })
    void screen_aCallerWhoSaysTheRelativeIsWithThemAndDemands_isARansom(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::detector, Hit::term).contains(tuple("ransom", term));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我是王老师，你女儿现在在我这里上课，这个月学费记得转账",
                "我是乐乐妈妈，你儿子现在在我这里玩，晚点送回去",
                "你儿子现在在我这里，准备一笔钱",
                "我是驿站老板，您的快递现在在我这里，取件请带现金付运费",
                "我是他同事，他现在在我这里喝多了，你来接一下，打车钱我转账给你",
                "我是他同事，他现在在我这里喝多了，车费给现金",
                "防骗提醒：有人自称是你儿子的同学，说你儿子现在在他那里，要你打一笔钱，是骗子",
            })
    void screen_aRelativeWithSomeoneWithoutACallersDemand_isNoRansom(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"喂，你侄子被我们扣了，想要人就拿五万现金来", "这里是市公安局，您的家人刚刚遭到了绑架，现在需要您立即配合我们的工作"})
    void decide_aKidnappingCall_removesTheMember(String text) {
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我儿子在医院打点滴，今天请假一天",
                "你儿子现在在我这里玩，晚点我送他回去",
                "你女儿现在在我这里上课，这个月学费记得转账哦",
                "您的快递到了，放门口了吗",
                "海关清关需要身份证信息，请在小程序上传",
                "提醒大家：最近有冒充绑匪的电话诈骗，不要转账",
                "嫌疑男子被警方带走了，大家出门注意财物安全",
                "货被海关的人扣押了，交了一笔钱才放行",
                "物业通知：请大家配合我们的工作，垃圾分类投放",
                "快递丢了，客服说会配合我们处理，转账赔偿",
                "我的车被我们小区保安扣了，交了现金才放出来",
                "小区里有不明身份的人发传单，大家别开门",
            })
    void screen_everydayLinesOfParentsCouriersShopsAndTheNews_areNoRansom(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "您好，我是物流中心的，您的包裹里发现违禁品，需要您配合处理，否则会影响您的信用记录|您的包裹里发现违禁品+您的信用记录",
                "您有一个包裹被查出可疑物品，请报一下您的全名和电话，以便核实身份|您有1个包裹被查出可疑物品+核实身份",
                "您的包裹中疑似含有违禁物品，请提供快递单号和手机号，以便我们进一步核实|您的包裹中疑似含有违禁物品+进1步核实",
            })
    void screen_contrabandInTheReadersParcelWithVerificationOrTheirCreditRecord_isAnAccountAlert(
            String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("account-alert", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "您的快递到了，放门口了吗",
                "您的包裹已到驿站，取件时请出示取件码，代取需核实身份",
                "您的包裹里有违禁品（锂电池），航空件无法寄递，已为您改走陆运",
                "寄快递前请看清违禁物品清单，进一步核实请联系官方客服",
                "您的信用卡账单已出，请按时还款，逾期会影响您的信用记录",
                "海关清关需要身份证信息，请在小程序上传，以便进一步核实",
                "防骗提醒：说您的包裹里有违禁品、要核实身份的电话都是骗子",
            })
    void screen_everydayParcelAndBankNotices_areNoAccountAlert(String text) {
        assertThat(hits(text))
                .as(text)
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("account-alert"));
    }

    /**
     * Someone said to be held in the passive, 被 and whoever holds them before a verb of holding
     * (被一些人扣押了, 被几个混混绑架了), with a threat, with money asked of the reader, or with money and the
     * reader's relative named.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他在外面跟人起了冲突，被几个人扣押了，对方说拿钱才放人|被几个人扣押+放人",
                "你表哥被一伙人绑架了，要是报警，后果不堪设想|被1伙人绑架+后果不堪设想",
                "您的女儿在车站被一群人控制了，现在马上汇款过来|被1群人控制+汇款",
                "小王被他们关起来了，他们要你先准备一笔钱|被他们关起来+1笔钱"
            })
    void screen_someoneSaidToBeHeldInThePassiveWithADemand_isARansom(String text, String term) {
        assertThat(hits(text))
                .filteredOn(h -> h.detector().equals("ransom"))
                .singleElement()
                .satisfies(h -> assertThat(h.term()).isEqualTo(term));
    }

    /**
     * The same verbs of holding in everyday lines (an illness or a cost brought under control, a thief or
     * a car taken away, wages withheld) with money near them that nobody demands of the reader: no ransom.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "血糖终于被控制住了，花了一笔钱看病",
                "疫情被控制住了，大家放心，一笔钱的事",
                "体重被控制在一百斤以内，奖励自己一笔钱",
                "快递被人带走了，退款转账给你",
                "我家狗被人带走了，谁看到了联系我，现金答谢",
                "小偷被警察带走了，损失的一笔钱能追回来吗",
                "车被交警扣押了，交了一笔钱才放行",
                "他被公司扣押了工资，老板要求我们转账交押金",
                "公司要控制成本，报销统一走转账",
                "不要伤害他人，有事好好说"
            })
    void screen_verbsOfHoldingInEverydayLinesWithMoneyNobodyDemands_areNoRansom(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }

    /**
     * The reader's relative (你爸爸, 你儿子) said to be with the caller now, however the place is said
     * (现在在我这里, 现在在我这), with a demand after it: a ransom, as the with-caller rows are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"我是你爸爸的朋友老李，你爸爸现在在我这里，你得马上汇一笔钱过来", "我是你儿子的同学，你儿子现在在我这，不许报警"})
    void screen_theReadersRelativeWithACallerAndADemand_isARansom(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).isEqualTo("ransom"));
    }
}
