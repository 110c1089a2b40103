package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

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
     * against it (加爸爸, 自己加, 来找我, 来聊, 加个好友): the sex-object detector.
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
            })
    void decide_sexualObjectAskedToMakeContact_removesTheMember(String text, String term) {
        assertThat(hits(text)).anySatisfy(h -> {
            assertThat(h.term()).isEqualTo(term);
            assertThat(h.category()).isEqualTo(Category.PORN);
            assertThat(h.detector()).isEqualTo("sex-object");
        });
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
                "我家狗狗是女狗狗，穿什么尿裤",
            })
    void decide_everydayPetAndFoodLines_stayClean(String text) {
        assertThat(outcomes(text)).isEmpty();
    }
}
