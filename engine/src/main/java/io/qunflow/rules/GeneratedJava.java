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
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
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
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
 * <p>Why this class is long: it is one walk over one set of parsed sources, with name resolution
 * that every check shares; the allow-lists it reuses live in {@link AllowedMembers} and
 * {@link AllowedTypes}.
 */
final class GeneratedJava {

    /** Types Drools' templates call statically, with the methods they call. */
    private static final Map<String, Set<String>> TEMPLATE_STATICS = new HashMap<>();

    /**
     * Methods Drools' templates call on values: the model builders, property metadata, date
     * formats. Never the names of methods the sources declare: a rule set's functions are named
     * by its author ({@code invoke}), text pasted into a class body can declare any instance
     * method ({@code exec}, {@code getMethod}), and the templates' own ({@code apply},
     * {@code test}) would let a lambda call itself round the meter.
     */
    private static final Set<String> TEMPLATE_CALLS = Set.of(
            "execute",
            "expr",
            "bind",
            "as",
            "attribute",
            "build",
            "insert",
            "insertLogical",
            "update",
            "delete",
            "addRuleNames",
            "getPropertyIndex",
            "parseCaseInsensitive",
            "appendPattern",
            "toFormatter",
            // drools.getRule().getName(), which the sandbox lets consequences write.
            "asKnowledgeHelper",
            "getRule",
            "getName");

    /** What {@code collect} accumulates with: {@code new GenericCollectAccumulator(ArrayList::new)}. */
    private static final String COLLECT_ACCUMULATOR = "org.drools.modelcompiler.constraints.GenericCollectAccumulator";

    /** Types Drools' templates construct. */
    private static final Set<String> TEMPLATE_CONSTRUCTED = Set.of(
            "org.drools.model.functions.PredicateInformation",
            "java.time.format.DateTimeFormatterBuilder",
            COLLECT_ACCUMULATOR);

    /** Types whose constants and nested types Drools' templates read. */
    private static final Set<String> TEMPLATE_TYPES = Set.of(
            "org.drools.model.Rule.Attribute",
            "org.drools.model.Index.ConstraintType",
            "java.util.Locale",
            "java.lang.String",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.lang.Boolean");

    /**
     * Packages of Drools' operator singletons and built-in accumulate functions, which generated
     * code reads ({@code ContainsOperator.INSTANCE}) and creates ({@code CountAccumulateFunction::new})
     * when the rule set used them, as the sandbox let it.
     */
    private static final List<String> TEMPLATE_PACKAGES =
            List.of("org.drools.model.operators.", "org.drools.core.base.accumulators.");

    static {
        for (Class<?> dsl : List.of(
                org.drools.modelcompiler.dsl.pattern.D.class, org.drools.modelcompiler.util.EvaluationUtil.class)) {
            Set<String> names = new HashSet<>();
            for (Method method : dsl.getMethods()) {
                // Not executeScript: a consequence of script text, which Drools runs as MVEL.
                if (Modifier.isStatic(method.getModifiers())
                        && !method.getName().equals("executeScript")) {
                    names.add(method.getName());
                }
            }
            TEMPLATE_STATICS.put(dsl.getCanonicalName(), names);
        }
        for (Class<?> mask : List.of(
                org.drools.model.bitmask.AllSetBitMask.class,
                org.drools.model.bitmask.AllSetButLastBitMask.class,
                org.drools.model.bitmask.EmptyBitMask.class,
                org.drools.model.bitmask.EmptyButLastBitMask.class)) {
            TEMPLATE_STATICS.put(mask.getCanonicalName(), Set.of("get"));
        }
        TEMPLATE_STATICS.put(
                org.drools.model.bitmask.BitMaskUtil.class.getCanonicalName(), Set.of("calculatePatternMask"));
        TEMPLATE_STATICS.put("org.drools.util.DateUtils", Set.of("getDateFormatMask"));
        TEMPLATE_STATICS.put(RuleMeter.class.getCanonicalName(), Set.of("tick"));
    }

    private static final String METER_TICK = RuleMeter.class.getCanonicalName() + ".tick";

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
        Names names = new Names(unit);
        unit.findAll(InitializerDeclaration.class).forEach(i -> refuse("an initialiser block"));
        unit.findAll(LocalClassDeclarationStmt.class).forEach(c -> refuse("a class declared inside a method"));
        unit.findAll(LocalRecordDeclarationStmt.class).forEach(c -> refuse("a record declared inside a method"));
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
            metered(loop);
        }
    }

    private void constructed(ObjectCreationExpr creation, Names names) {
        if (creation.getAnonymousClassBody().isPresent()) {
            refuse("a class declared inside an expression (new " + creation.getType() + " { … })");
            return;
        }
        String type = names.typeName(creation.getType());
        if (type == null) {
            refuse("creates " + creation.getType() + ", which is not a type rules may use");
            return;
        }
        if (generatedTypes.contains(type) || TEMPLATE_CONSTRUCTED.contains(type)) {
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
                String refusal = check.refusal(creation.getArguments(), candidate);
                if (refusal == null) {
                    return;
                }
                refusals.add(refusal);
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

    private void called(MethodCallExpr call, Names names) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            if (!generatedMethods.contains(name) || INHERITED.contains(name)) {
                refuse("calls " + name + ", which is not a method of the generated rules");
            }
            calls(call, name);
            return;
        }
        Resolved scope = names.resolve(call.getScope().get());
        if (scope.unknown()) {
            refuse("calls " + call.getScope().get() + "." + name + ", which is not on a type rules may use");
        } else if (scope.isType()) {
            staticCall(scope.type(), call);
        } else {
            instanceCall(call);
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
        if (TEMPLATE_STATICS.getOrDefault(type, Set.of()).contains(name)) {
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
        String caller = at.findAncestor(MethodDeclaration.class)
                .map(MethodDeclaration::getNameAsString)
                .orElse("");
        callGraph.computeIfAbsent(caller, k -> new HashSet<>()).add(name);
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
        if (TEMPLATE_CALLS.contains(name)) {
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
                refusal = check.refusal(arguments, candidate);
                if (refusal == null) {
                    return null;
                }
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

    private void referenced(MethodReferenceExpr reference, Names names) {
        String name = reference.getIdentifier();
        Expression scope = reference.getScope();
        Resolved resolved = scope instanceof TypeExpr typeExpr
                ? Resolved.ofType(
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
                    || name.equals("new") && isTemplatePackageType(resolved.type())
                    || name.equals("new")
                            && type != null
                            && AllowedMembers.constructor(type) != null
                            && isCollectedInto(reference)
                    || TEMPLATE_STATICS.getOrDefault(resolved.type(), Set.of()).contains(name)
                    || type != null && AllowedMembers.method(type, name) != null;
        } else {
            allowed = TEMPLATE_CALLS.contains(name);
        }
        if (!allowed) {
            refuse("refers to the method " + reference + ", which rules may not use");
        } else if (generatedMethods.contains(name)) {
            calls(reference, name);
        }
    }

    /** A loop's body starts with the meter's tick, as the sandbox writes every loop it passes. */
    private void metered(Statement loop) {
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
                && (tick.getScope().map(Node::toString).orElse("") + "." + tick.getNameAsString()).equals(METER_TICK);
        if (!metered) {
            refuse("a loop the rule meter does not count");
        }
    }

    /**
     * The collection {@code collect} fills, made by the accumulator and nowhere else: elsewhere
     * {@code ArrayList::new} could be an {@code IntFunction}, a list of any capacity.
     */
    private static boolean isCollectedInto(MethodReferenceExpr reference) {
        return reference.getParentNode().orElse(null) instanceof ObjectCreationExpr creation
                && creation.getArguments().size() == 1
                && creation.getType().getNameWithScope().equals(COLLECT_ACCUMULATOR);
    }

    private static boolean isTemplatePackageType(String name) {
        for (String pkg : TEMPLATE_PACKAGES) {
            if (name.startsWith(pkg) && name.indexOf('.', pkg.length()) < 0 && Names.exists(name)) {
                return true;
            }
        }
        return false;
    }

    private void refuse(String what) {
        problems.add("the Java Drools generated from this rule set " + what
                + ": a name, group or compared value in the source probably holds code, which Drools would"
                + " have run; nothing was compiled or run");
    }

    private static boolean isLoop(Statement s) {
        return s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt || s instanceof ForEachStmt;
    }

    /** A name or a dotted chain of names, not part of a longer chain. */
    private static boolean isOutermostName(Expression e) {
        if (!isNameChain(e)) {
            return false;
        }
        return !(e.getParentNode().orElse(null) instanceof FieldAccessExpr parent && parent.getScope() == e);
    }

    private static boolean isNameChain(Expression e) {
        if (e instanceof NameExpr) {
            return true;
        }
        return e instanceof FieldAccessExpr access && isNameChain(access.getScope());
    }

    private static boolean isCallScope(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent instanceof MethodCallExpr call && call.getScope().orElse(null) == e
                || parent instanceof MethodReferenceExpr reference && reference.getScope() == e;
    }

    /** What a name stands for: a value, a type (canonical name), or nothing rules may use. */
    private record Resolved(String type, boolean value) {
        static final Resolved VALUE = new Resolved(null, true);
        static final Resolved UNKNOWN = new Resolved(null, false);

        static Resolved ofType(String type) {
            return type == null ? UNKNOWN : new Resolved(type, false);
        }

        boolean isType() {
            return type != null;
        }

        boolean unknown() {
            return type == null && !value;
        }
    }

    /** Resolves names in one compilation unit the way the compiler does, as far as rules need. */
    private final class Names {

        private final String pkg;
        private final Map<String, String> imports = new HashMap<>();
        /** Packages (or types) whose types are imported on demand, java.lang's among them. */
        private final List<String> onDemand = new ArrayList<>(List.of("java.lang"));
        /** Static imports from generated types: the type, and the names imported (none: all). */
        private final Map<String, Set<String>> staticImports = new HashMap<>();

        Names(CompilationUnit unit) {
            pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            for (ImportDeclaration i : unit.getImports()) {
                if (!i.isStatic() && !i.isAsterisk()) {
                    imports.put(i.getName().getIdentifier(), i.getNameAsString());
                } else if (!i.isStatic()) {
                    onDemand.add(i.getNameAsString());
                } else if (i.isStatic() && i.isAsterisk() && generatedTypes.contains(i.getNameAsString())) {
                    staticImports.computeIfAbsent(i.getNameAsString(), k -> new HashSet<>());
                } else if (i.isStatic() && !i.isAsterisk()) {
                    i.getName()
                            .getQualifier()
                            .map(q -> q.asString())
                            .filter(generatedTypes::contains)
                            .ifPresent(type -> staticImports
                                    .computeIfAbsent(type, k -> new HashSet<>())
                                    .add(i.getName().getIdentifier()));
                }
            }
        }

        /** The generated types around a node, innermost first. */
        private List<String> enclosingTypes(Node node) {
            List<String> out = new ArrayList<>();
            for (Node at = node; at != null; at = at.getParentNode().orElse(null)) {
                if (at instanceof TypeDeclaration<?> type) {
                    type.getFullyQualifiedName().ifPresent(out::add);
                }
            }
            return out;
        }

        /**
         * A field or enum constant of a type around the name, or one a static import brings in; a
         * field of another generated class is not in scope, and there {@code java} is a package.
         */
        private boolean isVisibleField(NameExpr name) {
            String id = name.getNameAsString();
            for (String around : enclosingTypes(name)) {
                if (generatedFields.getOrDefault(around, Set.of()).contains(id)) {
                    return true;
                }
            }
            for (Map.Entry<String, Set<String>> imported : staticImports.entrySet()) {
                if ((imported.getValue().isEmpty() || imported.getValue().contains(id))
                        && generatedFields
                                .getOrDefault(imported.getKey(), Set.of())
                                .contains(id)) {
                    return true;
                }
            }
            return false;
        }

        /** A supertype Drools' templates give generated classes: one of its model's interfaces. */
        boolean isModelInterface(ClassOrInterfaceType type) {
            String written = type.getNameWithScope();
            String name = written.contains(".") ? written : imports.getOrDefault(written, written);
            return name.startsWith("org.drools.model.") && exists(name);
        }

        /** A value, a type, or (a static field of a type being read) a value; unknown otherwise. */
        Resolved resolve(Expression e) {
            if (!isNameChain(e)) {
                return Resolved.VALUE;
            }
            List<String> parts = new ArrayList<>();
            Expression at = e;
            while (at instanceof FieldAccessExpr access) {
                parts.add(0, access.getNameAsString());
                at = access.getScope();
            }
            NameExpr root = (NameExpr) at;
            parts.add(0, root.getNameAsString());
            if (inScope(root) || isVisibleField(root)) {
                return Resolved.VALUE;
            }
            String type = null;
            int used = 0;
            String simple = simpleType(parts.get(0), e);
            if (simple != null) {
                type = simple;
                used = 1;
            } else {
                for (int i = 1; i <= parts.size(); i++) {
                    String candidate = String.join(".", parts.subList(0, i));
                    if (isKnownType(candidate)) {
                        type = candidate;
                        used = i;
                        break;
                    }
                }
                if (type == null) {
                    return Resolved.UNKNOWN;
                }
            }
            while (used < parts.size() && isKnownType(type + "." + parts.get(used))) {
                type = type + "." + parts.get(used);
                used++;
            }
            if (!isKnownType(type)) {
                return Resolved.UNKNOWN;
            }
            return used == parts.size() ? Resolved.ofType(type) : Resolved.VALUE;
        }

        /** The canonical name of a written type, when it is one rules or Drools' templates may use. */
        String typeName(ClassOrInterfaceType type) {
            List<String> parts = new ArrayList<>();
            for (ClassOrInterfaceType at = type; at != null; at = at.getScope().orElse(null)) {
                parts.add(0, at.getNameAsString());
            }
            String simple = simpleType(parts.get(0), type);
            String name = simple != null
                    ? simple + (parts.size() > 1 ? "." + String.join(".", parts.subList(1, parts.size())) : "")
                    : String.join(".", parts);
            return isKnownType(name) ? name : null;
        }

        /**
         * A simple name as a type, in javac's order: a member of a type around it, imported by
         * name, declared by the sources in this package, a member of a generated type imported
         * statically, or imported on demand (java.lang's among those). A type nested in another
         * generated class is not visible by its simple name outside it.
         */
        private String simpleType(String simple, Node at) {
            for (String around : enclosingTypes(at)) {
                if (generatedTypes.contains(around + "." + simple)) {
                    return around + "." + simple;
                }
            }
            if (imports.containsKey(simple)) {
                return imports.get(simple);
            }
            String samePackage = pkg.isEmpty() ? simple : pkg + "." + simple;
            if (generatedTypes.contains(samePackage)) {
                return samePackage;
            }
            for (String imported : staticImports.keySet()) {
                String member = imported + "." + simple;
                if (generatedTypes.contains(member)
                        && (staticImports.get(imported).isEmpty()
                                || staticImports.get(imported).contains(simple))) {
                    return member;
                }
            }
            // Imported on demand (the rule set's "import java.util.*;", and java.lang): javac
            // refuses a name two of them hold, so only one may.
            String found = null;
            for (String imported : onDemand) {
                String candidate = imported + "." + simple;
                if (isKnownType(candidate) || exists(candidate)) {
                    if (found != null && !found.equals(candidate)) {
                        return null;
                    }
                    found = candidate;
                }
            }
            return found;
        }

        private boolean isKnownType(String name) {
            return generatedTypes.contains(name)
                    || TEMPLATE_STATICS.containsKey(name)
                    || TEMPLATE_CONSTRUCTED.contains(name)
                    || TEMPLATE_TYPES.contains(name)
                    || AllowedTypes.named(name) != null
                    || isTemplatePackageType(name);
        }

        /** Declared before this name in a lambda, method, catch clause, block or loop around it. */
        private boolean inScope(NameExpr name) {
            String id = name.getNameAsString();
            Node child = name;
            for (Node at = name.getParentNode().orElse(null);
                    at != null;
                    at = at.getParentNode().orElse(null)) {
                if (declaresFor(at, child, id)) {
                    return true;
                }
                child = at;
            }
            return false;
        }

        /** Whether this node declares the name for its child, where the name is used. */
        private static boolean declaresFor(Node at, Node child, String id) {
            if (at instanceof LambdaExpr lambda) {
                return declares(lambda.getParameters(), id);
            }
            if (at instanceof CallableDeclaration<?> callable) {
                return declares(callable.getParameters(), id);
            }
            if (at instanceof CatchClause clause) {
                return clause.getParameter().getNameAsString().equals(id);
            }
            if (at instanceof ForEachStmt each) {
                return each.getBody() == child && declaresVariable(each.getVariable(), id);
            }
            if (at instanceof ForStmt loop) {
                return loop.getInitialization().stream().anyMatch(i -> i != child && declaresVariable(i, id));
            }
            if (at instanceof TryStmt t) {
                // A resource is in scope in the block and the resources after it, not in catch or finally.
                if (child != t.getTryBlock() && t.getResources().stream().noneMatch(r -> r == child)) {
                    return false;
                }
                for (Expression resource : t.getResources()) {
                    if (resource == child) {
                        return false;
                    }
                    if (declaresVariable(resource, id)) {
                        return true;
                    }
                }
                return false;
            }
            return at instanceof NodeWithStatements<?> block && declaredBefore(block, child, id);
        }

        private static boolean declares(NodeList<Parameter> parameters, String id) {
            return parameters.stream().anyMatch(p -> p.getNameAsString().equals(id));
        }

        private static boolean declaresVariable(Expression e, String id) {
            return e instanceof VariableDeclarationExpr declaration
                    && declaration.getVariables().stream()
                            .anyMatch(v -> v.getNameAsString().equals(id));
        }

        private static boolean declaredBefore(NodeWithStatements<?> block, Node child, String id) {
            for (Statement statement : block.getStatements()) {
                if (statement == child) {
                    return false;
                }
                if (statement instanceof ExpressionStmt expression
                        && declaresVariable(expression.getExpression(), id)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean exists(String name) {
            try {
                Class.forName(name, false, GeneratedJava.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }
}
