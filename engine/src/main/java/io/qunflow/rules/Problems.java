package io.qunflow.rules;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import io.qunflow.common.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** What the sandbox found in one rule source, each placed by its offset and reported by line and column. */
final class Problems {

    /** Text to add at an offset of the source (the meter's ticks). */
    /** Text put in at an offset of the source, in place of the {@code removed} characters there. */
    record Insertion(int offset, String text, int removed) {
        Insertion(int offset, String text) {
            this(offset, text, 0);
        }
    }

    private final String source;
    private final List<RuleProblem> errors = new ArrayList<>();
    private final List<RuleProblem> warnings = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** An error whose reason is in English only, so far. */
    void error(int offset, String message) {
        error(offset, new Words(message, null));
    }

    void error(int offset, Words reason) {
        int[] place = place(offset);
        errors.add(RuleProblem.sandboxError(place[0], place[1], reason));
    }

    /** An error Drools' own parser reported, at its line and column: Drools' words, not the sandbox's. */
    void parserErrorAt(int line, int column, String message) {
        errors.add(RuleProblem.compileError(line, column, message));
    }

    void warning(int offset, String message) {
        int[] place = place(offset);
        warnings.add(RuleProblem.sandboxWarning(place[0], place[1], message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** A refusal at its node's place, or at the place of the piece being checked when the node has none. */
    void refused(Refusal refusal, ToIntFunction<Position> offsetOf, Node piece) {
        Node where = refusal.node() != null && refusal.node().getBegin().isPresent() ? refusal.node() : piece;
        int offset = where == null || where.getBegin().isEmpty()
                ? 0
                : offsetOf.applyAsInt(where.getBegin().get());
        error(offset, refusal.reason());
    }

    /** Where a fragment of the source starts, looking from a known earlier place. */
    int offsetOf(String fragment, int from) {
        int start = Math.max(0, from);
        if (fragment == null || fragment.isEmpty()) {
            return start;
        }
        int found = source.indexOf(fragment, start);
        if (found < 0) {
            found = source.indexOf(fragment.strip(), start);
        }
        return found < 0 ? start : found;
    }

    /** The line and column (1-based) of an offset of the source. */
    private int[] place(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(0, offset), source.length());
        for (int i = 0; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }

    /** One error per place, in source order. */
    RuleSandbox.Findings findings(String instrumented, boolean straightLine) {
        Map<String, RuleProblem> byPlace = new LinkedHashMap<>();
        for (RuleProblem error : errors) {
            byPlace.putIfAbsent(error.line() + ":" + error.column(), error);
        }
        List<RuleProblem> sorted = new ArrayList<>(byPlace.values());
        sorted.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return new RuleSandbox.Findings(
                List.copyOf(sorted),
                List.copyOf(warnings),
                errors.isEmpty() ? instrumented : null,
                errors.isEmpty() && straightLine);
    }

    /** The source with the insertions made, later offsets first so earlier ones stay valid. */
    static String insert(String source, List<Insertion> insertions) {
        List<Insertion> ordered = new ArrayList<>(insertions);
        // At one offset a closing brace goes before an opening tick, so each body closes where it
        // ends, and a tick before a metered call written in (RuleMeter's); metered calls at one
        // offset keep the order they were noted in, the inner first, so the outer ends up before it;
        // of those, one replacing text goes in first, so an inner call's closing ")" noted at the
        // same offset lands before it rather than in what it replaces.
        ordered.sort(Comparator.comparingInt(Insertion::offset)
                .thenComparing(i -> i.text().equals("}") ? 0 : i.text().contains(StatementChecker.TICK) ? 1 : 2)
                .thenComparing(i -> i.removed() > 0 ? 1 : 0)
                .reversed());
        StringBuilder out = new StringBuilder(source);
        for (Insertion insertion : ordered) {
            int at = Math.min(Math.max(0, insertion.offset()), out.length());
            out.replace(at, Math.min(at + insertion.removed(), out.length()), insertion.text());
        }
        return out.toString();
    }
}
