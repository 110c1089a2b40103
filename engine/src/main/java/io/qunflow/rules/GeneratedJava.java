package io.qunflow.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.qunflow.common.Words;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the Java that Drools' executable model generates from a rule source, after the sandbox
 * passed the source and before anything is compiled or loaded. The sandbox checks DRL; Drools
 * then writes some DRL text into Java without escaping it (four such places let text inside a
 * string of the DRL run as code, each closed in the sandbox when found). Whatever place a fifth
 * would use, what it smuggles ends up in these sources, so they are held to an allow-list of
 * their own: a static member only of the types Drools' templates use, the rule sets' allowed
 * types and the generated classes themselves; an instance call only by a name Drools' templates
 * or the sandbox allow, with the sandbox's bounds on its arguments; objects only of types the
 * sandbox lets rules create; no class bodies of their own; every loop metered. Names are
 * resolved as the compiler would (a variable in scope first, then a type), and whatever cannot
 * be resolved is refused.
 *
 * <p>Why this class is long: it is one walk over one set of parsed sources, each check needing
 * what the whole set declares (types, methods, fields, who calls whom); names are resolved by
 * {@link GeneratedNames}, what Drools' templates use is listed in {@link DroolsTemplates}, and
 * the rules' own allow-lists live in {@link AllowedMembers} and {@link AllowedTypes}.
 */
final class GeneratedJava {

    /** Unicode escapes are read as javac reads them, before anything else, so both see the same code. */
    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(true));

    private final List<CompilationUnit> units = new ArrayList<>();
    /** Every type the sources declare, by canonical name. */
    private final Set<String> generatedTypes = new HashSet<>();
    /** Every method the sources declare, by name. */
    private final Set<String> generatedMethods = new HashSet<>();
    /** The fields and enum constants each generated type declares itself, by canonical name. */
    private final Map<String, Set<String>> generatedFields = new HashMap<>();

    /**
     * Which generated methods each generated method calls, by name: rules and functions never
     * recurse (the sandbox refuses it), and a call does not tick the meter, so recursion would
     * run uncounted for as long as its stack allows, twice that for each call it makes twice.
     */
    private final Map<String, Set<String>> callGraph = new HashMap<>();

    /** Methods of Object and Enum a generated class inherits, that rules never call on it. */
    private static final Set<String> INHERITED = Set.of(
            "wait", "notify", "notifyAll", "getClass", "getDeclaringClass", "clone", "finalize", "describeConstable");

    /**
     * Methods of Object the JDK calls where no call is written: {@code "" + x} calls
     * {@code toString}, a {@code HashSet} calls {@code hashCode} and {@code equals}. A generated
     * class declaring one could recurse through them round the meter and the call graph, and
     * Drools' templates declare none.
     */
    private static final Set<String> CALLED_IMPLICITLY = Set.of("toString", "hashCode", "equals", "finalize", "clone");

    private final Set<String> problems = new LinkedHashSet<>();

    private GeneratedJava() {}

    /**
     * What in these generated sources rules may not do, in words for whoever wrote the rule set;
     * empty when nothing.
     *
     * @param sources the text of each generated Java file
     */
    static List<String> problems(List<String> sources) {
        GeneratedJava check = new GeneratedJava();
        for (String source : sources) {
            ParseResult<CompilationUnit> parsed = check.parser.parse(source);
            if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
                check.refuse("cannot be read as Java");
                continue;
            }
            check.declare(parsed.getResult().get());
        }
        check.units.forEach(check::check);
        check.recursion();
        return List.copyOf(check.problems);
    }

    private void declare(CompilationUnit unit) {
        units.add(unit);
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            type.getFullyQualifiedName().ifPresent(generatedTypes::add);
        }
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            generatedMethods.add(method.getNameAsString());
        }
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            Set<String> fields = new HashSet<>();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration field) {
                    field.getVariables().forEach(v -> fields.add(v.getNameAsString()));
                }
            }
            if (type.isEnumDeclaration()) {
                type.asEnumDeclaration().getEntries().forEach(c -> fields.add(c.getNameAsString()));
            }
            type.getFullyQualifiedName().ifPresent(name -> generatedFields.put(name, fields));
        }
    }

    private void check(CompilationUnit unit) {
        GeneratedNames names = new GeneratedNames(unit, generatedTypes, generatedFields);
        unit.findAll(InitializerDeclaration.class).forEach(i -> refuse("an initialiser block"));
        unit.findAll(LocalClassDeclarationStmt.class).forEach(c -> refuse("a class declared inside a method"));
        unit.findAll(LocalRecordDeclarationStmt.class).forEach(c -> refuse("a record declared inside a method"));
        unit.findAll(RecordDeclaration.class).forEach(c -> refuse("a record of its own"));
        // A lambda is a method nobody names, so no call graph sees it call itself: kept in a
        // field, it can call the field's execute. Drools' templates materialise theirs as
        // classes, all but collect's supplier of its accumulator.
        unit.findAll(LambdaExpr.class, l -> !isCollectSupplier(l, names))
                .forEach(l -> refuse("a lambda, which Drools' templates write only to supply collect's accumulator"));
        unit.findAll(MethodDeclaration.class, m -> CALLED_IMPLICITLY.contains(m.getNameAsString()))
                .forEach(m -> refuse("declares " + m.getName() + ", which Java calls where no call is written"));
        for (TryStmt t : unit.findAll(TryStmt.class)) {
            // A finally that returns or jumps discards what the try threw: the meter's stop among it.
            t.getFinallyBlock()
                    .filter(f ->
                            !f.findAll(Statement.class, GeneratedJava::isJump).isEmpty())
                    .ifPresent(f -> refuse("a finally block that returns or jumps, discarding what was thrown"));
        }
        for (ClassOrInterfaceType written : unit.findAll(ClassOrInterfaceType.class, GeneratedJava::isOutermostType)) {
            if (!names.isWritable(written)) {
                refuse("names the type " + written + ", which is not a type rules may use");
            }
        }
        unit.findAll(EnumConstantDeclaration.class, c -> c.getClassBody().isNonEmpty())
                .forEach(c -> refuse("a class body of the constant " + c.getName()));
        unit.findAll(AnnotationDeclaration.class).forEach(a -> refuse("an annotation type of its own"));
        unit.findAll(SynchronizedStmt.class).forEach(a -> refuse("a synchronized block"));
        for (ImportDeclaration i : unit.getImports()) {
            String from = i.isAsterisk()
                    ? i.getNameAsString()
                    : i.getName().getQualifier().map(q -> q.asString()).orElse("");
            if (i.isStatic() && !generatedTypes.contains(from)) {
                refuse("imports " + i.getNameAsString() + " statically, which is not a generated class");
            }
        }
        unit.findAll(ExplicitConstructorInvocationStmt.class)
                .forEach(c -> refuse("a constructor that calls another (" + c + ")"));
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            List<ClassOrInterfaceType> supertypes = new ArrayList<>();
            if (type instanceof NodeWithExtends<?> extending) {
                supertypes.addAll(extending.getExtendedTypes());
            }
            if (type instanceof NodeWithImplements<?> implementing) {
                supertypes.addAll(implementing.getImplementedTypes());
            }
            for (ClassOrInterfaceType supertype : supertypes) {
                if (!names.isModelInterface(supertype)) {
                    refuse("declares " + type.getName() + " a " + supertype.getNameWithScope()
                            + ", which is not one of Drools' model interfaces");
                }
            }
        }
        for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
            constructed(creation, names);
        }
        for (ArrayCreationExpr array : unit.findAll(ArrayCreationExpr.class)) {
            sizedArray(array);
        }
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            called(call, names);
        }
        for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
            referenced(reference, names);
        }
        for (Expression name : unit.findAll(Expression.class, GeneratedJava::isOutermostName)) {
            if (!isCallScope(name) && names.resolve(name).unknown()) {
                refuse("refers to " + name + ", which is not a type rules may use");
            }
        }
        for (Statement loop : unit.findAll(Statement.class, GeneratedJava::isLoop)) {
            metered(loop, names);
        }
    }

    private void constructed(ObjectCreationExpr creation, GeneratedNames names) {
        if (creation.getAnonymousClassBody().isPresent()) {
            refuse("a class declared inside an expression (new " + creation.getType() + " { … })");
            return;
        }
        String type = names.typeName(creation.getType());
        if (type == null) {
            refuse("creates " + creation.getType() + ", which is not a type rules may use");
            return;
        }
        if (generatedTypes.contains(type)) {
            // A constructor can recurse as a method can: new X(d + 1) inside X's own.
            calls(creation, "new " + type);
            return;
        }
        if (DroolsTemplates.constructs(type)) {
            return;
        }
        Class<?> allowed = AllowedTypes.named(type);
        AllowedMembers.ArgumentCheck check = allowed == null ? null : AllowedMembers.constructor(allowed);
        if (check == null) {
            refuse("creates " + type + ", which rules may not create");
            return;
        }
        List<String> refusals = new ArrayList<>();
        for (Constructor<?> candidate : allowed.getConstructors()) {
            if (takes(candidate, creation.getArguments())) {
                Words refusal = check.refusal(creation.getArguments(), candidate);
                if (refusal == null) {
                    return;
                }
                refusals.add(refusal.en());
            }
        }
        refuse("creates " + type + " with arguments it may not take: "
                + (refusals.isEmpty() ? "no constructor takes that many arguments" : refusals.get(0)));
    }

    /** An array's size is given by its elements, or a small number written out. */
    private void sizedArray(ArrayCreationExpr array) {
        if (array.getInitializer().isPresent()) {
            return;
        }
        // The levels multiply: new long[10000][10000][10000] is 10^12 elements.
        long elements = 1;
        for (var level : array.getLevels()) {
            Expression dimension = level.getDimension().orElse(null);
            if (dimension == null) {
                continue;
            }
            elements = dimension instanceof IntegerLiteralExpr literal
                            && literal.asNumber().longValue() >= 0
                    ? elements * Math.max(1, literal.asNumber().longValue())
                    : Long.MAX_VALUE;
            if (elements > AllowedMembers.MAX_SIZE_LITERAL) {
                refuse("creates an array of a size not written out as at most " + AllowedMembers.MAX_SIZE_LITERAL
                        + " elements in all");
                return;
            }
        }
    }

    private void called(MethodCallExpr call, GeneratedNames names) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            if (!generatedMethods.contains(name) || INHERITED.contains(name)) {
                refuse("calls " + name + ", which is not a method of the generated rules");
            }
            calls(call, name);
            return;
        }
        GeneratedNames.Resolved scope = names.resolve(call.getScope().get());
        if (scope.unknown()) {
            refuse("calls " + call.getScope().get() + "." + name + ", which is not on a type rules may use");
        } else if (scope.isType()) {
            staticCall(scope.type(), call);
        } else {
            instanceCall(call);
            if (generatedMethods.contains(name)) {
                // Which generated method a value's call reaches is not known here; any of that name may.
                calls(call, name);
            }
        }
    }

    private void staticCall(String type, MethodCallExpr call) {
        String name = call.getNameAsString();
        if (generatedTypes.contains(type)) {
            if (!generatedMethods.contains(name) || INHERITED.contains(name)) {
                refuse("calls " + type + "." + name + ", which the generated rules do not declare");
            }
            calls(call, name);
            return;
        }
        if (DroolsTemplates.allowsStatic(type, name)) {
            return;
        }
        Class<?> allowed = AllowedTypes.named(type);
        AllowedMembers.ArgumentCheck check = allowed == null ? null : AllowedMembers.method(allowed, name);
        if (check == null) {
            refuse("calls " + type + "." + name + ", which rules may not call");
            return;
        }
        String refusal = refusal(allowed.getMethods(), name, call.getArguments(), check);
        if (refusal != null) {
            refuse("calls " + type + "." + name + " with arguments it may not take: " + refusal);
        }
    }

    /** Notes that the method around this node calls (or refers to) a generated method. */
    private void calls(Node at, String name) {
        callGraph.computeIfAbsent(caller(at), k -> new HashSet<>()).add(name);
    }

    /**
     * The method or constructor whose code this is, as the call graph names them; an instance
     * field's initialiser runs in its class's constructors.
     */
    private static String caller(Node at) {
        for (Node n = at.getParentNode().orElse(null);
                n != null;
                n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return method.getNameAsString();
            }
            if (n instanceof ConstructorDeclaration || n instanceof FieldDeclaration field && !field.isStatic()) {
                Node declared = n.getParentNode().orElse(null);
                return declared instanceof TypeDeclaration<?> type
                        ? type.getFullyQualifiedName()
                                .map(name -> "new " + name)
                                .orElse("")
                        : "";
            }
        }
        return "";
    }

    /** A generated method that calls itself, directly or through others, is refused. */
    private void recursion() {
        for (String start : callGraph.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(callGraph.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    refuse("has " + start + " call itself, which the rule meter does not count");
                    break;
                }
                if (seen.add(next)) {
                    todo.addAll(callGraph.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    private void instanceCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (DroolsTemplates.allowsCall(name)) {
            return;
        }
        String refusal = AllowedMembers.refusalOnAnyReceiver(name, call.getArguments());
        if (refusal != null) {
            refuse("calls " + name + ", " + refusal);
        }
    }

    private static String refusal(
            Method[] methods, String name, NodeList<Expression> arguments, AllowedMembers.ArgumentCheck check) {
        String refusal = "no method " + name + " takes " + arguments.size() + " arguments";
        for (Executable candidate : methods) {
            if (candidate.getName().equals(name) && takes(candidate, arguments)) {
                Words why = check.refusal(arguments, candidate);
                if (why == null) {
                    return null;
                }
                refusal = why.en();
            }
        }
        return refusal;
    }

    /**
     * Whether a method or constructor can take these arguments: as many, and a literal only where
     * its type goes ({@code new StringBuilder(2000000000)} is the capacity, not the text one).
     */
    static boolean takes(Executable candidate, List<Expression> arguments) {
        int count = candidate.getParameterCount();
        if (!(count == arguments.size() || candidate.isVarArgs() && arguments.size() >= count - 1)) {
            return false;
        }
        Class<?>[] types = candidate.getParameterTypes();
        for (int i = 0; i < arguments.size(); i++) {
            Class<?> type = i < count - 1 || !candidate.isVarArgs()
                    ? types[Math.min(i, count - 1)]
                    : types[count - 1].getComponentType();
            if (!literalFits(arguments.get(i), type)) {
                return false;
            }
        }
        return true;
    }

    private static boolean literalFits(Expression argument, Class<?> type) {
        Class<?> boxed = type.isPrimitive() ? JavaType.of(type).boxed().raw() : type;
        if (argument instanceof IntegerLiteralExpr || argument instanceof LongLiteralExpr) {
            return Number.class.isAssignableFrom(boxed) || boxed.isAssignableFrom(Integer.class);
        }
        if (argument instanceof StringLiteralExpr || argument instanceof TextBlockLiteralExpr) {
            return boxed.isAssignableFrom(String.class);
        }
        if (argument instanceof BooleanLiteralExpr) {
            return boxed.isAssignableFrom(Boolean.class);
        }
        return true;
    }

    private void referenced(MethodReferenceExpr reference, GeneratedNames names) {
        String name = reference.getIdentifier();
        Expression scope = reference.getScope();
        GeneratedNames.Resolved resolved = scope instanceof TypeExpr typeExpr
                ? GeneratedNames.Resolved.ofType(
                        typeExpr.getType() instanceof ClassOrInterfaceType written ? names.typeName(written) : null)
                : names.resolve(scope);
        boolean allowed;
        if (resolved.unknown()) {
            allowed = false;
        } else if (resolved.isType()) {
            Class<?> type = AllowedTypes.named(resolved.type());
            allowed = generatedTypes.contains(resolved.type())
                            && generatedMethods.contains(name)
                            && !INHERITED.contains(name)
                    || name.equals("new") && DroolsTemplates.isPackageType(resolved.type())
                    || name.equals("new")
                            && type != null
                            && AllowedMembers.constructor(type) != null
                            && isCollectedInto(reference, names)
                    || DroolsTemplates.allowsStatic(resolved.type(), name)
                    || type != null && AllowedMembers.method(type, name) != null;
        } else {
            allowed = DroolsTemplates.allowsCall(name);
        }
        if (!allowed) {
            refuse("refers to the method " + reference + ", which rules may not use");
        } else if (generatedMethods.contains(name)) {
            // A reference is a lambda: kept in a field, it may be called by the method it names.
            refuse("refers to the method " + reference + " of the generated rules, as a value");
        }
    }

    /** A loop's body starts with the meter's tick, as the sandbox writes every loop it passes. */
    private void metered(Statement loop, GeneratedNames names) {
        Statement body = loop instanceof WhileStmt w
                ? w.getBody()
                : loop instanceof DoStmt d
                        ? d.getBody()
                        : loop instanceof ForStmt f ? f.getBody() : ((ForEachStmt) loop).getBody();
        boolean metered = body instanceof BlockStmt block
                && !block.getStatements().isEmpty()
                && block.getStatement(0) instanceof ExpressionStmt first
                && first.getExpression() instanceof MethodCallExpr tick
                && tick.getArguments().isEmpty()
                && tick.getScope().isPresent()
                // Resolved, not read: a nested class io.qunflow.rules.RuleMeter has a tick of its own.
                && (names.resolve(tick.getScope().get()).type() + "." + tick.getNameAsString())
                        .equals(DroolsTemplates.METER_TICK);
        if (!metered) {
            refuse("a loop the rule meter does not count");
        }
    }

    /**
     * The collection {@code collect} fills, made by the accumulator and nowhere else: elsewhere
     * {@code ArrayList::new} could be an {@code IntFunction}, a list of any capacity.
     */
    private static boolean isCollectedInto(MethodReferenceExpr reference, GeneratedNames names) {
        return reference.getParentNode().orElse(null) instanceof ObjectCreationExpr creation
                && creation.getArguments().size() == 1
                && isCollectAccumulator(creation, names);
    }

    private void refuse(String what) {
        problems.add("the Java Drools generated from this rule set " + what
                + ": a name, group or compared value in the source probably holds code, which Drools would"
                + " have run; nothing was compiled or run");
    }

    /** {@code () -> new GenericCollectAccumulator(ArrayList::new)}, as collect's template writes it. */
    private static boolean isCollectSupplier(LambdaExpr lambda, GeneratedNames names) {
        return lambda.getParameters().isEmpty()
                && lambda.getExpressionBody().orElse(null) instanceof ObjectCreationExpr creation
                && isCollectAccumulator(creation, names);
    }

    /** Resolved, not read: a nested class of that name would be the generated class's own. */
    private static boolean isCollectAccumulator(ObjectCreationExpr creation, GeneratedNames names) {
        return DroolsTemplates.COLLECT_ACCUMULATOR.equals(names.typeName(creation.getType()));
    }

    private static boolean isJump(Statement s) {
        return s instanceof ReturnStmt || s instanceof BreakStmt || s instanceof ContinueStmt || s instanceof YieldStmt;
    }

    /** A written type, not the scope of a longer one ({@code Map} of {@code Map.Entry}). */
    private static boolean isOutermostType(ClassOrInterfaceType type) {
        return !(type.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
                && outer.getScope().orElse(null) == type);
    }

    private static boolean isLoop(Statement s) {
        return s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt || s instanceof ForEachStmt;
    }

    /** A name or a dotted chain of names, not part of a longer chain. */
    private static boolean isOutermostName(Expression e) {
        if (!GeneratedNames.isNameChain(e)) {
            return false;
        }
        return !(e.getParentNode().orElse(null) instanceof FieldAccessExpr parent && parent.getScope() == e);
    }

    private static boolean isCallScope(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr call && call.getScope().orElse(null) == e
                || parent instanceof MethodReferenceExpr reference && reference.getScope() == e;
    }
}
