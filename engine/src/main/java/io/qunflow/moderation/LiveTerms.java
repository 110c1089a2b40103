package io.qunflow.moderation;

import io.qunflow.common.Words;
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
            Words wrong = null;
            if (canonical.isEmpty()) {
                wrong = new Words("has no matchable characters with this table", "按这张表没有剩下可以匹配的字");
            } else if (canonical.codePointCount(0, canonical.length()) == 1) {
                wrong = new Words(
                        "would be one character with this table ('" + canonical + "') and flag every message"
                                + " holding it",
                        "按这张表只剩一个字（「" + canonical + "」），会标记每一条含有这个字的消息");
            }
            if (wrong == null) {
                continue;
            }
            if (problems.size() < NAMED) {
                problems.add(new Problem(
                        0,
                        new Words(
                                "the live word-list term '" + entry.term() + "' " + wrong.en(),
                                "在用的词库词条「" + entry.term() + "」" + wrong.zh())));
            } else {
                more++;
            }
        }
        if (more > 0) {
            problems.add(new Problem(
                    0,
                    new Words(
                            more + " more live word-list terms would break the same way",
                            "另有 " + more + " 个在用的词库词条会同样失效")));
        }
        return problems;
    }
}
