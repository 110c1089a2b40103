package io.qunflow.rules;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Whether a rule source, as the sandbox parsed it, is straight-line: its cost is then bounded by
 * the facts an evaluation is given, and it may run on the caller's own thread
 * ({@link CallerThreadEvaluation}) instead of being handed to an evaluation thread. Straight-line
 * means: no consequence or function with a loop (the sandbox leaves only for-each; functions
 * cannot recurse, the sandbox refuses that) or a call that changes the working memory (insert,
 * update, modify, delete), so firing never makes new matches and each rule fires at most once per
 * match of the given facts, each time running a bounded list of statements; and no condition that iterates a collection of its own making
 * ({@code from}, {@code accumulate}, {@code collect}). What stays unbounded is only the size of the
 * facts themselves, which the caller made.
 */
final class StraightLine {

    /** Calls through which a consequence changes what the rules match on, so firing can cascade. */
    private static final Set<String> WORKING_MEMORY_CALLS =
            Set.of("insert", "insertLogical", "update", "delete", "retract", SourceText.MODIFY_CALL);

    private StraightLine() {}

    /** True when no pattern of these conditions, at any depth, draws its facts from a source. */
    static boolean conditions(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            return pattern.getSource() == null;
        }
        if (descr instanceof ConditionalElementDescr element) {
            return element.getDescrs().stream().allMatch(StraightLine::conditions);
        }
        return true;
    }

    /** True when a consequence or function body has no loop and changes no fact the rules watch; an empty one is. */
    static boolean code(BlockStmt block) {
        return block == null
                || (block.findAll(ForEachStmt.class).isEmpty()
                        && block.findAll(MethodCallExpr.class).stream()
                                .noneMatch(call -> WORKING_MEMORY_CALLS.contains(call.getNameAsString())));
    }
}
