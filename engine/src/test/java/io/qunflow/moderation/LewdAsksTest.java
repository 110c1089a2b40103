package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lewd asks, round 4 (低俗色情, issue 17): asks aimed at a person for sex that the ChineseHarm-Bench dev half and
 * reserve showed missing or caught the wrong way, decided by the shipped word lists and {@code moderation.drl} for
 * a plain member three days in the group with a clean record; and the everyday chat of shop, pet, food and
 * parents' groups that shares their words and must stay clean. The rows are written for this test in the style of
 * the family, not copied from the corpora.
 */
class LewdAsksTest {

    /**
     * 母狗 spelt to dodge a filter (亩狗, 姆狗) and asked to add the reader, written right against the ask: the
     * sex-object detector, now that the word-list term 母狗加我 is gone.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "亩🐶加我，今晚|亩狗+加我",
                "姆🐶自己加爸爸|姆狗+自己加",
                "听话的小母狗加我|母狗+加我",
                "乖的母🐶加我吧|母狗+加我",
            })
    void decide_sexualObjectSpeltOutAskedToAdd_removesTheMember(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("sex-object", term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * A dog seller is no longer removed for a sexual line (the contact ad is still the contact detectors' to
     * weigh): a comma parts the dog from the ask, and a message naming a pet as owners and sellers do (a breed,
     * 幼犬, 配种, 疫苗) stands the sex-object detector down when no comma does.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "出售柯基小母狗，加我微信",
                "还有两只泰迪小母狗，加我看视频",
                "出售柯基小母狗加我微信",
                "纯种金毛小母狗加我看视频",
                "幼犬到了，疫苗打完，小母狗加我预约",
                "想给我家母狗配种，母狗加我聊",
            })
    void decide_dogSellersAsk_isNoSexualLine(String text) {
        assertThat(hits(text)).noneMatch(h -> h.category() == Category.PORN);
        assertThat(outcomes(text)).doesNotContain("REMOVE_MEMBER");
    }

    /** A photo of one's body with a sign naming the buyer (举 for 举牌), sold or taken on: word-list phrases. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "出🐮举，可指定称呼|出牛举",
                "接🐮举，私聊价格|接牛举",
            })
    void decide_signedBodyPhotoSoldOrTakenOn_removesTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /** Pet owners', food and parents' lines that share the family's words stay clean. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "我家母狗生了一窝小狗",
                "原味薯片和番茄味的都要",
                "这双袜子穿着舒服",
                "宝宝喝完奶就睡了",
                "小狗尿在垫子上了",
                "母狗加点钙片会不会好一点",
                "亩产多少斤，狗粮涨价了",
                "小蜗牛举着伞去上学",
                "这头牛举起角就冲过来了",
                "我出牛肉，你出菜，周末聚餐",
                "应援举牌明天到，接机的姐妹注意",
                "他裸举能推一百公斤",
            })
    void decide_everydayPetFoodAndParentsLines_stayClean(String text) {
        assertThat(outcomes(text)).isEmpty();
    }
}
