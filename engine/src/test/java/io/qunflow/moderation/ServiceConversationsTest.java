package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary customer-service talk the contact detectors used to read as a member advertising a
 * contact (issue 17): staff reading out a driver's number, the number a service will call the
 * customer on, or the customer's own details. Each row pairs such a line with spam that pushes a
 * number on the reader, which still counts.
 */
class ServiceConversationsTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));

    private static List<Hit> hits(String text) {
        return SCREENER.screen(text, MessageFlags.NONE).hits();
    }

    /**
     * The number of whoever a service sends the customer (司机电话是, 骑手电话), or the one it will
     * call them on (我们会通过电话…与您联系), is a read-back: nobody is asked to reach out for an offer.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "车牌号是京A12345，司机电话是13800138000，上车前确认车牌|加我微信13800138000，带你赚钱",
                "司机的电话是 138 0013 8000，您可以联系确认|有意者联系13800138000",
                "骑手电话13812345678，预计30分钟送达|详情咨询13812345678",
                "餐厅会在稍后通过电话13800138000与您确认预订|想做的通过电话13800138000联系我",
                "我们将通过电话13812345678与您保持联系|兼职日结，电话13812345678"
            })
    void screen_numberOfWhomeverAServiceSendsOrCallsOn_isNone_butANumberPushedStillCounts(String service, String spam) {
        assertNoneButFound(service, spam, "phone");
    }

    /**
     * A number in a sentence that reads the customer's details back to them (送餐地址, 您的地址,
     * 订单已确认, 信息是否正确) is theirs. Not across a sentence's end, nor past an ask to reach out
     * (加我, 找我), and a number on its own in a contact's place still counts.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "好的，您的送餐地址是中山路123号，联系电话是13800138000。|您的送餐地址是中山路123号。想赚钱的联系电话13800138000",
                "订单已记录，送餐地址是光明路12号，联系方式138-1234-5678，两人份。|送餐地址是光明路12号，有兴趣加我13812345678",
                "好的，您的地址是阳光小区三号楼一单元 102 室，电话是 13812345678|兼职日结，联系电话13812345678",
                "您的订单已确认，联系电话为13812345678，预计送达时间为30分钟内|订单已确认！找我领红包13812345678",
                "请您确认一下信息是否正确：姓名张伟，电话13812345678|姓名张伟，电话13812345678，有意者详谈"
            })
    void screen_numberInASentenceReadingTheCustomersDetailsBack_isNone_butOutsideOneStillCounts(
            String readBack, String spam) {
        assertNoneButFound(readBack, spam, "phone");
    }

    /**
     * A customer giving the shop their own number to find an order (我手机号, 下单手机号, 收件人电话 beside it,
     * in a message about the order: 查物流, 还没发货, 退款, 改地址) asks nobody to make contact. The same
     * number with a private-chat ask, in a message about no order, or in one that speaks of the reader's
     * order as a service would (a refund scam's 您的快递丢失了), still counts.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我手机号13812345678，麻烦帮我改下地址|我手机号13812345678，有需要联系我",
                "订单手机号13812345678，帮忙查下物流|订单手机号13812345678，查物流私我",
                "客服你好，我的联系电话 138 1234 5678，快递一直没到|我的联系电话 138 1234 5678，新店开业欢迎光临",
                "收件人电话13812345678，地址写错了能改吗|收件人电话13812345678，低价代收快递",
                "13812345678 这是我下单的手机号，帮看看物流|13812345678 这是我的手机号，欢迎来电",
                "我下单留的是13812345678，麻烦改成13987654321，还没发货吧|我下单留的是13812345678，退款找我",
                "店长，我的号码13812345678，退款什么时候到|店长，我的号码13812345678，合作加我",
                "退款到账了吗？我支付宝账号13812345678|我支付宝账号13812345678，转账找我",
                "我老公的电话13987654321，送货前打这个|我老公的电话13987654321，装修找他",
                "您好，我手机号13812345678，麻烦帮我查下物流|您好，您的快递丢失了，可以办理退款，我的电话13812345678"
            })
    void screen_customersOwnNumberGivenForAnOrder_isNone_butPushedOrWithoutAnOrderStillCounts(
            String customer, String pushed) {
        assertThat(hits(customer)).as(customer).isEmpty();
        assertThat(hits(pushed))
                .as(pushed)
                .anySatisfy(h -> assertThat(h.detector()).isIn("phone", "contact-number"));
    }

    /**
     * A customer's own WeChat id (我微信号, 我的微信 right before it) in a message about an order, an
     * invoice asked for among them, asks nobody to make contact; an invoice seller's id, one with an
     * ask at the end, or one in a message about no order still counts.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我微信号abc123，帮我开下发票|需要开发票吗，我的微信abc123",
                "我的微信是abc_123，查下物流，还没发货|我的微信是abc_123，新品到了欢迎咨询",
                "发票抬头发你了，我的微信号 lin_8852|我的微信号 lin_8852，退款请加"
            })
    void screen_customersOwnWeChatIdGivenForAnOrder_isNone_butPushedStillCounts(String customer, String pushed) {
        assertNoneButFound(customer, pushed, "wechat-id");
    }

    /** The domain of an e-mail address a service reads back is no link; a domain written on its own still is. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "好的，example@company.com，我已记录下来|领取福利请访问 company.com",
                "我们会通过邮箱 zhangming@example.com 与您联系|资料下载：https://example.com/jtg_d60",
                "报告已发送到 ＬＩ＠ＥＭＡＩＬ．ＣＯＭ，请查收|全场五折 www.email.com"
            })
    void screen_domainOfAnEmailAddress_isNone_butALinkStillCounts(String email, String link) {
        assertNoneButFound(email, link, "url");
    }

    /** {@code none} has no finding at all; {@code found} has one of {@code detector}. */
    private static void assertNoneButFound(String none, String found, String detector) {
        assertThat(hits(none)).as(none).isEmpty();
        assertThat(hits(found))
                .as(found)
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo(detector));
    }

    /**
     * A shop telling a buyer they can follow its product link (可以点击链接, an everyday phrase) is
     * warned for nothing; 点击链接 pushed otherwise, or a link written out, still is.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"如果您决定购买，可以点击链接下单，或者告诉我，我可以帮您完成购买|点击链接领取补贴", "您可以点击链接查看详细信息，包括更多图片和用户评价|可以点击链接领取红包 abc123.top"})
    void screen_shopSayingItsLinkCanBeFollowed_isNone_butAPushedLinkStillCounts(String shop, String spam) {
        assertThat(hits(shop)).as(shop).isEmpty();
        assertThat(hits(spam)).as(spam).isNotEmpty();
    }

    /**
     * Bank staff who introduce themselves and describe 更快的转账速度 ask for no transfer (转账速度 is
     * an everyday phrase); staff who ask for one are still an impersonation.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"我是客服小张。您的账户已升级，可以使用更多在线银行功能，比如更快的转账速度|我是银行客服小张，您的账户有风险，请马上转账到安全账户"})
    void screen_staffDescribingTransferSpeed_isNone_butStaffAskingForATransferStillCount(String bank, String fraud) {
        assertThat(hits(bank)).as(bank).isEmpty();
        assertThat(hits(fraud))
                .as(fraud)
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo("impersonation"));
    }

    /**
     * Where a service sends a confirmation (确认信息发送到, 您提供的手机号) or the number it will reach
     * the customer on, said before what it is for (13812345678联系您, …与您确认), is the customer's own
     * number; the customer's own WeChat id read back (您的微信号) is theirs too. A number or an id
     * pushed on the reader still counts.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "预约成功，我们会把确认信息发送到13900001111，请注意查收|预约成功，有问题打13900001111找我",
                "我们会通过您提供的手机号13900001111发送取件码|想兼职的通过手机号13900001111加我",
                "工作人员明天会通过13900001111联系您，请保持电话畅通|有意者请通过13900001111联系我们",
                "师傅出发前会打13900001111与您确认时间|师傅上门维修，电话13900001111随叫随到",
                "电子发票已经发到您的微信号 lin_88523，请查收|发票代开，微信号 lin_88523"
            })
    void screen_whereAServiceReachesTheCustomer_isNone_butANumberOrIdPushedStillCounts(String service, String spam) {
        assertThat(hits(service)).as(service).isEmpty();
        assertThat(hits(spam)).as(spam).isNotEmpty();
    }

    /**
     * An agent who handles a fee for the customer (为您处理费用退还), a warning not to click a link
     * (不要点击链接), and the customer's own project (您的项目) are no fee ask, no pushed link and no
     * pitch; a caller asking for a processing fee, a pushed link and a project with a private ask
     * still count.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我是平台客服，您反映的多扣款问题，我这边马上为您处理费用退还|我是平台客服，您的退款需要先交一笔处理费才能到账",
                "收到陌生短信千万不要点击链接，直接删掉就好|领取补贴请点击链接",
                "有问题随时联系我。这些资料应该对您的项目有帮助|好项目，稳赚不赔，私聊我"
            })
    void screen_feeHandledAWarningOrTheCustomersProject_isNone_butTheAskStillCounts(String service, String spam) {
        assertThat(hits(service)).as(service).isEmpty();
        assertThat(hits(spam)).as(spam).isNotEmpty();
    }
}
