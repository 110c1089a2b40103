package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everyday words that hold a listed term, or sound like one, inside them or across two of them
 * written together (issue 17). The words are the 30,000 commonest of jieba's dictionary
 * ({@code corpora/jieba-common-words}, MIT): nobody here wrote them, so they find what the word
 * lists' authors did not think of. A word that is itself a listed term (赌博, 色情) is not a
 * finding: a member who writes it is screened for it on purpose. What is: a term found inside a
 * longer word (形形色色 holds 色色) or across the seam of two (以下 + 注意 holds 下注), unless it is
 * among the accepted findings ({@code accepted.csv}), each with why.
 */
class CommonWordsTest {

    private static final String CORPUS = "/corpora/jieba-common-words/";
    private static final int PAIRED = 2_000;

    @Test
    void aCommonWord_holdsNoListedTermInsideIt_butTheAcceptedOnes() {
        Map<String, String> found = new TreeMap<>();
        for (String word : words()) {
            for (Hit hit : TestData.hits(word)) {
                if (hit.end() > hit.start() && (hit.start() > 0 || hit.end() < word.length())) {
                    found.put(word, hit.term());
                }
            }
        }

        assertThat(unaccepted(found)).as("terms inside common words").isEmpty();
    }

    @Test
    void twoCommonWordsWrittenTogether_makeNoListedTermAcrossTheirSeam_butTheAcceptedOnes() {
        List<String> common = words().subList(0, PAIRED);
        Map<String, String> found = new TreeMap<>();
        for (String first : common) {
            for (String second : common) {
                String text = first + second;
                for (Hit hit : TestData.hits(text)) {
                    if (hit.start() < first.length() && hit.end() > first.length()) {
                        found.put(text, hit.term());
                    }
                }
            }
        }

        assertThat(unaccepted(found)).as("terms across two common words").isEmpty();
    }

    /** The findings of this screen that led to everyday phrases and withdrawn terms, in sentences. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "以下注意事项请大家仔细阅读",
                "快递放门口交给保安就行",
                "这个路口交通很乱，大家小心",
                "广交会就是中国进出口交易会",
                "余额不足交不了话费",
                "这台手机跑分多少",
                "明天去居委会办证明",
                "办证大厅几点开门",
                "两个手机号都可以联系我",
                "要听妈的话",
                "三八节女性服务中心有活动",
                "我相信球队一定能赢",
                "大家飞机几点到？",
                "这批货颜色情况怎么样",
                "国家电网投资了很多项目",
                "形形色色的人都有",
                "玫红色色号显白",
                "反洗钱宣传月，请大家注意",
                "收到一张假币怎么办",
                "兔死狗烹，鸟尽弓藏",
                "足球评论员说得对",
                "这款丝袜不勾丝，黑色的还有货",
                "按日结算，月底对账",
                "社会福利机构今天来慰问",
                "支援交通建设",
                "互联网贷款利率又降了",
                "印刷单位下午送样",
                "我的第二个手机坏了",
                "垃圾电话太多了，天天骚扰",
                "私信群主报名，演出时间下午三点",
                "私信群主，收货地址填错了",
                "我私信你了，代码发你邮箱",
                "他回去死活不肯说",
            })
    void decide_aSentenceWithSuchAWord_isClean(String text) {
        assertThat(outcomes(text)).as(text).isEmpty();
    }

    /**
     * An everyday phrase that sounds like a listed term clears only where the text holds the phrase's
     * own spelling: 大家飞机 and 国家级负责人 sound like 加飞机 and 加即富, which stay caught as written.
     */
    @Test
    void anEverydayPhraseThatSoundsLikeATerm_clearsOnlyItsOwnSpelling() {
        assertThat(outcomes("大家飞机几点到？")).isEmpty();
        assertThat(outcomes("国家级负责人下周来检查")).isEmpty();
        assertThat(TestData.hits("加飞机联系")).extracting(Hit::term).contains("加飞机");
        assertThat(outcomes("加即富，不骗人")).isNotEmpty();
    }

    private static Map<String, String> unaccepted(Map<String, String> found) {
        TreeSet<String> accepted = TestData.resource(CORPUS + "accepted.csv")
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.equals("text,term,why"))
                .map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> left = new TreeMap<>(found);
        left.entrySet().removeIf(e -> accepted.contains(e.getKey() + "," + e.getValue()));
        return left;
    }

    private static List<String> words() {
        return new ArrayList<>(TestData.resource(CORPUS + "words.txt").lines().toList());
    }
}
