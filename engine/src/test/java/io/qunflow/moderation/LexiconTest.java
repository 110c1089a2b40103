package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void screen_twoShortTermsThatSoundAlike_eachMatchedAsWrittenWithItsOwnEntry() {
        TextScreener screener = new TextScreener(Lexicon.of(List.of(
                new LexiconEntry("约炮", Category.PORN, Severity.SEVERE),
                new LexiconEntry("约泡", Category.PORN, Severity.HIGH))));

        assertThat(screener.screen("有人约泡吗", MessageFlags.NONE).hits())
                .extracting(Hit::term, Hit::severity, Hit::detector)
                .containsExactly(Tuple.tuple("约泡", Severity.HIGH, "lexicon"));
        assertThat(screener.screen("有人约炮吗", MessageFlags.NONE).hits())
                .extracting(Hit::term, Hit::severity, Hit::detector)
                .containsExactly(Tuple.tuple("约炮", Severity.SEVERE, "lexicon"));
        // A third spelling of the same sound, two characters long, is not a listed word.
        assertThat(screener.screen("有人约疱吗", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void parseCsv_projectWordLists_allCategoriesAndSevereRules() {
        List<LexiconEntry> all = TestData.lexiconEntries();
        assertThat(all)
                .extracting(LexiconEntry::category)
                .contains(
                        Category.CONTACT,
                        Category.LINK,
                        Category.SCAM,
                        Category.GAMBLING,
                        Category.PORN,
                        Category.FRAUD,
                        Category.ABUSE,
                        Category.COMPETITOR);
        assertThat(all)
                .filteredOn(e -> e.category() == Category.PORN || e.category() == Category.FRAUD)
                .extracting(LexiconEntry::severity)
                .containsOnly(Severity.SEVERE);
        assertThat(all).noneMatch(e -> e.category() == Category.FLOOD);
    }

    /**
     * A term listed twice seeds once (the first row), so a second row is dead, and one with another
     * severity misleads whoever reads the file about what the term does.
     */
    @Test
    void shippedWordLists_listEachTermOnce() {
        assertThat(ShippedLexicon.all()).extracting(LexiconEntry::term).doesNotHaveDuplicates();
    }

    /** A withdrawn term still in a shipped file would be seeded by a new installation and taken out by an old one. */
    @Test
    void withdrawnTerms_areInNoShippedFile() {
        assertThat(ShippedLexicon.withdrawn()).isNotEmpty();
        assertThat(ShippedLexicon.all())
                .extracting(LexiconEntry::term)
                .doesNotContainAnyElementsOf(ShippedLexicon.withdrawn().stream()
                        .map(LexiconEntry::term)
                        .toList());
    }

    @Test
    void of_duplicateAfterNormalisation_keepsHigherSeverity() {
        Lexicon lexicon = Lexicon.of(List.of(
                new LexiconEntry("兼职", Category.SCAM, Severity.LOW),
                new LexiconEntry("兼職", Category.SCAM, Severity.HIGH)));
        assertThat(lexicon.entries()).hasSize(2);
        Screening s = new TextScreener(lexicon).screen("兼职", MessageFlags.NONE);
        assertThat(s.hits()).singleElement().satisfies(h -> {
            assertThat(h.severity()).isEqualTo(Severity.HIGH);
            assertThat(h.term()).isEqualTo("兼職");
        });
    }

    @Test
    void of_emptyLexicon_screensOnlyDetectors() {
        TextScreener screener = new TextScreener(Lexicon.of(List.of()));
        assertThat(screener.screen("加微信", MessageFlags.NONE).clean()).isTrue();
        assertThat(screener.screen("13800138000", MessageFlags.NONE).hits())
                .extracting(Hit::detector)
                .containsExactly("phone");
    }

    @Test
    void of_termWithoutMatchableChars_rejected() {
        assertThatThrownBy(() -> Lexicon.of(List.of(new LexiconEntry("...", Category.LINK, Severity.LOW))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
