package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Click-farm and traffic-boosting ads (likes, comments, followers and posts on a content platform
 * for pay), as ChineseHarm-Bench's 黑产广告 lines word them: a platform's gig offered with an ask or
 * a rate, on the platform named after it, or as a price list's menu of two platforms; and the everyday lines of shop and brand groups
 * that talk about the same platforms all day and must stay clean (issue 17).
 */
class TaskFarmAdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "抖音千粉号一个50",
                "快手千粉，做吗",
                "小红书点赞评论，做不做",
                "发视频抖音一单20",
                "评论快手一条3块",
                "快手评论，小红书点赞",
            })
    void screen_aPlatformsGigOfferedOrPricedOrListed_isAGigOffer(String text) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::category)
                .contains(tuple("gig-offer", Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"抖音点赞不限号，多号多做", "多号多做，一天结"})
    void screen_farmingWithManyAccounts_isListed(String text) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple("多号多做", Category.SCAM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "帮我给这条抖音点个赞呗",
                "我在小红书发了篇笔记大家去看看",
                "店铺上新了，大家去视频号直播间评论区留言",
                "这个快手主播讲得挺好的",
                "我刷抖音刷到了咱们店",
                "求助力！拼多多砍一刀",
                "发个视频到群里看看",
                "五星好评返现两元",
                "帮我拼多多助力一下，还差0.5元",
                "我抖音千粉了，开心",
                "我在抖音评论了，返5元吗",
                "你在抖音评论的那件还要吗",
                "今天派单多，有事联系我",
                "我先挂机了，有事找我",
                "绿色的那件，抖音评论都说掉色",
                "抖音评论区有人问尺码，客服说联系店铺",
                "我抖音点赞了，小红书也评论了",
                "抖音下单的联系客服，点赞截图也发给客服",
                "我在抖音评论了，也私信了，没人回",
                "抖音评论里问了，私聊也没人回",
                "小红书点赞的加起来有两百多了",
                "抖音点赞最多的那家火锅，周末我带你去",
                "我抖音发视频了，有空找我玩",
                "快手点赞的那个视频，你加我发给你",
                "我在小红书评论区问了，店家让我私信",
                "这条抖音点赞10w了",
                "小红书点赞1万多了，谢谢大家",
                "绿色的小红书点赞好多",
                "绿色，小红书评论都说好看",
                "发视频到抖音，一天才200播放",
            })
    void screen_everydayTalkAboutPlatforms_isNoGigOffer(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isIn("gig-offer", "paid-task"));
    }
}
