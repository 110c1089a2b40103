package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prize scams (a prize announced to the reader, then a fee or their details asked before it is paid
 * out) and alerts on the reader's account with a verification asked, as the TeleAntiFraud calls and
 * group chats word them, and the everyday lucky draws, congratulations and account notices that must
 * stay clean (issue 17).
 */
class PrizeAndAccountScamsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "恭喜您中得我们公司举办的特别大奖！您只需支付一小笔手续费，就能领取高达50万元的奖金。|恭喜您中得我们公司举办的特别大奖+手续费",
                "亲，恭喜您中得了我们这次的特别大奖，奖品是一辆全新的轿车，您只需要支付一笔小额的税费就可以把车开回家了。|恭喜您中得了我们这次的特别大奖+税费",
                "你好，恭喜你，你中了本期彩票的一等奖，奖金是一百万元！请提供你的姓名和电话，我们马上为你安排领奖事宜。|恭喜你你中了本期彩票的1等奖+姓名和",
                "恭喜您！您已被随机抽中成为本期幸运彩票大奖得主，奖金高达50万元！请提供您的姓名和联系方式。|恭喜您您已被随机抽中成为本期幸运彩票大奖+姓名和",
                "恭喜你被抽中一等奖，领取请加客服微信|恭喜你被抽中1等奖+领取请加",
            })
    void screen_aPrizeAnnouncedWithAFeeOrDetailsAsked_isAPrizeClaim(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("prize-claim", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "恭喜你中了一等奖，周末来店里领",
                "恭喜中奖!",
                "恭喜恭喜，奖金到手请客啊",
                "请留下您的姓名和联系方式，我们安排发货",
                "恭喜您成为本店会员，请填写联系电话",
                "防骗提醒：有人说恭喜您中了大奖，要先交手续费，都是骗子",
            })
    void screen_everydayDrawsAndCongratulations_areNoPrizeClaim(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }

    @Test
    void screen_anAskFarFromTheAnnouncement_isNoPrizeClaim_butOneWithinReachIs() {
        String won = "恭喜你中了一等奖，";
        String filler = "今天天气不错".repeat(40);

        assertThat(hits(won + filler + "手续费多少"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
        assertThat(hits(won + "手续费多少")).anySatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我们检测到您的银行卡可能涉及一笔异常交易，为了确保您的资金安全，我们需要您配合进行一次核实。|您的银行卡可能涉及1笔异常交易+1次核实",
                "我们注意到您的账户有异常活动，需要您配合我们进行身份验证。请问您现在方便吗？|您的账户有异常活动+身份验证",
                "我们发现您的银行卡有异常交易记录，请您提供一下银行卡的最后四位数字，以便我们为您核实信息。|您的银行卡有异常交易+后4位",
                "您的银行卡账户可能遭受了非法操作，需要您配合我们进行安全验证|您的银行卡账户可能遭受了非法操作+安全验证",
            })
    void screen_anAlertOnTheReadersAccountWithAVerificationAsked_isAnAccountAlert(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("account-alert", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "您的账户有异常登录，请修改密码",
                "我的卡有异常交易，银行让我配合核实，怎么办",
                "您的账户已开通，请完成身份验证后使用",
                "正规银行不会通过短信链接要求客户处理账户异常交易，建议您直接拨打银行的官方客服电话进行核实",
                "防骗提醒：有人来电说您的账户有异常交易要配合核实，都是骗子",
            })
    void screen_everydayAccountNotices_areNoAccountAlert(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("account-alert"));
    }

    /** A prize worth a fortune in money (from 100,000 up, 元, 美元 or 现金 after it) needs no ask to be a scam's opening. */
    @ParameterizedTest
    @ValueSource(strings = {"恭喜您，您抽中了本次活动的特等奖，奖金高达二百万元！", "恭喜你！你获得了我们年度回馈的超级大奖，奖金30万美元", "恭喜您中了一等奖，获得一百万现金大奖"})
    void screen_aPrizeWorthAFortuneInMoney_isAPrizeClaim(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }

    /** A shop's or a company's real prize: a small sum, or a thing named by what it is, however dear. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "恭喜你中了一等奖，奖金500元，周末来店里领",
                "恭喜您！公司年会大奖是一辆20万的车，被您抽中了",
                "恭喜你中奖了，这个月工资涨到10万了",
                "恭喜您获得一等奖，奖品是价值两千元的扫地机器人"
            })
    void screen_aRealPrizeOfASmallSumOrAThing_isNoPrizeClaim(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }
}
