package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gambling platforms' and grey-market gigs' slang (博彩 and 黑产广告) the word lists missed on the
 * ChineseHarm-Bench dev half and reserve (issue 17): a gambling table (台子) with an ask, a platform's
 * name with 开户, a card game's own name, a platform's welcome credit, and the click farms' and
 * ghost-study gigs' names for themselves; and everyday chat that shares their words and must stay
 * clean.
 */
class GamblingSlangTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "想玩抢庄牛牛的来|抢庄牛牛",
                "三公牛牛都有，人齐就开|三公牛牛",
                "腾龙开户找我，秒上分|腾龙开户",
                "红蓝开户，全天在线|红蓝开户",
                "某某娱乐平台在线开户，正规放心|娱乐平台在线开户",
                "壹号扶持，新人来领|壹号扶持",
                "新号必红，试试就知道|新号必红",
                "找个稳定台子的私聊|稳定台子",
                "老哥需要台子找我|需要台子找我",
                "要靠谱的台子私我|台子私我",
                "德扑来人，盲注小|德扑来人",
                "菠菜代付，量大从优|菠菜代付",
            })
    void screen_gamblingSlang_isGambling(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.GAMBLING));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "刷子求任务，有单的滴我|刷子求任务",
                "可代看网课，包过|代看网课",
                "招打字聊天员，时间自由|打字聊天员",
                "招水军，评论点赞都要|招水军",
            })
    void screen_greyMarketGig_isAScam(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.SCAM));
    }

    /**
     * Everyday chat near the new terms: a subsidy, a shop's sign-up gift, a bank account opened online,
     * a family's mahjong, a friend from 德州, spinach, a table wiped, a child named 牛牛, a sweet potato.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "政府扶持100万，明天去街道办问问",
                "新人注册送优惠券，记得领",
                "银行线上开户很方便",
                "周末有局吗，打麻将",
                "德州的朋友来玩",
                "菠菜多少钱一斤",
                "台子擦干净了",
                "我家牛牛今天会走路了",
                "我们走了三公里，牛牛累坏了",
                "小红薯蒸着吃最甜",
                "这把刷子找不到了",
                "孩子上网课要看多久",
                "客服：您在腾龙小区的快递到了",
                "饭店的台子订好了吗",
                "证券公司可以在线开户吗",
                "新用户注册送分期免息券",
                "快递送到壹号国际大厦",
                "我在小红薯评论区看到的",
            })
    void screen_everydayChat_isNoGamblingOrGig(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.category()).isIn(Category.GAMBLING, Category.SCAM));
    }
}
