package io.qunflow.rules;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.qunflow.common.Words;
import io.qunflow.rules.model.Birthday;
import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.GroupContext;
import io.qunflow.rules.model.GroupMilestone;
import io.qunflow.rules.model.Holiday;
import io.qunflow.rules.model.InactiveMember;
import io.qunflow.rules.model.LotteryEntrant;
import io.qunflow.rules.model.MemberActivity;
import io.qunflow.rules.model.MemberJoin;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.MessageRate;
import io.qunflow.rules.model.Offence;
import io.qunflow.rules.model.Parameter;
import io.qunflow.rules.model.PastRemoval;
import io.qunflow.rules.model.PopulationMember;
import io.qunflow.rules.model.PruningHistory;
import io.qunflow.rules.model.SopCalendar;
import io.qunflow.rules.model.SopDay;
import io.qunflow.rules.model.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Keeps a rule's joins as small as the facts it is given. Drools builds every combination of the
 * facts a rule's patterns match, node by node, before any consequence runs and where no meter
 * ticks: two unconstrained {@code InactiveMember( )} patterns over a 100,000-member group are
 * 10^10 combinations, held in memory, and the heap runs out before any limit of the evaluation
 * can act. So, within each conjunction of patterns (the rule's own, and each inside {@code not},
 * {@code exists}, {@code forall}, {@code accumulate} or {@code collect}), at most one pattern may
 * match a fact type an evaluation can hold many of ({@link #KEYS}) freely; every other such
 * pattern must pin its type's key with {@code ==} to a literal or to what an earlier pattern
 * bound ({@code PruningHistory( memberId == $m.memberId() )}, {@code Parameter( name == "x" )}),
 * which matches at most one fact. A type the rule set itself inserts may be many whatever its
 * key says, so its patterns always count as free.
 */
final class JoinBounds {

    /**
     * Fact types an evaluation may hold many of, each with the field no two of them share within
     * one evaluation. Every other fact type of the model comes one to an evaluation ({@link #ONE}).
     */
    static final Map<Class<?>, String> KEYS = Map.ofEntries(
            Map.entry(Parameter.class, "name"),
            Map.entry(PopulationMember.class, "memberId"),
            Map.entry(InactiveMember.class, "memberId"),
            Map.entry(PruningHistory.class, "memberId"),
            Map.entry(MemberActivity.class, "memberId"),
            Map.entry(CheckInStreak.class, "memberId"),
            Map.entry(LotteryEntrant.class, "memberId"),
            Map.entry(Birthday.class, "memberId"),
            Map.entry(SopDay.class, "label"));

    /** Fact types the server puts at most one of into an evaluation. */
    static final Set<Class<?>> ONE = Set.of(
            ChatMessage.class,
            MemberStanding.class,
            Offence.class,
            MessageRate.class,
            MemberJoin.class,
            PastRemoval.class,
            GroupContext.class,
            GroupMilestone.class,
            Holiday.class,
            SopCalendar.class,
            Verdict.class);

    private final TypeNames names;
    private final Set<Class<?>> inserted;
    private final Problems problems;

    /** @param inserted the fact types the rule set's consequences and functions insert */
    JoinBounds(TypeNames names, Set<Class<?>> inserted, Problems problems) {
        this.names = names;
        this.inserted = Set.copyOf(inserted);
        this.problems = problems;
    }

    /** Checks a rule's conditions, reporting the first pattern of each conjunction that joins freely a second time. */
    void check(BaseDescr conditions, int ruleAt) {
        conjunction(List.of(conditions), new HashSet<>(), ruleAt);
    }

    /**
     * One conjunction: counts its free patterns across nested {@code and}s; an {@code or} counts
     * its most expensive branch. Nested elements that form joins of their own are checked as
     * their own conjunctions, seeing the bindings made before them.
     */
    private int conjunction(List<? extends BaseDescr> elements, Set<String> bound, int at) {
        int free = 0;
        for (BaseDescr element : elements) {
            int elementAt = element.getStartCharacter() >= 0 ? element.getStartCharacter() : at;
            int cost = 0;
            if (element instanceof PatternDescr pattern) {
                cost = pattern(pattern, bound, elementAt);
            } else if (element instanceof AndDescr and) {
                cost = conjunction(and.getDescrs(), bound, elementAt);
            } else if (element instanceof OrDescr or) {
                for (BaseDescr branch : or.getDescrs()) {
                    cost = Math.max(cost, conjunction(List.of(branch), new HashSet<>(bound), elementAt));
                }
            } else if (element instanceof ConditionalElementDescr nested) {
                // not, exists, forall: at most one match per combination before them, but their
                // own patterns are joined with each other.
                report(conjunction(nested.getDescrs(), new HashSet<>(bound), elementAt), elementAt);
            }
            free += cost;
            if (free > 1) {
                report(free, elementAt);
                return 1;
            }
        }
        return free;
    }

    private void report(int free, int at) {
        if (free > 1) {
            problems.error(
                    at,
                    new Words(
                            "this pattern joins a second list of facts that can be as long as a group with no key"
                                    + " to the first: every combination would be built in memory before any rule"
                                    + " runs. Pin its key to an earlier binding (memberId == $m.memberId(),"
                                    + " name == \"…\"), or use not, exists or accumulate",
                            "此模式又连接了一组可能与群一样大的事实，且没有用键与前一组对应：所有组合会在规则执行前全部载入内存。"
                                    + "请把它的键与前面绑定的值对应（如 memberId == $m.memberId()、name == \"…\"），"
                                    + "或改用 not、exists 或 accumulate"));
        }
    }

    /** 1 when the pattern matches many facts freely, 0 when at most one (or its source bounds it). */
    private int pattern(PatternDescr pattern, Set<String> bound, int at) {
        Class<?> type = names.dotted(pattern.getObjectType());
        Set<String> before = Set.copyOf(bound);
        declare(pattern, bound);
        if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
            report(conjunction(List.of(accumulate.getInput()), new HashSet<>(before), at), at);
            return 0;
        }
        if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
            report(conjunction(List.of(collect.getInputPattern()), new HashSet<>(before), at), at);
            return 0;
        }
        if (pattern.getSource() != null) {
            // from: the elements of a collection a fact holds, which the server builds and bounds.
            return 0;
        }
        if (type == null) {
            return 0; // refused as a type elsewhere
        }
        if (inserted.contains(type)) {
            return 1;
        }
        if (ONE.contains(type)) {
            return 0;
        }
        String key = KEYS.get(type);
        return key != null && pinsKey(pattern, key, before) ? 0 : 1;
    }

    private static void declare(PatternDescr pattern, Set<String> bound) {
        if (pattern.getIdentifier() != null) {
            bound.add(pattern.getIdentifier());
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            DrlxExpression parsed = parsed(constraint);
            if (parsed != null && parsed.getBind() != null) {
                bound.add(parsed.getBind().asString());
            }
        }
    }

    /** Whether one of the pattern's constraints, or a conjunct of one, is {@code key == value} with a value fixed before it. */
    private static boolean pinsKey(PatternDescr pattern, String key, Set<String> bound) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            DrlxExpression parsed = parsed(constraint);
            if (parsed != null && parsed.getBind() == null && pins(parsed.getExpr(), key, bound)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pins(Expression expression, String key, Set<String> bound) {
        if (expression instanceof EnclosedExpr enclosed) {
            return pins(enclosed.getInner(), key, bound);
        }
        if (!(expression instanceof BinaryExpr binary)) {
            return false;
        }
        if (binary.getOperator() == BinaryExpr.Operator.AND) {
            return pins(binary.getLeft(), key, bound) || pins(binary.getRight(), key, bound);
        }
        return binary.getOperator() == BinaryExpr.Operator.EQUALS
                && ((isKey(binary.getLeft(), key) && fixed(binary.getRight(), bound))
                        || (isKey(binary.getRight(), key) && fixed(binary.getLeft(), bound)));
    }

    private static boolean isKey(Expression e, String key) {
        return (e instanceof NameExpr name && name.getNameAsString().equals(key))
                || (e instanceof MethodCallExpr call
                        && call.getScope().isEmpty()
                        && call.getArguments().isEmpty()
                        && call.getNameAsString().equals(key));
    }

    /** A literal, or a binding of an earlier pattern, possibly read through a field or an accessor. */
    private static boolean fixed(Expression e, Set<String> bound) {
        if (e instanceof LiteralExpr) {
            return true;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return fixed(enclosed.getInner(), bound);
        }
        if (e instanceof NameExpr name) {
            return bound.contains(name.getNameAsString());
        }
        if (e instanceof FieldAccessExpr field) {
            return fixed(field.getScope(), bound);
        }
        if (e instanceof MethodCallExpr call) {
            return call.getArguments().isEmpty()
                    && call.getScope().isPresent()
                    && fixed(call.getScope().get(), bound);
        }
        return false;
    }

    private static DrlxExpression parsed(BaseDescr constraint) {
        if (!(constraint instanceof ExprConstraintDescr expression)) {
            return null;
        }
        try {
            return DrlxParseUtil.parseExpression(expression.getExpression());
        } catch (RuntimeException e) {
            return null; // ConditionChecker reports what cannot be read
        }
    }
}
