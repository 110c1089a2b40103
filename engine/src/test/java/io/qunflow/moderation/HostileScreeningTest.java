package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages and word lists built to make screening slow or large: the work per message must stay
 * linear in its length whatever the lists hold.
 */
class HostileScreeningTest {

    private static long millis(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void termsThatOverlapThemselves_onAMessageOfOneRepeatedCharacter_costLinearWork() {
        List<LexiconEntry> entries = new ArrayList<>(TestData.lexiconEntries());
        for (int k = 2; k <= 50; k++) {
            entries.add(new LexiconEntry("哈".repeat(k), Category.ABUSE, Severity.LOW));
        }
        TextScreener screener = new TextScreener(Lexicon.of(entries));
        String laughter = "哈".repeat(10_000);
        screener.screen(laughter, MessageFlags.NONE);

        Screening[] screened = new Screening[1];
        long took = millis(() -> screened[0] = screener.screen(laughter, MessageFlags.NONE));

        // Every position but the first 49 ends the longest term; each shorter match lies inside one.
        assertThat(screened[0].hits())
                .hasSize(10_000 - 49)
                .allMatch(h -> h.term().length() == 50);
        assertThat(took).as("ms for 10,000 characters").isLessThan(300);
    }
}
