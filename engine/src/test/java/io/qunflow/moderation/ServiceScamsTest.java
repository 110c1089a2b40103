package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fake customer-service, bank and courier agents (customer-service, phishing and identity-theft
 * scripts, as the TeleAntiFraud calls word them): a caller who names a platform, a bank or a courier
 * and then asks for what a real shop never asks for (a card's password or its security code, the
 * last digits of a card or an id, a screen share), or who alerts the reader to a risk on their
 * account and asks them to verify with the caller; and the everyday customer-service lines about
 * orders, refunds, compensation and verification that must stay clean.
 */
class ServiceScamsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "您好，我是某东平台的客服小赵，您的退款卡在系统里了，麻烦您告诉我银行卡的交易密码，我帮您处理。|我是某东平台的客服+交易密码",
                "这里是某宝客服，您的理赔需要在线办理，请您打开手机的屏幕共享，我一步步教您操作。|这里是某宝客服+屏幕共享",
                "我是快递公司的客服，您的赔偿款需要打到银行卡上，请报一下卡片背面的安全码。|我是快递+背面的安全码",
                "您好，我是信用卡中心的银行专员，为了核对身份，请您说一下身份证后六位和手机号。|我是信用卡中心的银行+身份证后6位",
                "这里是银行客服部，核对身份需要您的信用卡的最后四位数字和有效期。|这里是银行+信用卡的最后4位",
                "我是某平台的客服，退款要先验证，请把支付宝的账号和密码发给我。|我是某平台的客服+账号和密码",
                "这里是国际邮政的包裹中心，您的包裹需要缴纳清关费用，请先转账给我们。|这里是国际邮政+清关费",
                "您好，这里是个人信息安全中心，您的信息被人冒用注册了网店，请报一下身份证号码。|这里是个人信息安全中心+身份证号",
            })
    void screen_aServiceAgentWhoAsksWhatNoShopAsks_isAnImpersonation(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("impersonation", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "系统提示您的账户存在安全风险，需要您配合我们做一次安全验证。|您的账户存在安全风险+安全验证",
                "您的账号目前存在安全问题，请配合我们进行身份验证，以免资金受损。|您的账号目前存在安全问题+身份验证",
                "您的银行卡刚刚被非法访问，需要您马上配合我们进行核实。|您的银行卡刚刚被非法访问+进行核实",
                "您的信用卡昨天有一笔异常消费，现在需要做身份核实。|您的信用卡昨天有1笔异常消费+身份核实",
                "您的账户刚才出现了可疑的操作，请配合核实一下。|您的账户刚才出现了可疑的操作+配合核实",
                "您的账户最近有异常活动，麻烦您配合我们做一次账户核对。|您的账户最近有异常活动+账户核对",
                "您的银行卡出现了异常交易，请您马上配合验证几项信息。|您的银行卡出现了异常交易+配合验证",
            })
    void screen_aRiskOnTheReadersAccountWithAVerificationAsked_isAnAccountAlert(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("account-alert", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "您好，我是店铺客服，退款已原路返回，请注意查收",
                "我是客服小美，请提供订单号，我帮您查一下物流",
                "我是快递客服，快递理赔需要您提供照片和订单号",
                "我是客服，会员验证请在小程序里操作",
                "我是客服，您的赔偿款已经打到您的账户，请查收",
                "我是客服，退款会退到您付款的银行卡，一般1到3个工作日到账",
                "我是快递员，包裹放在驿站了，取件时报手机号后四位就行",
                "我是客服，忘记支付密码可以在支付宝里找回",
                "我是邮政的快递员，明天上午给您送件",
                "这里是售后客服，您的订单已经安排补发，请留意物流信息",
                "手机屏幕共享怎么打开？想给我妈看看照片",
                "这件衣服的安全码在吊牌背面，刮开可以查真伪",
                "您的账户存在安全风险，请在官方App里修改密码",
                "我的账户存在安全风险，银行让我去网点身份核实",
                "防骗提醒：自称客服要您开屏幕共享、报银行卡密码的都是骗子",
                "刚接到电话：这里是某宝客服，退款要开屏幕共享，是真的吗？",
                "收到短信说您的账户存在安全风险，需要配合我们进行身份验证，真的假的",
            })
    void screen_everydayCustomerService_staysClearOfTheseDetectors(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isIn("impersonation", "account-alert"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "喂，这里是国家彩票中心，恭喜您，您的号码中了本期的一等奖！|这里是国家彩票中心+恭喜您您的号码中了本期的1等奖",
                "您好，我是省彩票管理中心的工作人员，恭喜你获得了我们活动的特别大奖。|我是省彩票管理中心的工作人员+恭喜你获得了我们活动的特别大奖",
                "我们这里是国际彩票中心，恭喜您成为本期的幸运得主，奖金五十万元！|这里是国际彩票中心+恭喜您成为本期的幸运得主奖金",
            })
    void screen_aPrizeAnnouncedByACallerPosingAsALotteryCentre_isAPrizeClaim(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("prize-claim", term, Category.FRAUD, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "彩票中心公布开奖结果了，恭喜你中了大奖啊老王",
                "恭喜你中了一等奖，明天带身份证去彩票中心领奖就行",
                "我是彩票店老板，恭喜你中了二等奖，来店里兑奖",
                "这里是国家彩票中心官网，每期开奖公告都在这里",
                "防骗提醒：自称国家彩票中心打电话说恭喜您中了大奖的都是骗子",
                "有人说：这里是国家彩票中心，恭喜您中了一等奖，是诈骗吗？",
            })
    void screen_everydayLotteryTalk_isNoPrizeClaim(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }

    @Test
    void screen_anAnnouncementFarFromTheLotteryCentre_isNoPrizeClaim() {
        String filler = "今天天气不错".repeat(12);

        assertThat(hits("这里是国家彩票中心，" + filler + "恭喜您中了一等奖"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
        assertThat(hits("这里是国家彩票中心，恭喜您中了一等奖"))
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo("prize-claim"));
    }
}
