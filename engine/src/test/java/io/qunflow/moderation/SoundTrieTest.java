package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoundTrieTest {

    private final Normalizer normalizer = Variants.shipped().normalizer();

    private List<String> found(List<String> terms, String message) {
        List<String> keys = terms.stream()
                .map(term -> normalizer.sound(normalizer.normalizeTerm(term)))
                .toList();
        SoundTrie trie = new SoundTrie(keys, normalizer);
        String text = normalizer.normalizeTerm(message);
        List<String> found = new ArrayList<>();
        trie.match(
                text.toCharArray(),
                text.length(),
                (begin, end, key) ->
                        found.add(terms.get(key) + "@" + begin + "-" + end + "=" + text.substring(begin, end)));
        return found;
    }

    @Test
    void reportsEveryKey_withItsIndexAndSpan_inOrderOfWhereItEnds() {
        assertThat(found(List.of("刷单", "兼职刷单", "日结"), "招兼职刷单，日结"))
                .containsExactly("兼职刷单@1-5=兼职刷单", "刷单@3-5=刷单", "日结@5-7=日结");
    }

    @Test
    void findsAHomophone_thatNoKeyIsWrittenAs() {
        assertThat(found(List.of("购买"), "可以够买")).containsExactly("购买@2-4=够买");
    }

    @Test
    void aCharNoKeyContains_breaksAMatch_butTheScanGoesOn() {
        assertThat(found(List.of("刷单返利", "返利"), "刷单好返利")).containsExactly("返利@3-5=返利");
    }

    @Test
    void aPartialMatch_fallsBackToTheLongestSuffixThatIsAKeyPrefix() {
        assertThat(found(List.of("代理加盟", "理财"), "代理财富")).containsExactly("理财@1-3=理财");
    }

    @Test
    void latinAndDigitsAreTheirOwnSounds() {
        assertThat(found(List.of("vx", "v信"), "加vx或v信")).containsExactly("vx@1-3=vx", "v信@4-6=v信");
    }
}
