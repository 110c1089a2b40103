package io.qunflow.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.qunflow.common.Words;
import io.qunflow.rules.Scope.Kind;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Gives every expression of rule code its static type, refusing what the allow-list does not
 * hold: each call is judged by the static type of what it is called on and its name, each name
 * must be a variable, a property of the pattern's fact, or an allowed type, and every written
 * type must be allowed. Expressions of any kind not handled here are refused, so a construct
 * the sandbox does not know is never let through.
 *
 * <p>Why this class is long: one method per kind of expression, and Java and DRL have that many
 * kinds; split, each part would need the same scope, allow-list and refusal texts.
 */
final class ExpressionTyper {

    /** Where the code is: what the unscoped calls and the names {@code drools}, {@code this} mean. */
    enum Mode {
        CONSEQUENCE,
        FUNCTION,
        CONSTRAINT
    }

    /** A DRL function as the rule source declares it. */
    record Function(String name, JavaType returns, List<JavaType> parameters) {}

    /** The calls a consequence may make on the rule context, unscoped or on {@code drools}. */
    static final Set<String> FACT_OPERATIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** DRL operators between a value and others that only compare. */
    private static final Set<String> COMPARING_OPERATORS = Set.of("contains", "excludes", "memberOf", "in");

    /**
     * Calls that build text or a collection out of their inputs, refused in conditions when that is
     * what they give: no meter ticks in a condition, and a value one pattern builds and binds can
     * be built on by the next, doubling a message's text twenty times in twenty patterns.
     */
    private static final Set<String> BUILDING_CALLS = Set.of(
            "concat",
            "join",
            "format",
            "repeat",
            "toString",
            "valueOf",
            "of",
            "asList",
            "copyOf",
            "singleton",
            "singletonList",
            "singletonMap",
            "entry");

    /** Stands for {@code drools} in a consequence, and for what its getRule() answers. */
    private static final class RuleContext {}

    private static final class RuleReference {}

    private final TypeNames names;
    private final Map<String, Function> functions;
    private final Mode mode;
    /** Where a position of the parsed code lies in the rule source; with {@link #rewrites}, null in conditions. */
    private java.util.function.ToIntFunction<com.github.javaparser.Position> offsetInSource;
    /** Where calls written through {@link RuleMeter} go: into the code the meter ticks in. */
    private List<Problems.Insertion> rewrites;

    /** The {@code +} expressions typed as joining text, by identity (JavaParser's equals is by shape). */
    private final Set<BinaryExpr> textJoins = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The fact types code typed by this typer inserts: {@link JoinBounds} cannot count on their keys. */
    private final Set<Class<?>> insertedFacts = new java.util.HashSet<>();

    ExpressionTyper(TypeNames names, Map<String, Function> functions, Mode mode) {
        this.names = names;
        this.functions = functions;
        this.mode = mode;
    }

    TypeNames names() {
        return names;
    }

    /**
     * Writes the calls whose work grows with the product of their inputs through {@link
     * RuleMeter}, as insertions into the source: in consequences and functions, which the meter
     * ticks in, never in conditions.
     */
    void meterInto(
            java.util.function.ToIntFunction<com.github.javaparser.Position> offsetInSource,
            List<Problems.Insertion> rewrites) {
        this.offsetInSource = offsetInSource;
        this.rewrites = rewrites;
    }

    Mode mode() {
        return mode;
    }

    Set<Class<?>> insertedFacts() {
        return insertedFacts;
    }

    /** The type of an expression that must be a value (not a type name). */
    JavaType value(Expression e, Scope scope) {
        JavaType type = type(e, scope);
        if (type.isTypeName()) {
            throw new Refusal(e, new Words(type.display() + " is a type, not a value", type.display() + " 是类型，不是值"));
        }
        return type;
    }

    JavaType type(Expression e, Scope scope) {
        if (e instanceof EnclosedExpr enclosed) {
            return type(enclosed.getInner(), scope);
        }
        if (e instanceof IntegerLiteralExpr) {
            return JavaType.INT;
        }
        if (e instanceof LongLiteralExpr) {
            return JavaType.LONG;
        }
        if (e instanceof DoubleLiteralExpr d) {
            return d.getValue().endsWith("f") || d.getValue().endsWith("F")
                    ? JavaType.of(float.class)
                    : JavaType.DOUBLE;
        }
        if (e instanceof CharLiteralExpr) {
            return JavaType.of(char.class);
        }
        if (e instanceof StringLiteralExpr) {
            return JavaType.STRING;
        }
        if (e instanceof BooleanLiteralExpr) {
            return JavaType.BOOLEAN;
        }
        if (e instanceof NullLiteralExpr) {
            return JavaType.NULL;
        }
        if (e instanceof BigDecimalLiteralExpr) {
            // Drools writes 1e-100000000B as BigDecimal's text constructor, which takes any exponent
            // (a sum with it then runs for hours in one call), and after from its compiler crashes on it.
            throw new Refusal(
                    e,
                    new Words(
                            "decimal literals such as 1.5B are not allowed in rules: use BigDecimal.valueOf(1.5)",
                            "规则中不允许 1.5B 这样的小数字面量：请用 BigDecimal.valueOf(1.5)"));
        }
        if (e instanceof NameExpr n) {
            return name(n, scope);
        }
        if (e instanceof FieldAccessExpr f) {
            return field(f, f.getScope(), f.getNameAsString(), scope);
        }
        if (e instanceof NullSafeFieldAccessExpr f) {
            return field(f, f.getScope(), f.getNameAsString(), scope);
        }
        if (e instanceof MethodCallExpr m) {
            return call(m, m.getScope().orElse(null), m.getNameAsString(), m.getArguments(), scope);
        }
        if (e instanceof NullSafeMethodCallExpr m) {
            return call(m, m.getScope().orElse(null), m.getNameAsString(), m.getArguments(), scope);
        }
        if (e instanceof ObjectCreationExpr o) {
            return creation(o, scope);
        }
        if (e instanceof ArrayCreationExpr a) {
            return arrayCreation(a, scope);
        }
        if (e instanceof ArrayAccessExpr a) {
            JavaType array = value(a.getName(), scope);
            requireNumber(a.getIndex(), value(a.getIndex(), scope));
            if (!array.raw().isArray()) {
                throw new Refusal(a, new Words(array.display() + " is not an array", array.display() + " 不是数组"));
            }
            return JavaType.of(array.raw().getComponentType());
        }
        if (e instanceof CastExpr c) {
            value(c.getExpression(), scope);
            return names.written(c.getType(), c);
        }
        if (e instanceof InstanceOfExpr i) {
            if (i.getPattern().isPresent()) {
                throw new Refusal(
                        i,
                        new Words(
                                "instanceof with a pattern variable is not allowed in rules: cast instead",
                                "规则中不允许带模式变量的 instanceof：请改用类型转换"));
            }
            value(i.getExpression(), scope);
            names.written(i.getType(), i);
            return JavaType.BOOLEAN;
        }
        if (e instanceof ConditionalExpr c) {
            requireBoolean(c.getCondition(), value(c.getCondition(), scope));
            return common(value(c.getThenExpr(), scope), value(c.getElseExpr(), scope));
        }
        if (e instanceof BinaryExpr b) {
            return binary(b, scope);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u, scope);
        }
        if (e instanceof AssignExpr a) {
            JavaType target = assignable(a.getTarget(), scope);
            JavaType assigned = value(a.getValue(), scope);
            if (a.getOperator() == AssignExpr.Operator.ASSIGN && !assigned.assignableTo(target.raw())) {
                throw new Refusal(
                        a,
                        new Words(
                                "a " + assigned.display() + " cannot be assigned to a " + target.display(),
                                assigned.display() + " 不能赋给 " + target.display()));
            }
            if (a.getOperator() == AssignExpr.Operator.PLUS && target.isString() && rewrites != null) {
                appendMetered(a);
            }
            return target;
        }
        if (e instanceof PointFreeExpr p) {
            return pointFree(p, p.getOperator().asString(), p.getLeft(), p.getRight(), scope);
        }
        if (e instanceof HalfPointFreeExpr p) {
            return pointFree(p, p.getOperator().asString(), null, p.getRight(), scope);
        }
        if (e instanceof HalfBinaryExpr h) {
            JavaType right = value(h.getRight(), scope);
            Expression subject = subjectOf(h);
            if (subject == null) {
                throw new Refusal(
                        h,
                        new Words(
                                "write what is compared again after || or &&, such as text == \"a\" || text == \"b\"",
                                "“||”或“&&”之后须再写出要比较的字段，例如 text == \"a\" || text == \"b\""));
            }
            requireComparable(h, h.getOperator().asString(), value(subject, scope), right, false);
            return JavaType.BOOLEAN;
        }
        if (e instanceof com.github.javaparser.ast.expr.ThisExpr && mode == Mode.CONSTRAINT && scope.fact() != null) {
            return scope.fact();
        }
        throw new Refusal(e, refusalFor(e));
    }

    private static Words refusalFor(Expression e) {
        if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
            return new Words(
                    "lambdas and method references are not allowed in rules: use a for-each loop",
                    "规则中不允许 lambda 和方法引用：请用 for-each 循环");
        }
        if (e instanceof com.github.javaparser.ast.expr.ClassExpr) {
            return new Words("class literals are not allowed: rules may not use reflection", "不允许类字面量（.class）：规则不能用反射");
        }
        if (e instanceof com.github.javaparser.ast.expr.ThisExpr
                || e instanceof com.github.javaparser.ast.expr.SuperExpr) {
            return new Words("this and super are not allowed in rule code", "规则代码中不允许 this 和 super");
        }
        if (e instanceof com.github.javaparser.ast.expr.TextBlockLiteralExpr) {
            return new Words("text blocks are not allowed in rules: write the text in quotes", "规则中不允许文本块：请把文字写在引号里");
        }
        if (e instanceof com.github.javaparser.ast.expr.SwitchExpr) {
            return new Words(
                    "switch expressions are not allowed in rules: use if or a switch statement",
                    "规则中不允许 switch 表达式：请用 if 或 switch 语句");
        }
        String kind = e.getClass().getSimpleName().replace("Expr", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return new Words(
                "this kind of expression (" + kind.toLowerCase() + ") is not allowed in rules",
                "规则中不允许这种表达式（" + kind.toLowerCase() + "）");
    }

    private JavaType name(NameExpr n, Scope scope) {
        if (n instanceof DrlNameExpr drl && drl.getBackReferencesCount() > 0) {
            throw new Refusal(n, new Words("back references (../) are not allowed in rules", "规则中不允许反向引用（../）"));
        }
        String id = n.getNameAsString();
        Scope.Variable variable = scope.find(id);
        if (variable != null) {
            return variable.type();
        }
        if (mode == Mode.CONSTRAINT && scope.fact() != null) {
            JavaType property = property(scope.fact(), id);
            if (property != null) {
                return property;
            }
        }
        if (mode == Mode.CONSEQUENCE && id.equals("drools")) {
            return JavaType.of(RuleContext.class);
        }
        if (id.equals("kcontext")) {
            throw new Refusal(
                    n,
                    new Words(
                            "kcontext is not allowed: rules insert, update and delete facts with insert(…),"
                                    + " update(…) and delete(…)",
                            "不允许 kcontext：规则用 insert(…)、update(…) 和 delete(…) 增删改事实"));
        }
        Class<?> type = names.simple(id);
        if (type != null) {
            return JavaType.typeName(type);
        }
        throw new Refusal(
                n, new Words(id + " is not a name rules may use" + names.importHint(id), id + " 不是规则可以使用的名称"));
    }

    /** The record accessor, getter or is-method of a property, when the type allows it; else null. */
    static JavaType property(JavaType owner, String property) {
        String capital = property.isEmpty() ? "" : Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of(property, "get" + capital, "is" + capital)) {
            if (AllowedMembers.method(owner.raw(), candidate) == null) {
                continue;
            }
            try {
                Method m = owner.raw().getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                    return owner.resolve(m.getGenericReturnType());
                }
            } catch (NoSuchMethodException e) {
                // Not this spelling of the property; try the next.
            }
        }
        return null;
    }

    /** {@code a.b.c} when an expression is only names and dots, else null. */
    static String dotted(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = dotted(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    private boolean rootIsValue(String dotted, Scope scope) {
        String root = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        return scope.find(root) != null
                || mode == Mode.CONSTRAINT && scope.fact() != null && property(scope.fact(), root) != null
                || mode == Mode.CONSEQUENCE && root.equals("drools");
    }

    /** The owner of a member: a type named by dots, or a value. */
    private JavaType owner(Expression ownerExpression, Scope scope) {
        String dotted = dotted(ownerExpression);
        if (dotted != null && !rootIsValue(dotted, scope)) {
            Class<?> type = names.dotted(dotted);
            if (type != null) {
                return JavaType.typeName(type);
            }
        }
        return type(ownerExpression, scope);
    }

    /**
     * A dotted name whose start is no variable must begin with an allowed type ({@code
     * java.math.BigDecimal.ONE}, {@code Map.Entry}); one that does not ({@code
     * java.nio.file.Files}, a shaded library's class) is refused as a whole.
     */
    private void requireTypePrefix(Expression access, String whole) {
        String prefix = whole;
        while (prefix.contains(".")) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
            if (names.dotted(prefix) != null) {
                return;
            }
        }
        throw new Refusal(
                access,
                new Words(
                        whole + " is not a type or value rules may use" + names.importHint(whole),
                        whole + " 不是规则可以使用的类型或值"));
    }

    private JavaType field(Expression access, Expression ownerExpression, String member, Scope scope) {
        String whole = dotted(access);
        if (whole != null && !rootIsValue(whole, scope)) {
            Class<?> type = names.dotted(whole);
            if (type != null) {
                return JavaType.typeName(type);
            }
            requireTypePrefix(access, whole);
        }
        JavaType owner = owner(ownerExpression, scope);
        if (owner.isTypeName()) {
            if (AllowedMembers.constant(owner.raw(), member)) {
                try {
                    Field field = owner.raw().getField(member);
                    return JavaType.resolve(field.getGenericType(), null, Map.of());
                } catch (NoSuchFieldException e) {
                    throw new Refusal(
                            access,
                            new Words(
                                    owner.display() + " has no constant " + member,
                                    owner.display() + " 没有常量 " + member));
                }
            }
            throw new Refusal(
                    access,
                    new Words(
                            owner.display() + "." + member + " is not a constant rules may read",
                            owner.display() + "." + member + " 不是规则可以读取的常量"));
        }
        if (owner.raw().isArray() && member.equals("length")) {
            return JavaType.INT;
        }
        if (mode == Mode.CONSTRAINT && !owner.isNull() && !owner.isPrimitive()) {
            JavaType property = property(owner, member);
            if (property != null) {
                return property;
            }
            throw new Refusal(
                    access,
                    new Words(
                            owner.display() + " has no property " + member + " rules may read",
                            owner.display() + " 没有规则可以读取的属性 " + member));
        }
        throw new Refusal(
                access,
                new Words(
                        "reading the field " + member + " is not allowed in rule code: call " + member + "()",
                        "规则代码中不能直接读取字段 " + member + "：请写 " + member + "()"));
    }

    private JavaType call(
            Expression call, Expression ownerExpression, String name, NodeList<Expression> args, Scope scope) {
        if (call instanceof MethodCallExpr m && m.getTypeArguments().isPresent()) {
            throw new Refusal(
                    call, new Words("explicit type arguments on calls are not allowed in rules", "规则中调用方法时不允许写明类型参数"));
        }
        if (ownerExpression == null) {
            return unscopedCall(call, name, args, scope);
        }
        String dottedOwner = dotted(ownerExpression);
        if (dottedOwner != null
                && dottedOwner.contains(".")
                && !rootIsValue(dottedOwner, scope)
                && names.dotted(dottedOwner) == null) {
            requireTypePrefix(ownerExpression, dottedOwner);
        }
        JavaType owner = owner(ownerExpression, scope);
        if (owner.raw() == RuleContext.class) {
            if (FACT_OPERATIONS.contains(name)) {
                return factOperation(call, name, args, scope);
            }
            if (name.equals("getRule") && args.isEmpty()) {
                return JavaType.of(RuleReference.class);
            }
            throw new Refusal(
                    call,
                    new Words(
                            "drools." + name + "(…) is not allowed: rules may insert, update and delete"
                                    + " facts and read drools.getRule().getName()",
                            "不允许 drools." + name + "(…)：规则只能增删改事实，并读取 drools.getRule().getName()"));
        }
        if (owner.raw() == RuleReference.class) {
            if (name.equals("getName") && args.isEmpty()) {
                return JavaType.STRING;
            }
            throw new Refusal(call, new Words("of the rule, only getName() may be read", "规则本身只能读取 getName()"));
        }
        return invoke(call, owner, name, args, scope);
    }

    /** A call on a receiver of a known static type: allowed by that type and name, then resolved. */
    JavaType invoke(Node at, JavaType owner, String name, NodeList<Expression> args, Scope scope) {
        if (owner.isNull() || owner.isPrimitive() || owner.raw() == void.class) {
            throw new Refusal(
                    at,
                    new Words(
                            "cannot call " + name + "(…) on a " + owner.display(),
                            "不能在 " + owner.display() + " 上调用 " + name + "(…)"));
        }
        AllowedMembers.ArgumentCheck check = AllowedMembers.method(owner.raw(), name);
        if (check == null) {
            throw new Refusal(
                    at,
                    new Words(
                            "calling " + name + "(…) on " + (owner.isTypeName() ? "the type " : "a ") + owner.display()
                                    + " is not allowed in rules",
                            "规则中不允许在 " + owner.display() + " 上调用 " + name + "(…)"));
        }
        List<JavaType> argumentTypes = values(args, scope);
        MethodResolver.Resolved resolved;
        try {
            resolved = MethodResolver.method(owner, name, argumentTypes, owner.isTypeName());
        } catch (Refusal e) {
            throw new Refusal(at, e.reason());
        }
        Words why = check.refusal(args, resolved.executable());
        if (why != null) {
            throw new Refusal(at, why);
        }
        if (BUILDING_CALLS.contains(name) && isBuilt(resolved.returns())) {
            refuseBuildingInCondition(at, name + "(…)");
        }
        if (rewrites != null && at instanceof MethodCallExpr m) {
            metered(m, owner, name, resolved.executable());
        }
        return resolved.returns();
    }

    /**
     * A call {@link RuleMeter#METERED} names is written as RuleMeter's ({@code h.contains(x)} as
     * {@code RuleMeter.contains(h, x)}, {@code Collections.disjoint(a, b)} as {@code
     * RuleMeter.disjoint(a, b)}), which weighs its inputs before it runs. An overload taking only
     * numbers (an index, a character) is not metered: its work is bounded by one input; any other
     * overload RuleMeter has no method for is refused.
     */
    private void metered(MethodCallExpr m, JavaType owner, String name, java.lang.reflect.Executable chosen) {
        boolean named = RuleMeter.METERED.entrySet().stream()
                .anyMatch(e ->
                        e.getKey().isAssignableFrom(owner.raw()) && e.getValue().contains(name));
        if (!named || m.getScope().isEmpty()) {
            return;
        }
        Class<?>[] parameters = chosen.getParameterTypes();
        boolean staticCall = owner.isTypeName();
        Method helper = null;
        for (Method candidate : RuleMeter.class.getMethods()) {
            Class<?>[] takes = candidate.getParameterTypes();
            int skip = staticCall ? 0 : 1;
            if (candidate.getName().equals(name)
                    && Modifier.isStatic(candidate.getModifiers())
                    && takes.length == parameters.length + skip
                    && (staticCall || takes[0].isAssignableFrom(owner.raw()))
                    && java.util.Arrays.equals(takes, skip, takes.length, parameters, 0, parameters.length)) {
                helper = candidate;
            }
        }
        if (helper == null) {
            if (java.util.Arrays.stream(parameters).allMatch(Class::isPrimitive)) {
                return;
            }
            throw new Refusal(
                    m,
                    new Words("this form of " + name + "(…) is not allowed in rules", "规则中不允许这种形式的 " + name + "(…)"));
        }
        Expression scope = m.getScope().get();
        int scopeBegin = offsetInSource.applyAsInt(scope.getBegin().orElseThrow());
        int scopeEnd = offsetInSource.applyAsInt(scope.getEnd().orElseThrow()) + 1;
        String meter = RuleMeter.class.getCanonicalName();
        if (staticCall) {
            rewrites.add(new Problems.Insertion(scopeBegin, meter, scopeEnd - scopeBegin));
            return;
        }
        int firstArgument =
                offsetInSource.applyAsInt(m.getArguments().get(0).getBegin().orElseThrow());
        rewrites.add(new Problems.Insertion(scopeBegin, meter + "." + name + "("));
        rewrites.add(new Problems.Insertion(scopeEnd, ", ", firstArgument - scopeEnd));
    }

    /**
     * Text joined with {@code +} is written as {@code RuleMeter.joinText(a, b, …)}, which weighs the
     * text it would build before building it: one statement {@code h = h + h + … + h} of forty
     * terms, looped, multiplies its text forty-fold each time and ran the heap out between two
     * ticks. A chain {@code a + b + c} is one call over all its terms, written at its outermost
     * {@code +}, so it builds its text once, as javac's own join does, instead of once per term.
     * Constants ({@code "a" + "b"}) stay as written: javac joins them, and a {@code case} needs them.
     */
    private void joinMetered(BinaryExpr b) {
        if (b.getParentNode().orElse(null) instanceof BinaryExpr parent
                && parent.getOperator() == BinaryExpr.Operator.PLUS
                && parent.getLeft() == b) {
            // The + this one is the left of joins text too (text + anything is text): the outer
            // one writes the whole chain.
            return;
        }
        List<Expression> terms = new ArrayList<>();
        Expression left = b;
        while (left instanceof BinaryExpr join && textJoins.contains(join)) {
            terms.add(0, join.getRight());
            left = join.getLeft();
        }
        terms.add(0, left);
        String meter = RuleMeter.class.getCanonicalName();
        rewrites.add(new Problems.Insertion(begin(terms.get(0)), meter + ".joinText("));
        for (int i = 1; i < terms.size(); i++) {
            int previousEnd = end(terms.get(i - 1));
            rewrites.add(new Problems.Insertion(previousEnd, ", ", begin(terms.get(i)) - previousEnd));
        }
        rewrites.add(new Problems.Insertion(end(terms.get(terms.size() - 1)), ")"));
    }

    private int begin(Expression e) {
        return offsetInSource.applyAsInt(e.getBegin().orElseThrow());
    }

    private int end(Expression e) {
        return offsetInSource.applyAsInt(e.getEnd().orElseThrow()) + 1;
    }

    /** {@code h += x} on text is written as {@code h = RuleMeter.plus(h, x)}, for a variable only. */
    private void appendMetered(AssignExpr a) {
        if (!(a.getTarget() instanceof NameExpr name)) {
            throw new Refusal(
                    a,
                    new Words(
                            "+= on text is allowed on a variable only: write x = x + …",
                            "只能对变量使用 += 连接文字：请写成 x = x + …"));
        }
        int targetEnd = offsetInSource.applyAsInt(name.getEnd().orElseThrow()) + 1;
        int valueBegin = offsetInSource.applyAsInt(a.getValue().getBegin().orElseThrow());
        int valueEnd = offsetInSource.applyAsInt(a.getValue().getEnd().orElseThrow()) + 1;
        String meter = RuleMeter.class.getCanonicalName();
        rewrites.add(new Problems.Insertion(
                targetEnd, " = " + meter + ".plus(" + name.getNameAsString() + ", ", valueBegin - targetEnd));
        rewrites.add(new Problems.Insertion(valueEnd, ")"));
    }

    /** Literals joined with literals: a constant javac computes once. */
    private static boolean isConstant(Expression e) {
        if (e instanceof com.github.javaparser.ast.expr.LiteralExpr) {
            return !(e instanceof com.github.javaparser.ast.expr.NullLiteralExpr);
        }
        if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
            return isConstant(enclosed.getInner());
        }
        return e instanceof BinaryExpr b && isConstant(b.getLeft()) && isConstant(b.getRight());
    }

    private JavaType unscopedCall(Expression call, String name, NodeList<Expression> args, Scope scope) {
        if (mode == Mode.CONSEQUENCE && name.equals(SourceText.MODIFY_CALL)) {
            return modify(call, args, scope);
        }
        if (mode == Mode.CONSEQUENCE && FACT_OPERATIONS.contains(name)) {
            return factOperation(call, name, args, scope);
        }
        if (mode == Mode.CONSTRAINT
                && scope.fact() != null
                && AllowedMembers.method(scope.fact().raw(), name) != null) {
            return invoke(call, scope.fact(), name, args, scope);
        }
        Function function = functions.get(name);
        if (function != null) {
            List<JavaType> types = values(args, scope);
            boolean fits = types.size() == function.parameters().size();
            for (int i = 0; fits && i < types.size(); i++) {
                fits = types.get(i).assignableTo(function.parameters().get(i).raw());
            }
            if (!fits) {
                String takes = String.join(
                        ", ",
                        function.parameters().stream().map(JavaType::display).toList());
                throw new Refusal(
                        call,
                        new Words("function " + name + " takes (" + takes + ")", "函数 " + name + " 要的是（" + takes + "）"));
            }
            return function.returns();
        }
        throw new Refusal(
                call,
                new Words(
                        "calling " + name + "(…) is not allowed here: call a method on a fact or value,"
                                + " or a function this rule set declares",
                        "这里不允许调用 " + name + "(…)：请调用事实或值的方法，或本规则集声明的函数"));
    }

    /** insert/insertLogical take a fact of the model; update/delete/retract a fact bound in the conditions. */
    private JavaType factOperation(Expression call, String name, NodeList<Expression> args, Scope scope) {
        if (args.size() != 1) {
            throw new Refusal(call, new Words(name + "(…) takes one fact", name + "(…) 只接受一个事实"));
        }
        JavaType fact = value(args.get(0), scope);
        if (!AllowedTypes.isFact(fact.raw())) {
            throw new Refusal(
                    call,
                    new Words(
                            name + "(…) takes a fact of the model, not a " + fact.display(),
                            name + "(…) 只接受事实模型中的事实，不接受 " + fact.display()));
        }
        if (name.startsWith("insert")) {
            insertedFacts.add(fact.raw());
        } else if (!isBoundFact(args.get(0), scope)) {
            throw new Refusal(
                    call,
                    new Words(
                            name + "(…) takes a fact bound in the conditions, such as $m",
                            name + "(…) 只接受在条件中绑定的事实，例如 $m"));
        }
        return JavaType.VOID;
    }

    private static boolean isBoundFact(Expression e, Scope scope) {
        if (!(e instanceof NameExpr n)) {
            return false;
        }
        Scope.Variable variable = scope.find(n.getNameAsString());
        return variable != null && variable.kind() == Kind.BINDING;
    }

    /** {@code modify ($x) { a(…), b(…) }}: calls on a bound fact, nothing else. */
    private JavaType modify(Expression call, NodeList<Expression> args, Scope scope) {
        if (args.isEmpty() || !isBoundFact(args.get(0), scope)) {
            throw new Refusal(
                    call,
                    new Words(
                            "modify takes a fact bound in the conditions, such as modify ($v) { … }",
                            "modify 只接受在条件中绑定的事实，例如 modify ($v) { … }"));
        }
        JavaType target = value(args.get(0), scope);
        if (!AllowedTypes.isFact(target.raw())) {
            throw new Refusal(
                    call,
                    new Words(
                            "modify takes a fact of the model, not a " + target.display(),
                            "modify 只接受事实模型中的事实，不接受 " + target.display()));
        }
        for (int i = 1; i < args.size(); i++) {
            if (!(args.get(i) instanceof MethodCallExpr m) || m.getScope().isPresent()) {
                throw new Refusal(
                        args.get(i),
                        new Words(
                                "a modify block holds calls of the fact's methods, separated by commas",
                                "modify 块里是该事实的方法调用，用逗号分隔"));
            }
            invoke(m, target, m.getNameAsString(), m.getArguments(), scope);
        }
        return JavaType.VOID;
    }

    private JavaType creation(ObjectCreationExpr o, Scope scope) {
        refuseBuildingInCondition(o, "new");
        if (o.getAnonymousClassBody().isPresent()) {
            throw new Refusal(o, new Words("anonymous classes are not allowed in rules", "规则中不允许匿名类"));
        }
        if (o.getScope().isPresent()) {
            throw new Refusal(o, new Words("qualified new is not allowed in rules", "规则中不允许限定的 new（外部对象.new）"));
        }
        JavaType type = names.written(o.getType(), o);
        AllowedMembers.ArgumentCheck check = AllowedMembers.constructor(type.raw());
        if (check == null) {
            throw new Refusal(
                    o,
                    new Words(
                            "new " + type.display() + "(…) is not allowed in rules",
                            "规则中不允许 new " + type.display() + "(…)"));
        }
        Constructor<?> constructor;
        try {
            constructor = MethodResolver.constructor(type, values(o.getArguments(), scope));
        } catch (Refusal e) {
            throw new Refusal(o, e.reason());
        }
        Words why = check.refusal(o.getArguments(), constructor);
        if (why != null) {
            throw new Refusal(o, why);
        }
        return type;
    }

    private JavaType arrayCreation(ArrayCreationExpr a, Scope scope) {
        refuseBuildingInCondition(a, "new");
        JavaType element = names.written(a.getElementType(), a);
        if (a.getLevels().size() != 1) {
            throw new Refusal(a, new Words("arrays of arrays are not allowed in rules", "规则中不允许数组的数组"));
        }
        JavaType array = JavaType.of(element.raw().arrayType());
        if (a.getInitializer().isPresent()) {
            initializer(a.getInitializer().get(), array, scope);
            return array;
        }
        Expression size = a.getLevels().get(0).getDimension().orElse(null);
        if (!(size instanceof IntegerLiteralExpr literal)
                || literal.asNumber().longValue() > AllowedMembers.MAX_SIZE_LITERAL) {
            throw new Refusal(
                    a,
                    new Words(
                            "an array's size must be a whole number written out, at most "
                                    + AllowedMembers.MAX_SIZE_LITERAL,
                            "数组大小须为直接写出的整数，至多 " + AllowedMembers.MAX_SIZE_LITERAL));
        }
        return array;
    }

    /** The elements of {@code {a, b}} given to an array of that type. */
    void initializer(ArrayInitializerExpr initializer, JavaType array, Scope scope) {
        if (!array.raw().isArray() || array.raw().getComponentType().isArray()) {
            throw new Refusal(
                    initializer, new Words("only one-dimensional arrays may be written out in rules", "规则中只能直接写出一维数组"));
        }
        for (Expression element : initializer.getValues()) {
            JavaType type = value(element, scope);
            if (!type.assignableTo(array.raw().getComponentType())) {
                throw new Refusal(
                        element,
                        new Words(
                                "a " + type.display() + " cannot be an element of " + array.display(),
                                type.display() + " 不能作为 " + array.display() + " 的元素"));
            }
        }
    }

    /** Text, a collection, a map or an array: what grows when built on again. */
    static boolean isBuilt(JavaType type) {
        Class<?> raw = type.raw();
        return CharSequence.class.isAssignableFrom(raw)
                || java.util.Collection.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw)
                || raw.isArray();
    }

    /**
     * Conditions compare what the facts hold and build nothing: no meter ticks in them, so text
     * or a list built there, bound and built on again by the next pattern, would grow without
     * anything to stop it. Values are built in the consequence, where the evaluation's limits count.
     */
    private void refuseBuildingInCondition(Node at, String what) {
        if (mode != Mode.CONSTRAINT) {
            return;
        }
        throw new Refusal(
                at,
                new Words(
                        "a condition may not build text, lists or objects (" + what + "): compare what the facts"
                                + " hold, and build values in the consequence, where the evaluation's limits count them",
                        "条件中不能构造文字、列表或对象（" + what + "）：条件只比较事实中已有的值，需要构造的值请在 then 部分构造，那里受求值限制约束"));
    }

    private JavaType binary(BinaryExpr b, Scope scope) {
        JavaType left = value(b.getLeft(), scope);
        JavaType right = value(b.getRight(), scope);
        switch (b.getOperator()) {
            case PLUS:
                if (left.isString() || right.isString()) {
                    refuseBuildingInCondition(b, "+");
                    textJoins.add(b);
                    if (rewrites != null && !isConstant(b)) {
                        joinMetered(b);
                    }
                    return JavaType.STRING;
                }
                requireNumber(b.getLeft(), left);
                requireNumber(b.getRight(), right);
                return JavaType.promote(left, right);
            case MINUS:
            case MULTIPLY:
            case DIVIDE:
            case REMAINDER:
                requireNumber(b.getLeft(), left);
                requireNumber(b.getRight(), right);
                return JavaType.promote(left, right);
            case LEFT_SHIFT:
            case SIGNED_RIGHT_SHIFT:
            case UNSIGNED_RIGHT_SHIFT:
                requireNumber(b.getLeft(), left);
                requireNumber(b.getRight(), right);
                return JavaType.promote(left, JavaType.INT);
            case BINARY_AND:
            case BINARY_OR:
            case XOR:
                if (left.isBooleanLike() && right.isBooleanLike()) {
                    return JavaType.BOOLEAN;
                }
                requireNumber(b.getLeft(), left);
                requireNumber(b.getRight(), right);
                return JavaType.promote(left, right);
            case AND:
            case OR:
                requireBoolean(b.getLeft(), left);
                requireBoolean(b.getRight(), right);
                return JavaType.BOOLEAN;
            case EQUALS:
            case NOT_EQUALS:
                requireComparable(b, b.getOperator().asString(), left, right, false);
                return JavaType.BOOLEAN;
            default:
                requireComparable(b, b.getOperator().asString(), left, right, true);
                return JavaType.BOOLEAN;
        }
    }

    /**
     * Both sides of a comparison are of one kind: numbers, true/false, or values of types one of
     * which is the other's (a null on either side of == and != too); ordering also needs them
     * comparable. Drools converts a side of another type to text by pasting its source between
     * quotes, unescaped, so {@code text == Boolean.valueOf("+ …code… +")} would turn the
     * literal inside out and run what it holds: the sandbox never lets a comparison need that.
     */
    private static void requireComparable(Node at, String operator, JavaType left, JavaType right, boolean ordering) {
        // A char is a number to Java, but Drools pastes a char literal's text unquoted where it
        // compares one with a number: a char compares only with a char.
        boolean sameKind = isChar(left) == isChar(right) && left.isNumeric() && right.isNumeric()
                || !ordering && left.isBooleanLike() && right.isBooleanLike()
                || !ordering && (left.isNull() || right.isNull())
                || !left.isPrimitive()
                        && !right.isPrimitive()
                        && !left.isNull()
                        && !right.isNull()
                        && (left.raw().isAssignableFrom(right.raw())
                                || right.raw().isAssignableFrom(left.raw()))
                        && (!ordering || Comparable.class.isAssignableFrom(left.raw()));
        if (!sameKind) {
            throw new Refusal(
                    at,
                    new Words(
                            "a " + left.display() + " cannot be compared with a " + right.display() + " with "
                                    + operator + ": compare values of one type",
                            left.display() + " 不能用 " + operator + " 与 " + right.display() + " 比较：请比较同一类型的值"));
        }
    }

    /**
     * What {@code || == x} compares: the left side of the comparison that opens its chain
     * ({@code text} of {@code text != "a" && != x}), or null when there is none to be seen.
     */
    private static Expression subjectOf(HalfBinaryExpr half) {
        Node chain = half.getParentNode().orElse(null);
        while (chain instanceof EnclosedExpr) {
            chain = chain.getParentNode().orElse(null);
        }
        if (!(chain instanceof BinaryExpr joined)
                || joined.getOperator() != BinaryExpr.Operator.AND && joined.getOperator() != BinaryExpr.Operator.OR) {
            return null;
        }
        Expression first = joined.getLeft();
        while (first instanceof EnclosedExpr enclosed) {
            first = enclosed.getInner();
        }
        while (first instanceof BinaryExpr b
                && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            first = b.getLeft();
        }
        return first instanceof BinaryExpr comparison ? comparison.getLeft() : null;
    }

    private static boolean isChar(JavaType type) {
        return !type.isNull() && (type.raw() == char.class || type.raw() == Character.class);
    }

    /**
     * A value compared with a left side not written next to it ({@code || == x}, {@code || in (…)}):
     * text, a number or null, which Drools compares as they are (true/false is not: a boolean field
     * is written as the condition itself).
     */
    private static void requirePlainValue(Expression at, JavaType type) {
        if (!(type.isNull() || type.isString() || type.isNumeric() && !isChar(type))) {
            throw new Refusal(
                    at,
                    new Words(
                            "after || or && a compared value is text or a number, not a " + type.display(),
                            "“||”或“&&”之后比较的值须是文字或数字，而不是 " + type.display()));
        }
    }

    private JavaType unary(UnaryExpr u, Scope scope) {
        switch (u.getOperator()) {
            case LOGICAL_COMPLEMENT:
                requireBoolean(u.getExpression(), value(u.getExpression(), scope));
                return JavaType.BOOLEAN;
            case PREFIX_INCREMENT:
            case PREFIX_DECREMENT:
            case POSTFIX_INCREMENT:
            case POSTFIX_DECREMENT:
                JavaType target = assignable(u.getExpression(), scope);
                requireNumber(u.getExpression(), target);
                return target;
            default:
                JavaType operand = value(u.getExpression(), scope);
                requireNumber(u.getExpression(), operand);
                return JavaType.promote(operand, JavaType.INT);
        }
    }

    /** What may be assigned: a local variable or parameter, or an element of an array held in one. Never a field. */
    private JavaType assignable(Expression target, Scope scope) {
        if (target instanceof NameExpr n) {
            Scope.Variable variable = scope.find(n.getNameAsString());
            if (variable == null) {
                throw new Refusal(
                        target,
                        new Words(
                                "only local variables may be assigned in rules; " + n.getNameAsString()
                                        + " is not one (write through a fact's methods)",
                                "规则中只能给局部变量赋值；" + n.getNameAsString() + " 不是局部变量（请通过事实的方法修改）"));
            }
            if (variable.kind() == Kind.BINDING) {
                throw new Refusal(
                        target,
                        new Words(
                                n.getNameAsString() + " is bound in the conditions and may not be assigned",
                                n.getNameAsString() + " 在条件中绑定，不能再赋值"));
            }
            return variable.type();
        }
        if (target instanceof ArrayAccessExpr a
                && a.getName() instanceof NameExpr array
                && scope.find(array.getNameAsString()) != null) {
            return value(target, scope);
        }
        throw new Refusal(
                target,
                new Words(
                        "writing fields is not allowed in rules: only local variables may be assigned",
                        "规则中不允许写字段：只能给局部变量赋值"));
    }

    private JavaType pointFree(
            Expression at, String operator, Expression left, NodeList<Expression> right, Scope scope) {
        if (operator.equals("matches")) {
            throw new Refusal(
                    at,
                    new Words(
                            "matches runs a backtracking regular expression and is not allowed: use"
                                    + " LinearRegex.matches(text, \"…\") or LinearRegex.find(text, \"…\")",
                            "不允许 matches（回溯式正则表达式）：请用 LinearRegex.matches(text, \"…\") 或 LinearRegex.find(text, \"…\")"));
        }
        if (!COMPARING_OPERATORS.contains(operator)) {
            throw new Refusal(
                    at, new Words("the operator " + operator + " is not allowed in rules", "规则中不允许运算符 " + operator));
        }
        JavaType leftType = left == null ? null : value(left, scope);
        List<JavaType> rightTypes = values(right, scope);
        if (operator.equals("in")) {
            // Each element is compared with ==, and Drools turns one of another type into text.
            for (int i = 0; i < right.size(); i++) {
                if (leftType == null) {
                    requirePlainValue(right.get(i), rightTypes.get(i));
                } else {
                    requireComparable(right.get(i), "in", leftType, rightTypes.get(i), false);
                }
            }
        } else if (leftType != null && leftType.isString() && !rightTypes.isEmpty()) {
            // contains and excludes on text take text.
            requireComparable(at, operator, leftType, rightTypes.get(0), false);
        }
        return JavaType.BOOLEAN;
    }

    List<JavaType> values(NodeList<Expression> args, Scope scope) {
        List<JavaType> types = new ArrayList<>(args.size());
        for (Expression arg : args) {
            types.add(value(arg, scope));
        }
        return types;
    }

    private static String article(JavaType type) {
        return "AEIOU".indexOf(type.display().charAt(0)) >= 0 ? "an " : "a ";
    }

    static void requireBoolean(Expression at, JavaType type) {
        if (!type.isBooleanLike()) {
            throw new Refusal(
                    at,
                    new Words(
                            "a condition must be true or false, not a " + type.display(),
                            "条件须为 true 或 false，而不是 " + type.display()));
        }
    }

    private static void requireNumber(Expression at, JavaType type) {
        if (!type.isNumeric()) {
            throw new Refusal(
                    at, new Words("a number is needed here, not a " + type.display(), "这里需要一个数，而不是 " + type.display()));
        }
    }

    private static JavaType common(JavaType a, JavaType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isNull()) {
            return b.boxed();
        }
        if (b.isNull()) {
            return a.boxed();
        }
        if (a.isNumeric() && b.isNumeric()) {
            return JavaType.promote(a, b);
        }
        if (a.boxed().raw().isAssignableFrom(b.boxed().raw())) {
            return a.boxed();
        }
        if (b.boxed().raw().isAssignableFrom(a.boxed().raw())) {
            return b.boxed();
        }
        return JavaType.OBJECT;
    }
}
