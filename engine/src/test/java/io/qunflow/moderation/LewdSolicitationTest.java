package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sexual lines (低俗色情) the word lists and the sexual detectors still missed on the ChineseHarm-Bench
 * dev half (issue 17, session 34): explicit phrases, worn things offered for sale and role-play
 * spelt with letters, decided by the shipped word lists and {@code moderation.drl} for a plain member
 * three days in the group with a clean record; and the everyday chat of mothers' groups, health talk,
 * fashion, pets, art and a massage shop, which shares their words and must stay clean.
 */
class LewdSolicitationTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "今晚来肏我|肏我",
                "好想肏她|肏她",
                "屁眼开发过吗，想试试|屁眼开发",
                "找个听话的，慢慢调教成母狗|调教成母狗",
                "本人爹系dom，北京可见|爹系dom",
                "百合sm合集，3r一部|百合sm",
                "gay片资源私我|gay片",
                "小姐姐原味收吗，价格好说|原味收吗",
                "有穿了一周没洗的袜子卖吗|没洗的袜子卖",
                "寂寞了，想找人做爱|找人做爱",
                "情侣求一个双向调教的|双向调教",
                "做我的肉便器吧|肉便器",
                "sao母狗出来|sao母狗",
                "白天高冷晚上反差母狗|反差母狗",
                "收反差mg，懂的来|反差mg",
                "来做我的小母狗吧|做我的小母狗",
            })
    void decide_explicitPhraseOrSaleOfWornThings_removesTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * A lewd word written in letters (ss, for 涩涩) or put on a place pictures are found (资源, 网站, 游戏),
     * side by side: the lewd-target detector's cue rows of migration V114.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "想要个ss的女朋友|ss+女朋友",
                "有没有ss的图|ss+图",
                "谁有瑟瑟的资源|瑟瑟+资源",
                "求个涩涩的网站|涩涩+网站",
                "推荐点瑟瑟游戏|瑟瑟+游戏",
                "找个涩涩的美女聊聊|涩涩+美女",
            })
    void decide_aLewdWordOnAPersonOrWherePicturesAreFound_removesTheMember(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("lewd-target", term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * Everyday chat holding the words of the phrases above, or of the phrases left out on purpose
     * (rules/lexicon/README.md): a baby's bottom and a rectal thermometer, a dog trained at home, a
     * web page's DOM, crisps in their plain flavour, socks in the wash, a MOBA's marksman, a lost
     * dog's reward, and the brief's everyday lines of mothers, patients, shoppers, pet owners, art
     * students, film fans and a foot-massage shop.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "宝宝吃奶总是睡着怎么办",
                "胸部胀痛怎么办，哺乳期第三周",
                "哺乳期内衣推荐一下，要纯棉的",
                "妇科检查要空腹吗",
                "前列腺炎吃什么药好得快",
                "这件内衣很舒服，回购了",
                "低胸装配什么外套好看",
                "母狗发情了怎么办，要不要绝育",
                "人体素描课几点开始",
                "这部电影有床戏吗，想带孩子看",
                "足疗按摩一小时98，全身再加50",
                "宝宝屁眼红了擦什么",
                "体温计插屁眼量体温准吗",
                "我家狗狗调教成功了，会握手了",
                "前端面试问dom操作怎么答",
                "这款薯片出原味的吗",
                "原味收到了，番茄味还没到",
                "孩子穿过的袜子要单独洗吗",
                "父母逼我结婚怎么办",
                "打野一直盯射手",
                "找狗，有偿，金毛走丢了",
                "手机里的私密照片怎么隐藏",
                "反差萌的小猫好可爱",
                "我家的母狗做绝育了吗",
                "团购登记：薯片要原味，内裤要L码",
                "羊奶子熟了，大不大看品种",
                "抽到ss级美女角色了",
                "boss的男朋友也来了",
                "冷得瑟瑟发抖的游戏主播",
                "柿子涩涩的，游戏先不玩了",
            })
    void decide_everydayChatSharingTheirWords_staysClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
