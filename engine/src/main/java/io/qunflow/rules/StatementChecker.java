package io.qunflow.rules;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.UnionType;
import io.qunflow.common.Words;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Checks the statements of a consequence or a function: declarations, if, switch, for-each over
 * a collection, try/catch of exceptions, return and throw; every expression through the
 * {@link ExpressionTyper}. Loops that count or wait ({@code while}, {@code do}, {@code for(;;)})
 * and labels are refused. Each statement that passes is noted as a place where the evaluation
 * meter ticks ({@link RuleMeter}): before it, and around a body written without braces.
 */
final class StatementChecker {

    private static final Words LABELS = new Words("labels are not allowed in rules", "规则中不允许标签");

    /** What the meter adds before each statement: a call that stops a runaway evaluation. */
    static final String TICK = "io.qunflow.rules.RuleMeter.tick();";

    private final ExpressionTyper typer;
    private final ToIntFunction<Position> offsetInSource;
    private final List<Problems.Insertion> ticks;
    private final Problems problems;

    /**
     * @param offsetInSource where a position of the parsed code lies in the rule source
     * @param ticks where meter ticks go, added to as statements pass
     */
    StatementChecker(
            ExpressionTyper typer,
            ToIntFunction<Position> offsetInSource,
            List<Problems.Insertion> ticks,
            Problems problems) {
        this.typer = typer;
        this.offsetInSource = offsetInSource;
        this.ticks = ticks;
        this.problems = problems;
        typer.meterInto(offsetInSource, ticks);
    }

    /** Checks a block, each statement on its own: a refused statement does not hide the next one's problem. */
    void block(BlockStmt block, Scope scope) {
        Scope inner = scope.child();
        for (Statement statement : block.getStatements()) {
            try {
                tickBefore(statement);
                statement(statement, inner);
            } catch (Refusal refusal) {
                problems.refused(refusal, offsetInSource, statement);
            }
        }
    }

    private void statement(Statement s, Scope scope) {
        if (s instanceof BlockStmt b) {
            block(b, scope);
        } else if (s instanceof ExpressionStmt e) {
            expressionStatement(e.getExpression(), scope);
        } else if (s instanceof IfStmt i) {
            ExpressionTyper.requireBoolean(i.getCondition(), typer.value(i.getCondition(), scope));
            body(i.getThenStmt(), scope);
            if (i.getElseStmt().isPresent()) {
                body(i.getElseStmt().get(), scope);
            }
        } else if (s instanceof ForEachStmt f) {
            forEach(f, scope);
        } else if (s instanceof ReturnStmt r) {
            if (r.getExpression().isPresent()) {
                typer.value(r.getExpression().get(), scope);
            }
        } else if (s instanceof BreakStmt b) {
            if (b.getLabel().isPresent()) {
                throw new Refusal(s, LABELS);
            }
        } else if (s instanceof ContinueStmt c) {
            if (c.getLabel().isPresent()) {
                throw new Refusal(s, LABELS);
            }
        } else if (s instanceof ThrowStmt t) {
            JavaType thrown = typer.value(t.getExpression(), scope);
            if (!AllowedTypes.catchable(thrown.raw())) {
                throw new Refusal(
                        s,
                        new Words(
                                "a rule may throw only the allowed exceptions, not a " + thrown.display(),
                                "规则只能抛出允许的异常，不能抛出 " + thrown.display()));
            }
        } else if (s instanceof TryStmt t) {
            tryStatement(t, scope);
        } else if (s instanceof SwitchStmt w) {
            switchStatement(w, scope);
        } else if (!(s instanceof EmptyStmt)) {
            throw new Refusal(s, refusalFor(s));
        }
    }

    private static Words refusalFor(Statement s) {
        if (s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt) {
            return new Words(
                    "while, do and counting for loops are not allowed: a rule must finish quickly"
                            + " (for-each over a collection is allowed)",
                    "不允许 while、do 和计数 for 循环：规则须很快结束（可以用 for-each 遍历集合）");
        }
        if (s instanceof LabeledStmt) {
            return LABELS;
        }
        if (s instanceof com.github.javaparser.ast.stmt.SynchronizedStmt) {
            return new Words("synchronized is not allowed in rules", "规则中不允许 synchronized");
        }
        if (s instanceof com.github.javaparser.ast.stmt.LocalClassDeclarationStmt
                || s instanceof com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt) {
            return new Words("declaring classes is not allowed in rules", "规则中不允许声明类");
        }
        return new Words("this kind of statement is not allowed in rules", "规则中不允许这种语句");
    }

    private void expressionStatement(Expression e, Scope scope) {
        if (e instanceof VariableDeclarationExpr declaration) {
            for (VariableDeclarator variable : declaration.getVariables()) {
                declare(variable, scope);
            }
        } else {
            typer.type(e, scope);
        }
    }

    private void declare(VariableDeclarator variable, Scope scope) {
        JavaType declared =
                variable.getType().isVarType() ? null : typer.names().written(variable.getType(), variable);
        JavaType type = declared;
        if (variable.getInitializer().isPresent()) {
            Expression init = variable.getInitializer().get();
            if (init instanceof ArrayInitializerExpr array) {
                if (declared == null) {
                    throw new Refusal(
                            variable,
                            new Words("an array written out needs its type, not var", "直接写出的数组须写明类型，不能用 var"));
                }
                typer.initializer(array, declared, scope);
            } else {
                JavaType value = typer.value(init, scope);
                if (declared == null) {
                    type = value;
                } else if (!value.assignableTo(declared.raw())) {
                    throw new Refusal(
                            variable,
                            new Words(
                                    "a " + value.display() + " cannot be held in a " + declared.display(),
                                    value.display() + " 不能存入 " + declared.display()));
                } else if (declared.arguments().isEmpty() && !value.arguments().isEmpty()) {
                    type = JavaType.of(declared.raw(), value.arguments());
                }
            }
        } else if (declared == null) {
            throw new Refusal(variable, new Words("var needs a value", "var 须有初始值"));
        }
        scope.declare(variable.getNameAsString(), type, Scope.Kind.LOCAL);
    }

    private void forEach(ForEachStmt f, Scope scope) {
        JavaType iterable = typer.value(f.getIterable(), scope);
        JavaType element = iterable.elementType();
        if (element == null) {
            throw new Refusal(
                    f.getIterable(),
                    new Words(
                            "for-each goes over an array or a collection, not a " + iterable.display(),
                            "for-each 只能遍历数组或集合，不能遍历 " + iterable.display()));
        }
        Scope inner = scope.child();
        VariableDeclarator variable = f.getVariableDeclarator();
        JavaType declared =
                variable.getType().isVarType() ? element : typer.names().written(variable.getType(), variable);
        inner.declare(variable.getNameAsString(), declared, Scope.Kind.LOCAL);
        body(f.getBody(), inner);
    }

    private void tryStatement(TryStmt t, Scope scope) {
        if (!t.getResources().isEmpty()) {
            throw new Refusal(t, new Words("try with resources is not allowed in rules", "规则中不允许 try-with-resources"));
        }
        block(t.getTryBlock(), scope);
        for (CatchClause clause : t.getCatchClauses()) {
            List<com.github.javaparser.ast.type.Type> caught =
                    clause.getParameter().getType() instanceof UnionType u
                            ? List.copyOf(u.getElements())
                            : List.of(clause.getParameter().getType());
            JavaType first = null;
            for (com.github.javaparser.ast.type.Type type : caught) {
                JavaType exception = typer.names().written(type, clause);
                if (!AllowedTypes.catchable(exception.raw())) {
                    throw new Refusal(
                            clause,
                            new Words(
                                    "a rule may catch exceptions, not a " + exception.display(),
                                    "规则只能捕获异常（Exception），不能捕获 " + exception.display()));
                }
                first = first == null ? exception : JavaType.of(Exception.class);
            }
            Scope inner = scope.child();
            inner.declare(clause.getParameter().getNameAsString(), first, Scope.Kind.LOCAL);
            block(clause.getBody(), inner);
        }
        if (t.getFinallyBlock().isPresent()) {
            block(t.getFinallyBlock().get(), scope);
        }
    }

    private void switchStatement(SwitchStmt w, Scope scope) {
        JavaType selector = typer.value(w.getSelector(), scope);
        Scope inner = scope.child();
        for (SwitchEntry entry : w.getEntries()) {
            for (Expression label : entry.getLabels()) {
                if (!(label instanceof com.github.javaparser.ast.expr.LiteralExpr)
                        && !(label instanceof NameExpr && selector.raw().isEnum())) {
                    throw new Refusal(label, new Words("a case label is a constant written out", "case 标签须为直接写出的常量"));
                }
            }
            for (Statement statement : entry.getStatements()) {
                tickBefore(statement);
                statement(statement, inner);
            }
        }
    }

    /** A body of if, else or for-each: a block as any other, a single statement braced with its tick. */
    private void body(Statement body, Scope scope) {
        if (body instanceof BlockStmt block) {
            block(block, scope);
            return;
        }
        Position begin = body.getBegin().orElse(null);
        Position end = body.getEnd().orElse(null);
        if (begin != null && end != null) {
            ticks.add(new Problems.Insertion(offsetInSource.applyAsInt(begin), "{" + TICK));
            ticks.add(new Problems.Insertion(offsetInSource.applyAsInt(end) + 1, "}"));
        }
        statement(body, scope.child());
    }

    private void tickBefore(Node statement) {
        statement
                .getBegin()
                .ifPresent(begin -> ticks.add(new Problems.Insertion(offsetInSource.applyAsInt(begin), TICK)));
    }
}
