package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Recall on the labelled spam set and false-positive rate on everyday chat; prints both. */
class QualityTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(TestData.lexiconEntries()));

    @Test
    void screen_spamQualitySet_recallAtLeast98Percent() {
        List<TestData.Spam> spam = TestData.spam();
        assertThat(spam).hasSizeGreaterThanOrEqualTo(300);
        Map<String, int[]> perFamily = new TreeMap<>();
        int caught = 0;
        int rightCategory = 0;
        for (TestData.Spam s : spam) {
            Screening r = SCREENER.screen(s.text(), MessageFlags.NONE);
            int[] c = perFamily.computeIfAbsent(s.family(), k -> new int[2]);
            c[1]++;
            if (!r.clean()) {
                caught++;
                c[0]++;
                if (r.hits().stream().anyMatch(h -> h.category() == s.category())) {
                    rightCategory++;
                }
            } else {
                System.out.println("MISSED [" + s.family() + "] " + s.text() + "  -> " + r.normalized());
            }
        }
        double recall = 100.0 * caught / spam.size();
        System.out.printf(
                "spam recall: %d/%d = %.2f%% (expected category among hits: %.2f%%)%n",
                caught, spam.size(), recall, 100.0 * rightCategory / spam.size());
        perFamily.forEach((f, c) -> System.out.printf("  %-12s %3d/%3d%n", f, c[0], c[1]));
        assertThat(recall).isGreaterThanOrEqualTo(98.0);
    }

    @Test
    void screen_cleanQualitySet_falsePositivesAtMostHalfPercent() {
        List<String> clean = TestData.clean();
        assertThat(clean).hasSizeGreaterThanOrEqualTo(1000);
        int flagged = 0;
        for (String line : clean) {
            Screening r = SCREENER.screen(line, MessageFlags.NONE);
            if (!r.clean()) {
                flagged++;
                System.out.println("FALSE POSITIVE: " + line + "  -> " + r.hits());
            }
        }
        double fp = 100.0 * flagged / clean.size();
        System.out.printf("clean false positives: %d/%d = %.2f%%%n", flagged, clean.size(), fp);
        assertThat(fp).isLessThanOrEqualTo(0.5);
    }
}
