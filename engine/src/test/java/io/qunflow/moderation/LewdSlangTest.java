package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lewd slang and sexual solicitation (低俗色情) that the ChineseHarm-Bench dev half and reserve showed the
 * word lists and detectors missing (issue 17), decided by the shipped word lists and {@code moderation.drl}
 * for a plain member three days in the group with a clean record; and the everyday chat of shop, pet,
 * food and parents' groups that shares their words and must stay clean. The rows are written for this
 * test in the style of the family, not copied from the corpora.
 */
class LewdSlangTest {

    /**
     * A person named as a sexual object (母狗, 贱狗, 亩勾, 涩涩) with an ask to the reader written right
     * against it, after or before it (加爸爸, 自己加, 来找我, 来聊, 加个好友): the sex-object detector.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "听话的小母狗自己加爸爸|母狗+自己加",
                "母狗来聊，今晚有空|母狗+来聊",
                "想被调的小母狗来找我|母狗+来找我",
                "贱🐶加主人|贱狗+加主人",
                "亩勾加个好友|亩9+加个好友",
                "涩涩加我，宝宝|涩涩+加我",
                "快来聊瑟瑟的|来聊+瑟瑟",
            })
    void decide_sexualObjectAskedToMakeContact_removesTheMember(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("sex-object", term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * A pet owner's and a dog seller's lines name a 母狗 too, with an ask a word away or an everyday 加
     * after it; a persimmon's taste and a shiver are 涩涩 and 瑟瑟. None is an ask written right against
     * the word.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "我家母狗生了一窝小狗",
                "母狗来月经了怎么办",
                "我家小母狗刚打完疫苗，加点营养",
                "母狗加点钙片会不会好一点",
                "还剩一只小母狗，要的私我",
                "邻居家的母狗来找我家狗玩",
                "宠物店：母狗来店里洗澡打八折",
                "狗狗主人请牵好绳",
                "柿子有点涩涩，加点糖就好",
                "冷得瑟瑟发抖，加件衣服",
                "来聊瑟瑟发抖的小猫",
                "我家狗狗是女狗狗，穿什么尿裤",
            })
    void decide_everydayPetAndFoodLines_stayClean(String text) {
        assertThat(outcomes(text)).isEmpty();
    }

    /**
     * The word-list phrases of this family: a self-made video sold, sex chat named (文爱, 聊色, 卡泡),
     * pinyin and homophones of listed words, a worn sock asked for, and a lewd word done with the reader.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "出自录，一个十块|出自录",
                "谁来文爱，今晚有空|来文爱",
                "无聊，找人聊色|聊色",
                "卡泡的私|卡泡",
                "网盘里全是煌片|煌片",
                "周末约pao吗|约pao",
                "想neishe你|neishe",
                "群里天天发se情图|se情",
                "找个se搭子|se搭子",
                "今晚想和你瑟瑟|和你涩涩",
                "收女狗，听话的来|收女狗",
                "有没有人要我穿过的袜子|要我穿过的袜子",
                "出原味白袜，可验证|原味白袜",
                "提供上门特殊服务，价格私聊|上门特殊服务",
                "按摩特殊服务加钱就行|按摩特殊服务",
            })
    void decide_lewdSlangPhrase_removesTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * The everyday words that hold those phrases: a quote's source, a language learner, a given name, a make-up
     * shade, a glorious moment, a soaked bank card; and the shop, food and school lines the family
     * names in its brief. 这个主播好骚气 is a viewer teasing a streamer, no solicitation: 骚 alone is no
     * entry.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "这句台词出自录音棚花絮",
                "原片出自录像带，画质一般",
                "我是中文爱好者，想学书法",
                "孩子作文爱跑题怎么办",
                "@王文爱 你的快递到了",
                "我们聊聊色号，这支口红哪个色好看",
                "跟设计师聊色彩搭配",
                "回顾一下去年的辉煌片段",
                "住在敦煌片区的酒店",
                "银行卡泡水了还能用吗",
                "原味薯片和原味酸奶哪个好吃",
                "这双袜子穿着舒服",
                "孩子穿过的袜子要单独洗吗",
                "自录的教学视频发群里了",
                "这个主播好骚气",
                "这个case情况有点复杂",
                "你们有特殊服务吗，比如刻字",
                "我们提供礼品包装等特殊服务",
            })
    void decide_everydayLinesHoldingTheirWords_stayClean(String text) {
        assertThat(outcomes(text)).isEmpty();
    }
}
