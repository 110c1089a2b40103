package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceDiffTest {

    @Test
    void aSmallChange_isShownAsItsOwnLinesWithContext() {
        String before = "rule \"a\"\nwhen\n  ChatMessage( text contains \"砍一刀\" )\nthen\nend\n";
        String after = "rule \"a\"\nwhen\n  ChatMessage( text contains \"帮砍\" )\nthen\nend\n";

        String diff = SourceDiff.unified("moderation.drl v1", before, "moderation.drl v2", after);

        assertThat(diff.lines())
                .containsExactly(
                        "--- moderation.drl v1",
                        "+++ moderation.drl v2",
                        "@@ -1,5 +1,5 @@",
                        " rule \"a\"",
                        " when",
                        "-  ChatMessage( text contains \"砍一刀\" )",
                        "+  ChatMessage( text contains \"帮砍\" )",
                        " then",
                        " end");
    }

    /**
     * Anyone who reads rules may ask for the diff of two versions, and every publish writes one to
     * the audit: two sources of the longest kind that differ on every line must not take a core for
     * minutes.
     */
    @Test
    void twoLongSourcesDifferingEverywhere_areDiffedAtOnce_asTheWholeMiddleReplaced() {
        String before = "rule \"head\"\n" + "//\n".repeat(66_000) + "end\n";
        String after = "rule \"head\"\n" + "//a\n".repeat(50_000) + "end\n";

        String diff = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> SourceDiff.unified("m.drl v1", before, "m.drl v2", after));

        assertThat(diff.lines().filter(line -> line.equals("-//"))).hasSize(66_000);
        assertThat(diff.lines().filter(line -> line.equals("+//a"))).hasSize(50_000);
        assertThat(diff.lines().limit(4))
                .containsExactly("--- m.drl v1", "+++ m.drl v2", "@@ -1,66002 +1,50002 @@", " rule \"head\"");
        assertThat(diff.lines().reduce((first, second) -> second)).contains(" end");
    }
}
