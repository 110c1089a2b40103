package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Goods sold in a shop's group behind the shop's back: a member offers something with a price or a
 * trade word and asks to be contacted in private (issue 17's "private-chat solicitation with a price
 * or goods"), and the everyday lines of customers, who mention prices, ask the shop to message them
 * and talk about what they bought, that must stay clean. Decided by the shipped rules, as the server
 * decides, for a plain member with a clean record.
 */
class PrivateSalesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "转让瑜伽年卡，还剩8个月，便宜出，私|私+转让",
                "两张话剧票，需要的私|需要的私+张",
                "两张话剧票，需要的私，一张280|需要的私+张",
                "视频会员，有需要的私，一个月30|需要的私+1个月",
                "私我 十块一个|私我+块",
                "q我 便宜出|q我+便宜出",
                "私戳 出闲置|私戳+出",
                "闲置的空气炸锅低价出，有意私|有意私+低价",
                "宝宝穿不下的童装，原价200现在60，私我|私我+原价",
                "私我拿优惠价，全场3折|私我+折",
                "代购韩国面膜，需要的姐妹私信|私信+代购",
                "手工辣椒酱，45一瓶，要的滴我|滴我+1瓶",
                // 加我一个 (count me in) is an everyday phrase, but not written across a comma
                "视频会员共享，加我，一个月30元|加我+1个月",
            })
    void decide_goodsOfferedWithAPrivateChatAsk_warnTheSellerWithThePairAsEvidence(String text, String term) {
        assertThat(outcomes(text)).contains("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(TestData.SCREENER.screen(text, MessageFlags.NONE).hits())
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("trade-solicitation", term, Category.CONTACT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我找我妈要了80元买零食",
                "我加我老公的会员卡买的，花了199元",
                "有人加我说送我80元红包，大家别信",
                "有人找我借500块，说是群主的朋友",
                "这件原价199，今天活动半价，已下单",
                "买一件打8折，两件7折，划算",
                "他这人太自私了",
                "快递面单上有手机号，出门前撕掉，注意隐私",
                "我们是来买东西的，不是来走私的",
                "有货吗？有的话私我，我要3盒",
                "昨天在你们店买的，100块一盒，质量不错",
                "代购的奶粉到了吗",
                "老板，我要订10箱，能不能打折，私聊",
                "这家银行贷款不看征信吗？",
                "他说不看征信，我没敢信",
                "拼团加我一个，一个月30元的那个套餐",
            })
    void decide_customersTalkingAboutPricesAndPrivateMessages_areLeftAlone(String text) {
        assertThat(outcomes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"不看征信，需要的私我", "贷款不看征信，秒批"})
    void decide_aLoanOfferedWithoutACreditCheck_removesTheMember(String text) {
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"私人订制蛋糕，原价300", "这家私房菜特价88", "出了名的自私", "公是公，私是私，十块钱也要算清"})
    void decide_aSingle私AnywhereButTheLastWord_asksNothing(String text) {
        assertThat(outcomes(text)).isEmpty();
    }
}
