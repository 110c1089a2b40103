package io.qunflow.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names in one generated compilation unit the way javac does, as far as
 * {@link GeneratedJava} needs: a variable declared before it in scope first, then a field of a
 * type around it or statically imported, then a type (a member of a type around it, imported by
 * name, of this package, imported on demand). What javac would read as a package or type must
 * never be taken for a value here, since a value's calls are checked by name only.
 *
 * <p>Why this class is long: javac's scoping rules (locals declared before use, try resources,
 * loop variables, fields of enclosing and statically imported classes, member, single, same-package
 * and on-demand imports) each need their own case, and a case missed is a way past the check.
 */
final class GeneratedNames {

    /** What a name stands for: a value, a type (canonical name), or nothing rules may use. */
    record Resolved(String type, boolean value) {
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

    private final Set<String> generatedTypes;
    private final Map<String, Set<String>> generatedFields;

    private final String pkg;
    private final Map<String, String> imports = new HashMap<>();
    /** Packages (or types) whose types are imported on demand, java.lang's among them. */
    private final List<String> onDemand = new ArrayList<>(List.of("java.lang"));
    /** Static imports from generated types: the type, and the names imported (none: all). */
    private final Map<String, Set<String>> staticImports = new HashMap<>();

    GeneratedNames(CompilationUnit unit, Set<String> generatedTypes, Map<String, Set<String>> generatedFields) {
        this.generatedTypes = generatedTypes;
        this.generatedFields = generatedFields;
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
                    && generatedFields.getOrDefault(imported.getKey(), Set.of()).contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** A supertype Drools' templates give generated classes: one of its model's interfaces. */
    boolean isModelInterface(ClassOrInterfaceType type) {
        String written = type.getNameWithScope();
        String name = written.contains(".") ? written : imports.getOrDefault(written, written);
        return name.startsWith("org.drools.model.") && isDroolsOnlyInterface(name);
    }

    /**
     * An interface of Drools' model whose supertypes are all Drools' own (or markers): one that
     * extends a JDK interface ({@code ViewBuilder} is a {@code Function}) would let a generated
     * class be handed to the JDK, which calls its methods where no call is written.
     */
    private static boolean isDroolsOnlyInterface(String name) {
        try {
            return isDroolsOnlyInterface(Class.forName(name, false, GeneratedNames.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isDroolsOnlyInterface(Class<?> type) {
        if (type == java.io.Serializable.class || type == Cloneable.class) {
            return true;
        }
        if (!type.isInterface() || !type.getName().startsWith("org.drools.")) {
            return false;
        }
        for (Class<?> parent : type.getInterfaces()) {
            if (!isDroolsOnlyInterface(parent)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a type written in a declaration, cast, class literal or type argument is one rules
     * or Drools' templates use. javac lets a static member be reached through a value
     * ({@code ((java.nio.file.Files) null).delete(p)}), and a value's calls are checked by name
     * only, so a value may only ever have a type of these: a known type, one Drools' templates write
     * ({@link DroolsTemplates#writes}), or an interface of Drools' model (whose static methods javac
     * never calls through a value).
     */
    boolean isWritable(ClassOrInterfaceType type) {
        String name = written(type);
        return isKnownType(name)
                || DroolsTemplates.writes(name)
                || name.startsWith("org.drools.model.") && isDroolsOnlyInterface(name);
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
        String name = written(type);
        return isKnownType(name) ? name : null;
    }

    /** A written type's canonical name, its first part resolved as javac would; it may name nothing. */
    private String written(ClassOrInterfaceType type) {
        List<String> parts = new ArrayList<>();
        for (ClassOrInterfaceType at = type; at != null; at = at.getScope().orElse(null)) {
            parts.add(0, at.getNameAsString());
        }
        String simple = simpleType(parts.get(0), type);
        return simple != null
                ? simple + (parts.size() > 1 ? "." + String.join(".", parts.subList(1, parts.size())) : "")
                : String.join(".", parts);
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
        return generatedTypes.contains(name) || DroolsTemplates.isType(name) || AllowedTypes.named(name) != null;
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
            if (statement instanceof ExpressionStmt expression && declaresVariable(expression.getExpression(), id)) {
                return true;
            }
        }
        return false;
    }

    /** A name or a dotted chain of names ({@code java.nio.file.Files}). */
    static boolean isNameChain(Expression e) {
        if (e instanceof NameExpr) {
            return true;
        }
        return e instanceof FieldAccessExpr access && isNameChain(access.getScope());
    }

    static boolean exists(String name) {
        try {
            Class.forName(name, false, GeneratedNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
