package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Insults aimed at the reader (a phrase naming the reader, then an insulting word) and sexual
 * role-play roles asked for, read by their shape as the ChineseHarm-Bench insults and sexual lines
 * word them, and the everyday lines holding the same words that must stay clean: the word said of
 * oneself or of a thing, pet owners, pig farmers, mothers' groups and clothes shops (issue 17).
 */
class InsultPatternsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "看见你这种杂碎就烦，别在群里说话了|你这种+杂碎",
                "你就是个垃圾，还好意思在这叫|你就是+垃圾",
                "那你是真贱，人家都不理你还凑上去|你是+真贱",
                "天天来评论区找骂，你是犯贱吧|你是+犯贱",
                "你们这些小唐货就知道跟风|你们这些+唐货",
                "你跟个屎一样，闻着都臭|你跟个+屎",
                "楼主是舔狗吧，人家都拉黑你了|楼主是+舔狗",
                "你这个狗脑子能想明白吗|你这个+狗脑子",
                "你更是蠢得没边了|你更是+蠢",
                "你们这帮败类，迟早被封|你们这帮+败类",
                "你太蠢了，这都看不懂|你太+蠢",
                "你全家都死光了|你全家+死光",
                "骂谁呢，你祖宗死绝了|你祖宗+死绝",
                "你真垃圾，输了就骂队友|你真+垃圾",
                "说了多少遍，你就是个窝囊废|你就是+我囊废",
                "你这人真贱，天天来找骂|你这人+真贱",
            })
    void screen_anInsultRightAfterAPhraseNamingTheReader_isAReaderInsult(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("reader-insult", term, Category.ABUSE, Severity.HIGH));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我这狗脑子，又忘了带钥匙",
                "你这种狗掉毛吗？我家想养一只",
                "你这个狗几个月了，打疫苗了吗",
                "你是狗年出生的吗",
                "你这肥猪多少钱一斤",
                "你是猪吗哈哈哈，又睡过头了",
                "你个小傻瓜，快递到了都不知道",
                "你这种垃圾袋在哪买的，挺结实",
                "你这个垃圾桶是脚踩的吗",
                "你是说垃圾没人收吗？物业电话多少",
                "你这个屋里垃圾太多了，记得倒",
                "你们这些垃圾放门口会臭的",
                "你这种垃圾扔哪个桶",
                "你这个垃圾是干垃圾还是湿垃圾",
                "你这个垃圾属于可回收物吗",
                "你们这些垃圾什么时候清走",
                "你这种垃圾怎么分类",
                "你个人觉得垃圾分类难吗",
                "你这个屎黄色的外套哪买的",
                "你这个废物箱是分类的吗",
                "你这个猪脑子怎么卖，炖汤用",
                "你是孙子的班主任吗",
                "你们就是骗子吧，说好的包邮呢",
                "垃圾分类是周几来收",
                "你是做废物利用的吗，手工好漂亮",
                "你这个羊杂碎多少钱一碗",
                "你是铲屎官吗，家里几只猫",
                "你这个宝宝拉屎正常吗",
                "你是小丑鱼的饲养员吗",
                "你是孤儿院的志愿者吗",
                "你是唐山的吗，我也是",
                "你是唐氏筛查高风险吗？别急，再做个无创",
                "你是哪年出生的",
                "你妈说没了，明天再买",
                "你爸炸了鸡翅，过来吃",
                "你妈生日了吗，给她订个蛋糕",
                "你是刮宫还是药流",
                "你是做鸡排的吗，摊位在哪",
                "你这个喷子是浇花用的吗",
                "我真是蠢，又买错了尺码",
                "你真是蠢萌，我家猫也这样",
                "你太蠢萌了吧，笑死",
                "你好，垃圾放门口就行吗",
                "你真垃圾分类小能手",
                "你爸妈帮你铲屎吗",
                "你家人垃圾分类做得真好",
                "你妈屎尿能自理吗",
                "游戏里你们死光了吗，我来复活",
            })
    void screen_theSameWordsAboutOneselfOrAThing_areNoReaderInsult(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("reader-insult"));
    }

    @Test
    void screen_anInsultOneCharacterAfterTheReaderIsCaught_butOneFurtherIsNot() {
        assertThat(hits("你就是个垃圾")).anySatisfy(h -> assertThat(h.detector()).isEqualTo("reader-insult"));
        assertThat(hits("你就是说个垃圾")).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("reader-insult"));
    }

    @Test
    void screen_aRoleWithinEightCharactersOfAnAskIsASexualAsk_butOneNineAwayIsNot() {
        assertThat(hits("想找：女双属性的或者女dom"))
                .anySatisfy(h -> assertThat(h.detector()).isEqualTo("sexual-ask"));
        assertThat(hits("想找：女双属性的或者还是女dom"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("sexual-ask"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "找个女dom，本人男，同城|找+女dom",
                "有没有女sub，私我|有没有+女sub",
                "sese要嘛|sese+要嘛",
                "男dom求一个，线上就行|男dom+求",
            })
    void screen_aSexualRolePlayRoleAskedFor_isASexualAsk(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("sexual-ask", term, Category.PORN, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "有没有女M码的，要两件",
                "接龙：张三 女M 加1件",
                "收到男M号了，尺码正好",
                "女M还有吗？加我留一件",
                "有没有M狗狗衣服",
                "收母畜，价格好商量，加我",
                "求一部女奴题材的电影",
                "找dom节点的方法，求教",
                "SM公司的新团，求资源",
                "找母狗配种，我家是金毛",
                "有母狗吗？想给我家狗找个伴",
                "我家小母狗加点钙片可以吗",
                "柿子涩涩的，加点糖就好吃了",
                "这款原味薯片有没有",
                "有没有妈妈加我，一起拼团",
                "夫妻交换礼物，有没有推荐",
                "新人夫妻交换戒指的时候哭了",
                "单男单女都可以报名，加我",
                "主人找狗，走失了一只泰迪",
            })
    void screen_everydayLinesWithTheSameWords_areNoSexualAsk(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("sexual-ask"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "有没有瑟瑟的女搭子|瑟瑟+女搭子",
                "求点涩涩的漫画|涩涩+漫画",
                "发几张瑟瑟图看看|瑟瑟+图",
                "想找个涩涩的男朋友|涩涩+男朋友",
            })
    void screen_aLewdWordRightBeforeAPersonOrAPicture_isALewdTarget(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category, Hit::severity)
                .contains(tuple("lewd-target", term, Category.PORN, Severity.SEVERE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "柿子涩涩的，图片看着挺红",
                "这茶涩涩的，视频里说要多泡一会",
                "冷得瑟瑟发抖的小猫照片",
                "秋风瑟瑟的照片真有意境",
                "青涩涩的女生",
                "柿子涩涩的口感",
                "这个柿子瑟瑟的",
            })
    void screen_aTasteAShiverOrACommaBetween_isNoLewdTarget(String text) {
        assertThat(hits(text)).noneSatisfy(h -> assertThat(h.detector()).isEqualTo("lewd-target"));
    }

    @Test
    void screen_aLewdPhraseTheWordListHolds_keepsTheListedPhraseAsItsEvidence() {
        assertThat(hits("来个涩涩的小姐姐"))
                .anySatisfy(h -> assertThat(h.term()).isEqualTo("涩涩的小姐姐"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("lewd-target"));
    }

    @Test
    void screen_aCommaBetweenTheReaderAndTheInsult_partsThem() {
        assertThat(hits("知道你是，垃圾就别扔这"))
                .noneSatisfy(h -> assertThat(h.detector()).isEqualTo("reader-insult"));
        assertThat(hits("知道你是垃圾就别说话")).anySatisfy(h -> assertThat(h.detector()).isEqualTo("reader-insult"));
    }

    /** The everyday lines rules/lexicon/README.md names for the words it leaves out on purpose. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "怀孕的母狗加点钙片",
                "你父母死亡后保险怎么赔",
                "新人夫妻交换戒指",
                "我们是养猪的，这批肥猪下周出栏",
                "这头老母猪又下了一窝",
                "孩子的木琴坏了",
                "羊杂碎汤真好喝",
                "我这狗脑子，又忘了",
                "我就是舔狗，怎么了",
                "我真是犯贱，又去看他朋友圈",
                "包装好丑东西还碎了",
                "你是cs专业的吗",
                "我不喜欢涩涩的口感",
                "原味薯片和中文爱好者",
                "有需要的妈妈加我",
                "我在家里起号，家里网速慢",
                "帮我除草你妈妈在家吗",
                "滚你妈妈那边去",
                "一群废物利用的作品",
                "你们这群废物利用的作品真好看",
                "生日你妈给你买了啥",
                "你妈被奸商骗了",
                "我是ab脸",
                "你的木琴",
                "当我的小母狗发情的时候",
                "东莞式的早茶",
                "钱塘江潮吹来",
                "孕期可以做爱吗",
                "这款薯片出原味的吗",
                "聊聊色号",
                "宝宝屁眼红了",
                "奶瓶奶头",
                "最后入库",
                "水果照片",
                "自录课程",
                "调教狗狗",
                "社群交流",
                "室内射击",
                "人口爆炸",
                "我们吃鸡吧",
                "小mg",
                "瑟瑟的柿子",
            })
    void screen_theEverydayLinesTheWordListsLeaveOut_areNoInsultOrSexualAsk(String text) {
        assertThat(hits(text))
                .noneSatisfy(h -> assertThat(h.detector()).isIn("reader-insult", "sexual-ask", "lewd-target"));
    }
}
