package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
     * the audit: two long sources that differ in many lines are not searched for their shortest
     * edit (minutes of a core for the longest sources), but shown with the changed middle replaced
     * whole. The lines both sides still share show that: the search would keep them as context.
     */
    @Test
    void twoLongSourcesDifferingInManyLines_showTheChangedMiddleReplacedWhole_notSearched() {
        StringBuilder before = new StringBuilder("rule \"head\"\n");
        StringBuilder after = new StringBuilder("rule \"head\"\n");
        for (int i = 0; i < 1_500; i++) {
            before.append("//kept ").append(i).append('\n');
            after.append("//new ")
                    .append(i)
                    .append('\n')
                    .append("//kept ")
                    .append(i)
                    .append('\n');
        }
        before.append("end\n");
        after.append("end\n");

        String diff = SourceDiff.unified("m.drl v1", before.toString(), "m.drl v2", after.toString());

        // The last kept line and "end" are the common tail, outside the replaced middle.
        assertThat(diff.lines().filter(line -> line.startsWith("-//kept "))).hasSize(1_499);
        assertThat(diff.lines().filter(line -> line.startsWith("+//kept "))).hasSize(1_499);
        assertThat(diff.lines().filter(line -> line.startsWith("+//new "))).hasSize(1_500);
        assertThat(diff.lines().limit(4))
                .containsExactly("--- m.drl v1", "+++ m.drl v2", "@@ -1,1502 +1,3002 @@", " rule \"head\"");
        assertThat(diff.lines().reduce((first, second) -> second)).contains(" end");
    }

    /** A change of a few lines in a long source is still searched: what both keep stays context. */
    @Test
    void aFewChangedLinesInALongSource_areSearched_andTheRestStaysContext() {
        String before = "rule \"head\"\n" + "//kept\n".repeat(5_000) + "end\n";
        String after = "rule \"head\"\n" + "//kept\n".repeat(2_500) + "//new\n" + "//kept\n".repeat(2_500) + "end\n";

        String diff = SourceDiff.unified("m.drl v1", before, "m.drl v2", after);

        assertThat(diff.lines().filter(line -> line.startsWith("-"))).containsExactly("--- m.drl v1");
        assertThat(diff.lines().filter(line -> line.equals("+//new"))).hasSize(1);
    }
}
