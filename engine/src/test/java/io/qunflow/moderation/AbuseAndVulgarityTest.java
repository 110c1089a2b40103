package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Insults (谩骂引战) and sexual solicitations or explicit words (低俗色情) the word lists missed on the
 * ChineseHarm-Bench dev half (issue 17), decided by the shipped word lists and {@code moderation.drl}
 * for a plain member three days in the group with a clean record; and everyday chat that shares their
 * words and must stay clean.
 */
class AbuseAndVulgarityTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你就是个傻缺|傻缺",
                "别理那个老傻子|老傻子",
                "你就是垃圾，听见没|你就是+垃圾",
                "你是垃圾还是可回收的废品|你是+垃圾",
                "小号死一边去|死一边去",
                "没亩的东西|没亩",
                "你父母死了再说|你父母死了",
                "那你就是日本狗|日本狗",
            })
    void decide_insult_warnsTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "收二手私袜内衣裤|二手丝袜",
                "济南换妻，有意私聊|换妻",
                "看看我的鸡巴|鸡巴",
                "骚穴痒了|骚穴",
            })
    void decide_sexualSolicitationOrExplicitWord_removesTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * Everyday chat that holds an insult's or a vulgar word's characters. 傻孩子 stays clean: parents
     * and friends say it fondly, and 傻 alone is no entry. The near misses of the terms above (a
     * bitch having puppies, an astringent persimmon, a couple exchanging rings, a forgetful 狗脑子)
     * are why those terms are the longer phrases they are. Asking a child where the mother is, telling
     * of an orphan, or complaining about trolls is no insult to a member either, so 你妈呢, 父母双亡 and
     * 网络喷子 alone are not entries (祝你父母双亡 is).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "你真是个傻孩子",
                "你是垃圾分类志愿者吗",
                "你就是垃圾站那边的保洁阿姨吧",
                "今天累成狗",
                "这个菜辣死了",
                "操作一下就好",
                "中午吃鸡肉饭",
                "周末一起做运动",
                "我家母狗生了三只小狗",
                "柿子吃起来涩涩的",
                "冷得瑟瑟发抖",
                "新人夫妻交换戒指",
                "我这狗脑子，又忘了",
                "垃圾分类请放进可回收桶",
                "你妈妈呢？让她来接你",
                "你妈呢？怎么没来接你",
                "他从小父母双亡，很不容易",
                "别理那些网络喷子",
            })
    void decide_everydayChat_isClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
