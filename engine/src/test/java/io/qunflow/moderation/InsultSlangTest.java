package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Insults and flame-baiting spelt in slang (谩骂引战) that the word lists and the reader-insult detector
 * missed on ChineseHarm-Bench's dev half and reserve, decided by the shipped word lists, cue words and
 * {@code moderation.drl} for a plain member three days in the group with a clean record; and everyday
 * chat in shop and customer groups that shares their words and must stay clean.
 */
class InsultSlangTest {

    /** Curses on the reader's mother written as slang, the 起号 meme and the X狗 names for a member. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他妈了个巴子，会不会玩|妈了个",
                "滚你妈勒个蛋|你妈勒个",
                "你M了个巴子的|你m了个",
                "说什么呢你马个币|你马个币",
                "装什么你妈个逼|你妈个逼",
                "这操作真制杖|制杖",
                "天天这么起号父母怎么办|起号父母怎么办",
                "这样起号家里人怎么办啊|起号家里人怎么办",
                "这么起号家里两位还好吗|起号家里两位",
                "又来一个盗图狗|盗图狗",
                "抄袭狗还有脸发|抄袭狗",
                "借号狗别说话|借号狗",
            })
    void decide_slangCurse_warnsTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    /**
     * An insult right after a phrase naming the reader, or a curse on the reader's mother: a verb a curse opens
     * with right before her as a curse spells her (cue rows of migration V120).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你是不是贱啊，天天来找骂|你是不是+贱",
                "你也太贱了吧|你也太+贱",
                "就你这种货色还想上分|你这种+货色",
                "你个野种少管闲事|你个+野种",
                "你就是个怂逼，不敢露脸|你就是+怂逼",
                "你才是穷逼吧|你才是+穷逼",
                "你真若智，说了三遍还不懂|你真+若智",
                "你真没教养，张口就骂|你真+没教养",
                "装你妈呢，谁不知道你|装+你妈呢",
                "吊你亩去吧|吊+你亩去",
                "酸你马呢，自己没本事|酸+你马呢",
                "处你m呢天天挂人|处+你m呢",
            })
    void decide_insultAtTheReader_warnsTheMember(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("reader-insult", term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    /**
     * Everyday chat that holds the same words: a child asked where the mother is, children playing house, a
     * member's own 穷逼 or a fan's 脑残粉 names nobody else, a
     * shop apologising calls only itself names, a bargain is 贱卖, produce has a 色泽, wild seeds are
     * 野种子, and kids, pet owners and farmers talk of pigs, dogs and clownfish.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "我就是个穷逼，买不起",
                "你是不是贱卖了？这么便宜",
                "你这种货色泽不错，多少钱一斤",
                "你这个野种子在哪买的，发芽率高吗",
                "我家猪肉卖完了，明天再来",
                "小丑鱼好可爱，孩子看了不想走",
                "今天加班累成狗",
                "这个游戏的boss好丑",
                "废物利用小妙招，塑料瓶做花盆",
                "我是他的脑残粉，演唱会必去",
                "是我们的错，我们是废物，马上给您补发",
                "起号的时候父母支持吗",
                "盗图的事我们已经投诉了",
                "我家狗狗借给邻居遛了一天",
                "你是不是要去接孩子",
                "你是不是把垃圾带下去了",
                "你是不是被垃圾短信烦死了",
                "我妈了解过这个课，说挺好",
                "你妈呢？让她来签字",
                "我装你妈呢，你装宝宝",
                "这箱子能装你妈妈的衣服吗",
                "吊灯装好了，你妈呢",
                "帮你妈处理一下退款",
            })
    void decide_everydayChat_isClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
