package io.qunflow.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.qunflow.common.Words;
import io.qunflow.rules.ExpressionTyper.Mode;
import io.qunflow.rules.model.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Checks a rule's conditions: every pattern names an allowed type; every constraint, parsed by
 * the parser the Drools compiler itself uses for constraints (DRLX), is typed with the pattern's
 * fact as its implicit receiver; {@code from} expressions and accumulate arguments likewise.
 * Bindings are declared with their types for the consequence. {@code eval}, entry points,
 * windows, named consequences and inline accumulate code are refused.
 */
final class ConditionChecker {

    /** Accumulate functions Drools ships that only aggregate values, with the type of what they give. */
    static final Map<String, Class<?>> ACCUMULATE_FUNCTIONS = Map.of(
            "count", Long.class,
            "sum", Number.class,
            "average", Number.class,
            "min", Number.class,
            "max", Number.class,
            "collectList", List.class,
            "collectSet", Set.class);

    private final ExpressionTyper typer;
    private final Problems problems;

    ConditionChecker(TypeNames names, Map<String, ExpressionTyper.Function> functions, Problems problems) {
        this.typer = new ExpressionTyper(names, functions, Mode.CONSTRAINT);
        this.problems = problems;
    }

    /** Checks conditions, declaring what they bind in {@code rule}. */
    void check(BaseDescr descr, int ruleAt, Scope rule) {
        int at = descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : ruleAt;
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, at, rule);
        } else if (descr instanceof EvalDescr) {
            problems.error(
                    at,
                    new Words(
                            "eval is not allowed: write the condition as a constraint of a pattern",
                            "不允许 eval：请把条件写成模式的约束"));
        } else if (descr instanceof AndDescr
                || descr instanceof OrDescr
                || descr instanceof NotDescr
                || descr instanceof ExistsDescr
                || descr instanceof ForallDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                check(child, at, rule);
            }
        } else {
            problems.error(
                    at, new Words(kind(descr) + " is not allowed in rules written here", "这里写的规则不允许 " + kind(descr)));
        }
    }

    private static String kind(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private void pattern(PatternDescr pattern, int at, Scope rule) {
        if (pattern.isQuery()) {
            problems.error(at, new Words("calling a query is not allowed in rules", "规则中不允许调用查询（query）"));
            return;
        }
        Class<?> type = typer.names().dotted(pattern.getObjectType());
        if (type == null) {
            problems.error(
                    at,
                    new Words(
                            "the type " + pattern.getObjectType() + " is not allowed in rules"
                                    + typer.names().importHint(pattern.getObjectType()),
                            "规则中不允许使用类型 " + pattern.getObjectType()));
            return;
        }
        JavaType fact = JavaType.of(type);
        if (pattern.getSource() != null) {
            source(pattern.getSource(), at, rule);
        }
        if (pattern.getIdentifier() != null) {
            rule.declare(pattern.getIdentifier(), fact, Scope.Kind.BINDING);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            int constraintAt = constraint.getStartCharacter() >= 0 ? constraint.getStartCharacter() : at;
            if (constraint instanceof ExprConstraintDescr expression) {
                constraint(expression.getExpression(), constraintAt, rule, fact);
            } else {
                problems.error(
                        constraintAt,
                        new Words(kind(constraint) + " is not allowed in a pattern", "模式中不允许 " + kind(constraint)));
            }
        }
    }

    /** One constraint: a boolean expression, a binding ({@code $x : field}), or both. */
    private void constraint(String text, int at, Scope rule, JavaType fact) {
        try {
            DrlxExpression parsed = parse(text);
            Scope onFact = rule.onFact(fact);
            JavaType type = typer.value(parsed.getExpr(), onFact);
            if (parsed.getBind() != null) {
                rule.declare(parsed.getBind().asString(), type, Scope.Kind.BINDING);
            } else if (!type.isBooleanLike()) {
                problems.error(
                        at,
                        new Words(
                                "a constraint must be true or false, not a " + type.display(),
                                "约束须为 true 或 false，而不是 " + type.display()));
            }
        } catch (Refusal refusal) {
            problems.error(at, refusal.reason());
        }
    }

    private void source(PatternSourceDescr source, int at, Scope rule) {
        if (source instanceof FromDescr from) {
            String text =
                    from.getDataSource() == null ? "" : from.getDataSource().getText();
            try {
                Expression expression = parse(text).getExpr();
                requireFactsOwnElements(expression, typer.value(expression, rule), rule);
            } catch (Refusal refusal) {
                problems.error(at, refusal.reason());
            }
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, at, rule);
        } else if (source instanceof CollectDescr collect) {
            if (collect.getInputPattern() != null) {
                check(collect.getInputPattern(), at, rule);
            }
        } else {
            problems.error(
                    at,
                    new Words(
                            "this source of facts (" + kind(source) + ") is not allowed in rules",
                            "规则中不允许这种事实来源（" + kind(source) + "）"));
        }
    }

    /**
     * Drools works a rule's joins out before any consequence runs, node by node, where no meter
     * ticks: three patterns each drawing {@code from} one 5,000-element list make 10^11 matches,
     * and the 25 million of the first two are held in memory at once. So a pattern draws elements
     * only from a collection a fact of the event holds ({@code from $o.categories}), which the
     * server builds and bounds; never from one a condition computed ({@code text.split(",")},
     * a collected list) or from the verdict's rulings, which the rules themselves grow.
     */
    private void requireFactsOwnElements(Expression expression, JavaType type, Scope rule) {
        boolean elements = !type.isString()
                && (Iterable.class.isAssignableFrom(type.raw())
                        || Map.class.isAssignableFrom(type.raw())
                        || type.raw().isArray());
        if (!elements) {
            return;
        }
        Expression owner = null;
        if (expression instanceof MethodCallExpr call && call.getArguments().isEmpty()) {
            owner = call.getScope().orElse(null);
        } else if (expression instanceof FieldAccessExpr field) {
            owner = field.getScope();
        }
        JavaType ownerType = owner == null ? null : typer.value(owner, rule);
        Class<?> fact = ownerType == null || ownerType.isTypeName() ? null : ownerType.raw();
        if (fact == null || fact == Verdict.class || !fact.getPackageName().equals(Verdict.class.getPackageName())) {
            throw new Refusal(
                    null,
                    new Words(
                            "from may draw elements only from a collection a fact holds (from $o.categories),"
                                    + " not from one a condition computed or the verdict's rulings: joins over it"
                                    + " run where the evaluation's limits cannot count them",
                            "from 只能从事实自带的集合中取元素（如 from $o.categories），不能从条件中算出的集合或 Verdict"
                                    + " 的裁决中取：对它们的连接运算不受求值限制约束"));
        }
    }

    private void accumulate(AccumulateDescr accumulate, int at, Scope rule) {
        if (!accumulate.isExternalFunction()
                || accumulate.getInitCode() != null
                || accumulate.getActionCode() != null
                || accumulate.getResultCode() != null) {
            problems.error(
                    at,
                    new Words(
                            "accumulate with init/action/result code is not allowed: use the built-in functions "
                                    + ACCUMULATE_FUNCTIONS.keySet(),
                            "不允许带 init/action/result 代码的 accumulate：请用内置函数 " + ACCUMULATE_FUNCTIONS.keySet()));
            return;
        }
        if (accumulate.getInput() != null) {
            check(accumulate.getInput(), at, rule);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
            Class<?> gives = ACCUMULATE_FUNCTIONS.get(call.getFunction());
            if (gives == null) {
                problems.error(
                        at,
                        new Words(
                                "the accumulate function " + call.getFunction() + " is not allowed: use one of "
                                        + ACCUMULATE_FUNCTIONS.keySet(),
                                "不允许 accumulate 函数 " + call.getFunction() + "：请用 " + ACCUMULATE_FUNCTIONS.keySet()
                                        + " 之一"));
                continue;
            }
            try {
                for (String parameter : call.getParams()) {
                    JavaType collected = typer.value(parse(parameter).getExpr(), rule);
                    if (gives == List.class || gives == Set.class) {
                        requireFlat(call.getFunction(), collected);
                    }
                }
            } catch (Refusal refusal) {
                problems.error(at, refusal.reason());
            }
            if (call.getBind() != null) {
                rule.declare(call.getBind(), JavaType.of(gives), Scope.Kind.BINDING);
            }
        }
    }

    /**
     * A list collected per match holds the collected value once per match: a list of lists,
     * collected again by the next accumulate, weighs the number of matches to the power of the
     * accumulates, and its hashCode, equals or toString then runs where no meter ticks.
     */
    private static void requireFlat(String function, JavaType collected) {
        if (ExpressionTyper.isBuilt(collected) && !collected.isString()) {
            throw new Refusal(
                    null,
                    new Words(
                            function + " collects single values, not a " + collected.display()
                                    + ": collect the elements themselves",
                            function + " 只能收集单个的值，不能收集 " + collected.display() + "：请收集其中的元素"));
        }
    }

    private static DrlxExpression parse(String text) {
        try {
            DrlxExpression parsed = DrlxParseUtil.parseExpression(text);
            Expression expression = parsed.getExpr();
            if (expression == null) {
                throw new Refusal(null, new Words("cannot read this condition: " + text, "读不懂这个条件：" + text));
            }
            return parsed;
        } catch (RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal(
                    null,
                    new Words(
                            "cannot read this condition: " + firstLine(e.getMessage()),
                            "读不懂这个条件：" + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
