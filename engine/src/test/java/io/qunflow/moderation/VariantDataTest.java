package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class VariantDataTest {

    private static final Normalizer SHIPPED = Variants.shipped().normalizer();

    private static List<String> problems(VariantData.Parsed<?> parsed) {
        return parsed.problems().stream().map(VariantData.Problem::toString).toList();
    }

    @Test
    void shippedFiles_areValid() {
        VariantData.Parsed<Map<Integer, String>> characters =
                VariantData.characters(VariantData.shipped(VariantData.CHARACTERS));
        VariantData.Parsed<List<Cue>> cues = CueWords.read(VariantData.shipped(VariantData.CUES), SHIPPED);

        assertThat(characters.problems()).isEmpty();
        assertThat(cues.problems()).isEmpty();
        assertThat(characters.value()).containsEntry((int) '薇', "微");
        assertThat(cues.value()).contains(new Cue("私聊", Cue.Kind.PRIVATE_CHAT));
    }

    @Test
    void characters_everyBadRowIsRefusedWithItsLine_andGoodRowsAreKept() {
        String csv = String.join(
                "\n",
                "# a comment",
                "variant,canonical,kind",
                "薇,微,homophone",
                "ab,加,symbol",
                "a,加,lookalike",
                "⊕,加,wrong",
                "薇,威,homophone",
                "丼,漢,lookalike",
                "Ⅹ,A,lookalike",
                "⊗,x,symbol,extra",
                "⊙,⊙⊙,symbol",
                "訫,信,lookalike");

        VariantData.Parsed<Map<Integer, String>> parsed = VariantData.characters(csv);

        assertThat(problems(parsed))
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("line 4: the variant must be one character"),
                        p -> assertThat(p).startsWith("line 5: the variant 'a' is a plain latin letter"),
                        p -> assertThat(p).startsWith("line 6: unknown kind 'wrong'"),
                        p -> assertThat(p).isEqualTo("line 7: '薇' is listed twice (first on line 3)"),
                        p -> assertThat(p).startsWith("line 8: the canonical form '漢' is not written as"),
                        p -> assertThat(p).startsWith("line 9: the canonical form 'A' is not written as"),
                        p -> assertThat(p).startsWith("line 10: expected 3 fields"),
                        p -> assertThat(p).startsWith("line 11: the canonical form '⊙⊙' must be letters or digits"));
        assertThat(parsed.value()).containsOnlyKeys((int) '薇', (int) '訫');
    }

    @Test
    void characters_chainsAreFollowed_andCharactersThatStandForEachOtherAreRefused() {
        Map<Integer, String> chained = VariantData.characters("variant,canonical,kind\n溦,薇,lookalike\n薇,微,homophone\n")
                .value();
        VariantData.Parsed<Map<Integer, String>> loop =
                VariantData.characters("variant,canonical,kind\n甲,乙,lookalike\n乙,甲,lookalike\n");

        assertThat(chained).containsEntry((int) '溦', "微");
        assertThat(problems(loop)).anySatisfy(p -> assertThat(p).contains("stand for each other"));
    }

    /** {@code count} Chinese characters the character table accepts as canonical forms. */
    private static List<String> canonicalHan(int count) {
        List<String> letters = new java.util.ArrayList<>(count);
        for (char c = '\u4e00'; letters.size() < count; c++) {
            if (Character.isLetter(c) && CharacterBase.isCanonical(c)) {
                letters.add(String.valueOf(c));
            }
        }
        return letters;
    }

    private static String chain(List<String> letters) {
        StringBuilder csv = new StringBuilder("variant,canonical,kind\n");
        for (int i = 0; i + 1 < letters.size(); i++) {
            csv.append(letters.get(i)).append(',').append(letters.get(i + 1)).append(",lookalike\n");
        }
        return csv.toString();
    }

    @Test
    void characters_aChainAsLongAsAFileMayHold_mapsEveryRowToItsEnd() {
        List<String> letters = canonicalHan(10_001);

        VariantData.Parsed<Map<Integer, String>> parsed = VariantData.characters(chain(letters));

        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.value()).hasSize(10_000);
        assertThat(parsed.value().values()).containsOnly(letters.get(10_000));
    }

    @Test
    void characters_aLoopOfTenThousandRows_namesEveryRowOnIt() {
        List<String> letters = new java.util.ArrayList<>(canonicalHan(10_000));
        letters.add(letters.get(0));

        List<String> found = problems(VariantData.characters(chain(letters)));

        assertThat(found).hasSize(10_000).allSatisfy(p -> assertThat(p).contains("stand for each other"));
        assertThat(found.get(0))
                .isEqualTo("line 2: '" + letters.get(0) + "' and '" + letters.get(9_999) + "' stand for each other");
    }

    @Test
    void characters_aMissingHeaderOrAnEmptyFile_isRefused() {
        assertThat(problems(VariantData.characters("薇,微,homophone\n")))
                .containsExactly("line 1: expected the header 'variant,canonical,kind' but got '薇,微,homophone'");
        assertThat(problems(VariantData.characters(" \n"))).hasSize(1);
    }

    @Test
    void cues_everyBadRowIsRefusedWithItsLine() {
        String csv = String.join(
                "\n",
                "cue,kind",
                "私聊,private-chat",
                "私聊,private-chat",
                "~~,contact",
                "TOP,tld",
                "c,common-tld",
                "t .cn,short-link",
                "拍拍,nonsense",
                "dwz.cn,short-link",
                "~~,qq",
                "？,wechat-id");

        VariantData.Parsed<List<Cue>> parsed = CueWords.read(csv, SHIPPED);

        assertThat(problems(parsed))
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("line 3: '私聊' (private-chat) is listed twice"),
                        p -> assertThat(p).startsWith("line 4: '~~' has no matchable characters"),
                        p -> assertThat(p).startsWith("line 5: a top-level domain is 2 to 6 lower-case"),
                        p -> assertThat(p).startsWith("line 6: a top-level domain is 2 to 6 lower-case"),
                        p -> assertThat(p).startsWith("line 7: a link-shortener host is a host name"),
                        p -> assertThat(p).startsWith("line 8: unknown kind 'nonsense'"),
                        p -> assertThat(p).startsWith("line 10: '~~' has no matchable characters"),
                        p -> assertThat(p).startsWith("line 11: '？' has no matchable characters"));
        assertThat(parsed.value())
                .containsExactly(new Cue("私聊", Cue.Kind.PRIVATE_CHAT), new Cue("dwz.cn", Cue.Kind.SHORT_LINK));
    }

    @Test
    void compiledVariants_foldANewLookAlike_andTheShippedOnesStay() {
        String characters = VariantData.shipped(VariantData.CHARACTERS) + "\n⊕,加,symbol\n";
        Variants withCircledPlus = Variants.compile(characters, VariantData.shipped(VariantData.CUES));

        assertThat(withCircledPlus.normalize("⊕薇信").text()).isEqualTo("加微信");
        assertThat(Variants.shipped().normalize("⊕薇信").text()).isEqualTo("微信");
        assertThat(withCircledPlus.normalize("ＶＸ：ｍｅｉ").text())
                .isEqualTo(Variants.shipped().normalize("ＶＸ：ｍｅｉ").text());
    }

    @Test
    void compiledVariants_theShippedQqAndWeChatTriggersAreCanonical_andInTheFilesOrder() {
        Variants shipped = Variants.shipped();

        assertThat(shipped.qqTriggers()).containsExactly("qq", "扣扣", "企鹅", "球球", "q号", "q群", "群号", "群", "鹅号", "qun号");
        assertThat(shipped.weChatIdTriggers())
                .containsExactly("vx", "wx", "v信", "微x", "wechat", "weixin", "加v", "加我v", "绿泡泡", "维信", "wei信");
        assertThat(shipped.weakWeChatIdTriggers()).containsExactly("微信", "v", "卫星");
    }

    @Test
    void compiledVariants_anEverydayPhraseAddedToTheData_silencesTheCueInsideIt() {
        TextScreener withPhrase = screenerWithShippedCuesAnd("滴滴拼车,everyday");
        TextScreener shipped = new TextScreener(Lexicon.of(List.of()));
        String ride = "滴滴拼车20元一位";

        assertThat(shipped.screen(ride, MessageFlags.NONE).hits())
                .extracting(Hit::detector)
                .containsExactly("trade-solicitation");
        assertThat(withPhrase.screen(ride, MessageFlags.NONE).clean()).isTrue();
        assertThat(withPhrase.screen("滴滴我，20块一单", MessageFlags.NONE).hits())
                .extracting(Hit::detector)
                .containsExactly("trade-solicitation");
    }

    @Test
    void compiledVariants_aQqOrWeChatTriggerAddedToTheData_isCaught() {
        TextScreener withNewTriggers = screenerWithShippedCuesAnd("腾讯,qq", "飞信,wechat-id");
        TextScreener shipped = new TextScreener(Lexicon.of(List.of()));
        String qq = "有事找我腾讯 88051234";
        String weChat = "加我飞信 abcdefg";

        assertThat(withNewTriggers.screen(qq, MessageFlags.NONE).hits())
                .filteredOn(h -> h.detector().equals("qq"))
                .extracting(Hit::term, Hit::matchedOriginal)
                .containsExactly(Tuple.tuple("88051234", "腾讯 88051234"));
        assertThat(withNewTriggers.screen(weChat, MessageFlags.NONE).hits())
                .filteredOn(h -> h.detector().equals("wechat-id"))
                .extracting(Hit::term)
                .containsExactly("abcdefg");
        assertThat(shipped.screen(qq, MessageFlags.NONE).hits())
                .noneMatch(h -> h.detector().equals("qq"));
        assertThat(shipped.screen(weChat, MessageFlags.NONE).hits())
                .noneMatch(h -> h.detector().equals("wechat-id"));
    }

    /** A screener with no terms, over the shipped variant data with these cue rows appended. */
    private static TextScreener screenerWithShippedCuesAnd(String... rows) {
        String cues = VariantData.shipped(VariantData.CUES) + "\n" + String.join("\n", rows) + "\n";
        return new TextScreener(
                Lexicon.of(List.of(), Variants.compile(VariantData.shipped(VariantData.CHARACTERS), cues)));
    }

    @Test
    void cueKinds_allFitInTheSetOfKindsACueCarries() {
        // A cue's kinds are a bit set of Cue.Kind.WORDS longs: a kind past them would share a
        // bit with another and be read as it. Past them, WORDS needs to grow.
        assertThat(Cue.Kind.values()).hasSizeLessThanOrEqualTo(Long.SIZE * Cue.Kind.WORDS);
        assertThat(java.util.Arrays.stream(Cue.Kind.values())
                        .map(kind -> kind.word() + ":" + kind.bit())
                        .distinct()
                        .count())
                .isEqualTo(Cue.Kind.values().length);
    }
}
