package io.qunflow.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** Unified diffs of rule sources, as reviewers know them from git. */
final class SourceDiff {

    private static final int CONTEXT_LINES = 3;

    private SourceDiff() {}

    static String unified(String fromLabel, String from, String toLabel, String to) {
        List<String> before = from.lines().toList();
        List<String> after = to.lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        return String.join(
                "\n", UnifiedDiffUtils.generateUnifiedDiff(fromLabel, toLabel, before, patch, CONTEXT_LINES));
    }
}
