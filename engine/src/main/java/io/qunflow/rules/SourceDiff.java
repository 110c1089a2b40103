package io.qunflow.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.List;

/** Unified diffs of rule sources, as reviewers know them from git. */
final class SourceDiff {

    private static final int CONTEXT_LINES = 3;

    /**
     * Changed lines (both sides together) past which the shortest edit is not searched for: the
     * search takes time in the product of the lines and the edits, minutes for two sources of
     * {@link RuleSets#MAX_SOURCE_LENGTH} that differ everywhere, and anyone who reads rules may
     * ask for a diff. Real reviews change far fewer lines; past this the diff shows the changed
     * part replaced whole, which is still a correct diff.
     */
    private static final int MAX_SEARCHED_LINES = 2_000;

    private SourceDiff() {}

    static String unified(String fromLabel, String from, String toLabel, String to) {
        List<String> before = from.lines().toList();
        List<String> after = to.lines().toList();
        return String.join(
                "\n",
                UnifiedDiffUtils.generateUnifiedDiff(fromLabel, toLabel, before, patch(before, after), CONTEXT_LINES));
    }

    private static Patch<String> patch(List<String> before, List<String> after) {
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head
                && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        List<String> removed = before.subList(head, before.size() - tail);
        List<String> added = after.subList(head, after.size() - tail);
        if (removed.size() + added.size() <= MAX_SEARCHED_LINES) {
            return DiffUtils.diff(before, after);
        }
        Patch<String> whole = new Patch<>();
        whole.addDelta(new ChangeDelta<>(new Chunk<>(head, removed), new Chunk<>(head, added)));
        return whole;
    }
}
