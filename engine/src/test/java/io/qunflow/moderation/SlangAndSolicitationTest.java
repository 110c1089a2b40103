package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Insults, sexual lines, gambling and black-market ads written in the slang the ChineseHarm-Bench
 * dev half's lines use (issue 17), decided by the shipped word lists and {@code moderation.drl} for a
 * plain member three days in the group with a clean record; and the everyday chat of shop and brand
 * groups (mothers, pet owners, farmers, gamers, customer service) that shares their characters and
 * must stay clean. The rows are written for this test, in the way those lines are written.
 */
class SlangAndSolicitationTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "你这种人就是站街女的命|站街女",
                "客服你妈是不是死了，半天不回|你妈是不是死了",
                "你个欠艹的东西|欠艹",
                "小逼崽子还敢回嘴|逼崽子",
                "这种人早点死吧|早点死吧",
                "楼上的蒸鹅心，别说了|蒸鹅心",
                "再说一句操死你|操死你",
                "信不信草死你|草死你",
                "你这个狗娘养的骗子|狗娘养的",
                "跟个低能儿一样|低能儿",
                "长得就是个丑逼|丑逼",
                "闭嘴吧贱逼|贱逼",
            })
    void decide_insult_warnsTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.ABUSE));
        assertThat(outcomes(text)).contains("WARN_MEMBER").doesNotContain("REMOVE_MEMBER");
    }

    /**
     * Everyday chat that shares an insult's characters. A message's punctuation is dropped before
     * matching, so 起号，家里 reads 起号家里 and no entry is made of it (这么起号家里人怎么办 is an
     * insult, 我在家里起号，家里网速慢 a gamer); 草你妈 and 滚你妈 read inside 除草你妈妈 and 滚你妈妈那边,
     * 一群废物 inside 一群废物利用的作品, so they are no entries either.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "东莞站街口那边有个快递点",
                "你妈妈是不是来接你了",
                "你妈是不是说过这事",
                "艹，又输了一把",
                "崽子们放学了，逼不得已才早点回去",
                "早点死心吧，这款没货了",
                "早点睡吧，明天还要上班",
                "周末做了清蒸鹅，鹅心也很好吃",
                "草死了一片，要打药",
                "狗娘生了五只小狗，有要的吗",
                "低能耗的冰箱推荐一下",
                "我在家里起号，家里网速慢",
                "帮我除草你妈妈在家吗",
                "这一群废物利用的手工作品真棒",
            })
    void decide_everydayChatSharingAnInsultsCharacters_isClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "小母狗来主动点，私我|母狗来主动",
                "卖自我安慰视频，十元三部|自我安慰视频",
                "破解海角，会员免费看|破解海角",
                "招绿帽奴，懂的来|绿帽奴",
                "乖，想舔你下面|舔你下面",
                "颜射合集要的私|颜射",
                "肛交视频有需要的吗|肛交",
                "出售性爱视频，打包价|性爱视频",
                "做爱视频一部5元|做爱视频",
                "想操逼的私我|操逼",
            })
    void decide_sexualSolicitationOrExplicitWord_removesTheMember(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, Category.PORN));
        assertThat(outcomes(text)).contains("REMOVE_MEMBER");
    }

    /**
     * Everyday chat that shares a sexual phrase's characters, and the phrases left out for it: 当我的小母狗
     * (当 is also "when": 当我的小母狗发情的时候), 莞式 (东莞式的早茶), 潮吹 (钱塘江潮吹来一阵风), 大屌 (大屌丝逆袭),
     * 乳交 (乳交界处), 约啪 (约啪啪响的鞭炮), 做爱吗 (a mothers' group asks 孕期可以做爱吗).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "我家小母狗来月经了，主动找公狗怎么办",
                "当我的小母狗发情的时候要注意什么",
                "失恋了只能自我安慰一下，看个搞笑视频",
                "海角七号这部电影好看，破解版别下",
                "绿帽子这个颜色不好看",
                "狗狗舔你下巴说明它喜欢你",
                "颜色和射灯一起装在客厅",
                "宝宝肛门有点红，便秘了",
                "性价比视频推荐一下",
                "操作逼真的模拟游戏",
                "东莞式的早茶很好吃",
                "钱塘江潮吹来一阵风",
                "大屌丝逆袭的故事",
                "乳交界处长了个疙瘩",
                "孕期可以做爱吗，医生怎么说",
            })
    void decide_everydayChatSharingASexualPhrasesCharacters_isClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PG大水，来就送|pg大水|GAMBLING",
                "真人视讯，百家乐牛牛都有|真人视讯|GAMBLING",
                "BET365开户找我|bet365|GAMBLING",
                "有没有炒小说的，日结|炒小说|SCAM",
                "需要评论有偿，一条3元|评论有偿|SCAM",
            })
    void screen_aGamblingOrBlackMarketAd_isListed(String text, String term, Category category) {
        assertThat(hits(text)).as(text).extracting(Hit::term, Hit::category).contains(tuple(term, category));
        assertThat(outcomes(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PG级电影适合孩子看吗",
                "这个是大水杯还是小水杯",
                "真人视频通话一下更放心",
                "炒小龙虾说要多放辣",
                "评论有点多，回复慢了",
            })
    void decide_everydayChatSharingAGamblingOrGigWordsCharacters_isClean(String text) {
        assertThat(hits(text)).as(text).isEmpty();
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
