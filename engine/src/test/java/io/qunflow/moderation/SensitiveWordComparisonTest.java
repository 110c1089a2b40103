package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** We must catch at least every spam line sensitive-word catches, given the same word list. */
class SensitiveWordComparisonTest {

    @Test
    void screen_qualitySet_catchesEverythingSensitiveWordCatches() {
        List<LexiconEntry> entries = TestData.lexiconEntries();
        TextScreener ours = new TextScreener(Lexicon.of(entries));
        SensitiveWordBs theirs = SensitiveWordBaseline.build(
                entries.stream().map(LexiconEntry::term).toList());

        List<TestData.Spam> spam = TestData.spam();
        int oursCaught = 0;
        int theirsCaught = 0;
        List<String> theyCatchWeMiss = new ArrayList<>();
        for (TestData.Spam s : spam) {
            boolean o = !ours.screen(s.text(), MessageFlags.NONE).clean();
            boolean t = theirs.contains(s.text());
            oursCaught += o ? 1 : 0;
            theirsCaught += t ? 1 : 0;
            if (t && !o) {
                theyCatchWeMiss.add(s.text());
            }
        }
        List<String> clean = TestData.clean();
        int oursFp = 0;
        int theirsFp = 0;
        for (String c : clean) {
            oursFp += ours.screen(c, MessageFlags.NONE).clean() ? 0 : 1;
            theirsFp += theirs.contains(c) ? 1 : 0;
        }
        System.out.printf(
                "recall   ours %d/%d = %.2f%%   sensitive-word %d/%d = %.2f%%%n",
                oursCaught,
                spam.size(),
                100.0 * oursCaught / spam.size(),
                theirsCaught,
                spam.size(),
                100.0 * theirsCaught / spam.size());
        System.out.printf(
                "FP rate  ours %d/%d = %.2f%%   sensitive-word %d/%d = %.2f%%%n",
                oursFp,
                clean.size(),
                100.0 * oursFp / clean.size(),
                theirsFp,
                clean.size(),
                100.0 * theirsFp / clean.size());
        assertThat(theyCatchWeMiss)
                .as("spam sensitive-word catches but we miss")
                .isEmpty();
    }
}
