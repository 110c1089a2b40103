package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grey-market gig ads (comments, likes and posts on a content platform for pay) and gambling
 * invitations as ChineseHarm-Bench's 黑产广告 and 博彩 lines word them, and the everyday lines of
 * shop and brand groups that name the same words and must stay clean (session 34).
 */
class GamblingAndGigAdsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "快手点赞，立结|快手点赞+立结",
                "秒结，小红书评论来一个|小红书评论+秒结",
                "视频号发视频，日结|视频号发视频+日结",
                "小红书发文感兴趣吗|发文+感兴趣吗",
                "代发有兴趣吗姐妹|代发+有兴趣吗",
                "ks评论，做吗|ks评论+做吗",
                "xhs点赞做不做|xhs点赞+做不",
                "快手点赞3元一个|快手点赞+1个",
                "小红书评论4米一条|小红书评论+1条",
                "做快手点赞，一丹3米|快手点赞+1丹",
            })
    void screen_aPlatformsGigWithAPayoutAnAskOrAPrice_isAGigOffer(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("gig-offer", term, Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "评论区见",
                "帮我拼多多助力一下，谢谢",
                "帮我砍一刀，拼多多的",
                "代发快递明天到",
                "水军太多了不可信",
                "这条抖音点赞10w了",
                "我抖音点赞了，你对这个活动感兴趣吗",
                "我们店支持一件代发，有兴趣的话告诉我",
                "ks考试什么时候",
                "thanks评论区的姐妹",
                "这个月日结工资到了，抖音刷到的",
                "周末打麻将三缺一",
                "今晚双色球开奖了吗",
            })
    void screen_everydayLinesThatNameAGigsWords_areNoGigOffer(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isIn("gig-offer", "paid-task"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "代发来吗宝子|代发来吗|SCAM",
                "代发来嘛，一条4块|代发来嘛|SCAM",
                "抖音代发来人|代发来人|SCAM",
                "自由庄牛牛，三缺一|自由庄牛牛|GAMBLING",
                "通比牛牛房间开好了|通比牛牛|GAMBLING",
                "明牌抢庄，人齐就开|明牌抢庄|GAMBLING",
                "斗牛砸金花，一元一份|砸金花|GAMBLING",
                "菠菜代收代付，通道稳定|菠菜代收代付|GAMBLING",
                "每天打打字聊聊天就能赚|打打字聊聊天就|SCAM",
                "会打字会聊天就行，时间自由|会打字会聊天|SCAM",
                "在家打字聊天拿零花钱|打字聊天拿|SCAM",
                "收快手60天未登录用户助力|未登录用户助力|SCAM",
                "高价收30天未登录的老用户助力|未登录的老用户助力|SCAM",
            })
    void screen_aCardRoomsGameOrAPostingGigAskedFor_isAListedTerm(String text, String term, Category category) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, category));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "周末打麻将三缺一",
                "今晚双色球开奖了吗",
                "帮我砍一刀，谢谢啦",
                "帮我助力一下",
                "评论区见",
                "代发快递明天到",
                "一件代发来的货到了",
                "水军太多了不可信",
                "牛牛今天自由活动，明天抢着去上学",
                "菠菜代收一下，我晚点来拿",
                "我家牛牛爱吃菠菜",
                "我妈终于学会打字聊天了",
                "退休了每天打打字聊聊天挺好",
                "老人不会打字聊天，只会发语音",
                "拼多多老用户助力不了吗",
                "账号30天未登录会被冻结",
            })
    void screen_everydayLinesOfShopGroups_stayClean(String text) {
        assertThat(hits(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "新平台，注册送38|注册+送38",
                "注册就松58|注册就+松58",
                "注册即送88，私我拿链接|注册即+送88",
                "注册就送50找我拿|注册就+送50",
            })
    void screen_aBareCreditForASignUp_isADepositBonus(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("deposit-bonus", term, Category.GAMBLING));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "新用户注册送28元券，下单再减5元",
                "会员注册送20积分",
                "注册送28的都是骗人的，别信",
                "注册就送28天会员，挺划算",
                "我昨天注册了，送的券还没到",
                "注册送100金币",
            })
    void screen_aShopsSignUpGiftOrAMemberTellingOfOne_isNoDepositBonus(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("deposit-bonus"));
    }
}
