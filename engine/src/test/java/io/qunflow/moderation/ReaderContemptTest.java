package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contempt aimed at the reader (谩骂引战, issue 17, round 4): insults on the reader's brain, on their
 * upbringing, on a group they belong to, and idioms and vulgar words of contempt, decided by the shipped
 * word lists, cue words and {@code moderation.drl} for a plain member three days in the group with a
 * clean record; and the everyday chat of parents, pet owners, farmers and students that shares their
 * words and must stay clean.
 */
class ReaderContemptTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "就你这狗嘴里吐不出象牙的，闭嘴吧|狗嘴里吐不出象牙",
                "出门记得带带脑子好吗|带带脑子",
                "发言之前带点脑子|带点脑子",
                "你脑子有问题吧，这都看不懂|你脑子有问题",
                "你脑子进水了？谁会信这个|你脑子进水",
                "你脑子有病吧天天刷屏|你脑子有病",
                "你没长脑子吗，说了三遍了|你没长脑子",
                "这人脑子长屁股上了|脑子长屁股上",
                "我看你们这些肥猪就是闲的|你们这些肥猪",
                "没爹妈教的东西，少在这说话|没爹妈教的东西",
                "你个臭biaozi别说话|biaozi",
                "有本事跟我狗叫啊|跟我狗叫",
                "发这种帖子的小丑东西|小丑东西",
                "祝你妈没屁眼|妈没屁眼",
                "不服就认我当爹|认我当爹",
                "活着就是浪费氧气|浪费氧气",
                "一看就是个捞女|捞女",
            })
    void decide_aTermOfContempt_warnsTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你是不是脑子有问题，天天发这种|你是不是+脑子有问题",
                "你真没家教，谁教你这么说话的|你真+没家教",
                "你就是没爹妈教的，懂什么|你就是+没爹妈教",
                "你是没脑子吗|你是+没脑子",
                "你是脑袋没发育全吧|你是+脑袋没发育",
                "你这种没妈教的也配说话|你这种+没妈教",
                "你也是脑子进水了才信他|你也是+脑子进水",
                "处你🐎呢，天天在这处|处+你马呢",
                "装你🐴呢，谁信|装+你马呢",
                "吊你爹呢，谁理你|吊+你爹呢",
            })
    void decide_anInsultOnTheReadersBrainOrUpbringing_isAReaderInsult(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("reader-insult", term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    /**
     * Everyday chat that holds the words: a child's quick brain, a parent's worry about manners, a farmer's
     * pig, a dog's mouth, a beeping oven, a doctor's words about a child, oneself. 别哔哔了快来吃饭 stays
     * clean on purpose: 哔哔 is no entry (the beep), nor is 逼逼 (a parent's 孩子逼逼叨叨一晚上, chattering).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "宝宝脑子转得快，一教就会",
                "这道题要动脑子，别急",
                "你们这些宝妈真厉害",
                "我家狗狗嘴馋，什么都想吃",
                "孩子没人教怎么办",
                "孩子没家教怎么办，说了也不听",
                "留守儿童从小没爹妈教，挺可怜的",
                "那头肥猪有三百斤，过年杀了",
                "你这个肥猪多少钱一斤",
                "狗嘴里叼着骨头跑了",
                "脑子里想的都是周末去哪玩",
                "带点零食给宝宝",
                "别哔哔了快来吃饭",
                "孩子逼逼叨叨一晚上，吵得睡不着",
                "微波炉哔哔响了",
                "我们比比谁跑得快",
                "你是大脑发育不全患儿的家长吗",
                "宝宝大脑发育不全要做康复吗",
                "他从小没爹没妈，是奶奶带大的",
                "我脑子进水了才买这个",
                "我这脑子有问题，又忘带钥匙了",
                "这个标志很好看",
                "狗狗跟我叫了一晚上",
                "我🐴上到，等我一下",
                "先🐴住，回头再看",
                "🐴年快乐，身体健康",
                "死马当活马医吧，试试这个药",
                "周末带孩子去骑🐎，你🐎呢？要一起吗",
                "杀马特造型是什么年代的",
                "你爹呢？让他来签字",
                "我装你爹呢，你装宝宝",
                "宝宝天生没屁眼，做了手术",
                "鱼缸里鱼太多，氧气不够",
                "幼儿园要带小丑的东西做道具",
                "我们比比谁画得好",
                "我家老女儿今年上小学了",
                "捞鱼的时候小心点",
            })
    void decide_everydayChat_staysClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
