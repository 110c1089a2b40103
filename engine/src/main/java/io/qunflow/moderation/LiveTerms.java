package io.qunflow.moderation;

import io.qunflow.moderation.VariantData.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new character table would do to the live word-list terms. A term is checked against the
 * table that is live when it is added; a table published later changes what it normalises to. One
 * that leaves a term nothing to match cannot be compiled (every node would fail to build its
 * matcher, and to start), and one that leaves it a single character would flag every message
 * holding that character: such a table is refused, naming the terms.
 */
final class LiveTerms {

    /** Terms named in full; the rest are counted, so a table that breaks thousands stays readable. */
    static final int NAMED = 20;

    private LiveTerms() {}

    static List<Problem> problems(List<WordListEntry> terms, Normalizer normalizer) {
        List<Problem> problems = new ArrayList<>();
        int more = 0;
        for (WordListEntry entry : terms) {
            String canonical = normalizer.normalizeTerm(entry.term());
            String wrong = null;
            if (canonical.isEmpty()) {
                wrong = "has no matchable characters with this table";
            } else if (canonical.codePointCount(0, canonical.length()) == 1) {
                wrong = "would be one character with this table ('" + canonical + "') and flag every message"
                        + " holding it";
            }
            if (wrong == null) {
                continue;
            }
            if (problems.size() < NAMED) {
                problems.add(new Problem(0, "the live word-list term '" + entry.term() + "' " + wrong));
            } else {
                more++;
            }
        }
        if (more > 0) {
            problems.add(new Problem(0, more + " more live word-list terms would break the same way"));
        }
        return problems;
    }
}
