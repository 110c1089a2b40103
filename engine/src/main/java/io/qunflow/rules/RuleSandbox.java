package io.qunflow.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Checks rule source before it is compiled. DRL consequences, functions and constraints are Java
 * run on the server, and the JVM no longer has a security manager, so whatever a rule may do is
 * decided here: only the published fact model and a few JDK value types may be named, only their
 * public methods called, and nothing that reaches the system, threads, reflection, files or the
 * network. Consequences and functions are parsed as Java; constraints, which use DRL's own
 * operators, are checked name by name. Every problem names its line and column in the DRL.
 */
final class RuleSandbox {

    /** A rule source's problems and its warnings, each at a line and column. */
    record Findings(List<RuleProblem> errors, List<RuleProblem> warnings) {}

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern BINDING = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)\\s*:(?!=)");
    private static final Pattern NEW_BEFORE = Pattern.compile("\\bnew\\s+$");
    private static final Pattern MODIFY = Pattern.compile("\\bmodify\\s*\\(");
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "io", "net");
    /** Words of DRL's constraint language that look like calls or names but are operators. */
    private static final Set<String> DRL_WORDS = Set.of(
            "in",
            "not",
            "matches",
            "contains",
            "memberOf",
            "soundslike",
            "excludes",
            "str",
            "startsWith",
            "endsWith",
            "length",
            "null",
            "true",
            "false",
            "this",
            "instanceof",
            "after",
            "before",
            "coincides",
            "during",
            "finishes",
            "finishedby",
            "includes",
            "meets",
            "metby",
            "overlaps",
            "overlappedby",
            "starts",
            "startedby");

    private static final Set<String> DENIED_WORDS = Set.of("class", "eval", "kcontext", "super");

    private final JavaParser java =
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    Findings check(String source) {
        Check check = new Check(source);
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source);
        } catch (DroolsParserException e) {
            check.error(0, "The rule source cannot be parsed: " + e.getMessage());
            return check.findings();
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                if (error instanceof ParserError p) {
                    check.errorAtLine(p.getRow(), p.getCol(), p.getMessage());
                } else {
                    check.errorAtLine(0, 0, error.getMessage());
                }
            }
            return check.findings();
        }
        checkPackage(pkg, check);
        return check.findings();
    }

    private void checkPackage(PackageDescr pkg, Check check) {
        for (ImportDescr imported : pkg.getImports()) {
            if (!SandboxPolicy.allowsImport(imported.getTarget())) {
                check.error(
                        imported.getStartCharacter(),
                        "import of " + imported.getTarget()
                                + " is not allowed: rules may import the fact model ("
                                + SandboxPolicy.FACT_MODEL_PACKAGE
                                + ".*) and the value types listed in docs/fact-model.md");
            }
        }
        pkg.getFunctionImports()
                .forEach(f -> check.error(
                        f.getStartCharacter(), "import function is not allowed: declare the function in the rule set"));
        pkg.getAccumulateImports()
                .forEach(a -> check.error(
                        a.getStartCharacter(),
                        "import accumulate is not allowed: use the built-in accumulate functions"));
        pkg.getGlobals()
                .forEach(g -> check.error(
                        g.getStartCharacter(),
                        "global " + g.getIdentifier()
                                + " is not allowed: rules write what they decide into the Verdict"));
        pkg.getClassAndEnumDeclarationDescrs()
                .forEach(d -> check.error(
                        d.getStartCharacter(),
                        "declare " + d.getTypeName() + " is not allowed: rules use the published fact model"));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(attribute, check);
        }
        Set<String> functions = new HashSet<>();
        pkg.getFunctions().forEach(f -> functions.add(f.getName()));
        Map<String, Set<String>> calls = new HashMap<>();
        for (FunctionDescr function : pkg.getFunctions()) {
            calls.put(function.getName(), calledFunctions(function, functions));
        }
        for (FunctionDescr function : pkg.getFunctions()) {
            checkFunction(function, functions, calls, check);
        }
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(rule, functions, check);
        }
    }

    private void checkAttribute(AttributeDescr attribute, Check check) {
        if (attribute.getName().equals("dialect") && !"java".equals(unquoted(attribute.getValue()))) {
            check.error(
                    attribute.getStartCharacter(),
                    "dialect " + attribute.getValue() + " is not allowed: rules are written in the java dialect");
        }
        if (attribute.getValue() != null) {
            scanExpression(
                    attribute.getValue(),
                    check.offsetOf(attribute.getValue(), attribute.getStartCharacter()),
                    Set.of(),
                    check);
        }
    }

    private void checkFunction(
            FunctionDescr function, Set<String> functions, Map<String, Set<String>> calls, Check check) {
        int at = function.getStartCharacter();
        checkWrittenType(function.getReturnType(), at, check);
        function.getParameterTypes().forEach(type -> checkWrittenType(type, at, check));
        Set<String> names = new HashSet<>(function.getParameterNames());
        checkJava(function.getBody(), check.offsetOf(function.getBody(), at), functions, names, false, check);
        // Functions may call each other, but never in a cycle: no recursion, so every call ends.
        for (String other : calls.get(function.getName())) {
            if (reaches(other, function.getName(), calls, new HashSet<>())) {
                check.error(
                        check.offsetOf(other + "(", check.offsetOf(function.getBody(), at)),
                        "function " + function.getName() + " calls function " + other
                                + ", which leads back to it: functions may not recurse");
            }
        }
    }

    private Set<String> calledFunctions(FunctionDescr function, Set<String> functions) {
        Set<String> called = new HashSet<>();
        if (function.getBody() != null) {
            for (String other : functions) {
                if (Pattern.compile("\\b" + Pattern.quote(other) + "\\s*\\(")
                        .matcher(mask(function.getBody()))
                        .find()) {
                    called.add(other);
                }
            }
        }
        return called;
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> calls, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : calls.getOrDefault(from, Set.of())) {
            if (reaches(next, target, calls, seen)) {
                return true;
            }
        }
        return false;
    }

    private void checkRule(RuleDescr rule, Set<String> functions, Check check) {
        int at = rule.getStartCharacter();
        String what = (rule.isQuery() ? "query " : "rule ") + "\"" + rule.getName() + "\"";
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            checkAttribute(attribute, check);
        }
        Set<String> bindings = new HashSet<>();
        if (rule.getLhs() != null) {
            checkConditions(rule.getLhs(), at, functions, bindings, check);
        }
        if (rule.isQuery()) {
            return;
        }
        Object consequence = rule.getConsequence();
        String code = consequence == null ? "" : consequence.toString();
        int codeAt = check.offsetOf(code, at);
        checkJava(code, codeAt, functions, bindings, true, check);
        if (code.isBlank()) {
            check.warning(at, what + " does nothing when it fires: its consequence is empty");
        } else if (!Pattern.compile("\\b(decide|decideFor|insert|insertLogical|update|modify|delete|retract)\\s*\\(")
                .matcher(mask(code))
                .find()) {
            check.warning(codeAt, what + " decides nothing: its consequence never writes into the Verdict");
        }
        for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
            String namedCode = String.valueOf(named.getValue());
            checkJava(namedCode, check.offsetOf(namedCode, at), functions, bindings, true, check);
        }
    }

    private void checkConditions(
            BaseDescr descr, int ruleAt, Set<String> functions, Set<String> bindings, Check check) {
        int at = descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : ruleAt;
        if (descr instanceof EvalDescr) {
            check.error(at, "eval is not allowed: write the condition as a constraint of a pattern");
        } else if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            if (pattern.getObjectType() != null && !pattern.isQuery()) {
                checkWrittenType(pattern.getObjectType(), at, check);
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                checkConditions(constraint, at, functions, bindings, check);
            }
            if (pattern.getSource() != null) {
                checkSource(pattern.getSource(), at, functions, bindings, check);
            }
        } else if (descr instanceof ExprConstraintDescr constraint) {
            Matcher binding = BINDING.matcher(mask(constraint.getExpression()));
            while (binding.find()) {
                bindings.add(binding.group(1));
            }
            scanExpression(
                    constraint.getExpression(), check.offsetOf(constraint.getExpression(), at), functions, check);
        } else if (descr instanceof ConditionalBranchDescr branch) {
            checkBranch(branch, at, functions, check);
        } else if (descr instanceof NamedConsequenceDescr) {
            // Names a consequence checked with the rule's other consequences.
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                checkConditions(child, at, functions, bindings, check);
            }
        } else {
            check.error(
                    at,
                    descr.getClass().getSimpleName().replace("Descr", "").toLowerCase()
                            + " is not supported in rules written here");
        }
    }

    private void checkBranch(ConditionalBranchDescr branch, int at, Set<String> functions, Check check) {
        for (ConditionalBranchDescr b = branch; b != null; b = b.getElseBranch()) {
            if (b.getCondition() != null) {
                String condition = String.valueOf(b.getCondition().getContent());
                scanExpression(condition, check.offsetOf(condition, at), functions, check);
            }
        }
    }

    private void checkSource(
            PatternSourceDescr source, int at, Set<String> functions, Set<String> bindings, Check check) {
        if (source instanceof FromDescr from) {
            String expression =
                    from.getDataSource() == null ? "" : from.getDataSource().getText();
            scanExpression(expression, check.offsetOf(expression, at), functions, check);
        } else if (source instanceof AccumulateDescr accumulate) {
            if (!accumulate.isExternalFunction()
                    || accumulate.getInitCode() != null
                    || accumulate.getActionCode() != null) {
                check.error(
                        at,
                        "accumulate with init/action/result code is not allowed:" + " use the built-in functions "
                                + SandboxPolicy.ACCUMULATE_FUNCTIONS);
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
                if (!SandboxPolicy.ACCUMULATE_FUNCTIONS.contains(call.getFunction())) {
                    check.error(
                            check.offsetOf(call.getFunction(), at),
                            "accumulate function " + call.getFunction() + " is not allowed: use one of "
                                    + SandboxPolicy.ACCUMULATE_FUNCTIONS);
                }
                if (call.getBind() != null) {
                    bindings.add(call.getBind());
                }
                for (String parameter : call.getParams()) {
                    scanExpression(parameter, check.offsetOf(parameter, at), functions, check);
                }
            }
            if (accumulate.getInput() != null) {
                checkConditions(accumulate.getInput(), at, functions, bindings, check);
            }
        } else if (source instanceof CollectDescr collect) {
            if (collect.getInputPattern() != null) {
                checkConditions(collect.getInputPattern(), at, functions, bindings, check);
            }
        } else if (!(source instanceof EntryPointDescr)) {
            check.error(at, "this source of facts is not supported in rules written here");
        }
    }

    /**
     * Checks an expression in DRL's constraint language, which Java parsers do not read: every name
     * that is called must be an allowed method, every type named must be allowed, and qualified
     * names may only reach allowed types and their constants.
     */
    private void scanExpression(String expression, int at, Set<String> functions, Check check) {
        if (expression == null) {
            return;
        }
        String masked = mask(expression);
        Matcher name = IDENTIFIER.matcher(masked);
        int skipUntil = -1;
        while (name.find()) {
            if (name.start() < skipUntil) {
                continue;
            }
            String word = name.group();
            int position = at + name.start();
            char before = previousNonSpace(masked, name.start());
            char after = nextNonSpace(masked, name.end());
            if (DENIED_WORDS.contains(word)) {
                check.error(position, "'" + word + "' is not allowed in rules");
            } else if (before == '.' || Character.isDigit(word.charAt(0))) {
                // A member of what came before: checked as a call below when called.
                if (after == '(' && !SandboxPolicy.allowsMethod(word)) {
                    check.error(position, "calling " + word + "(…) is not allowed in rules");
                }
            } else if (PACKAGE_ROOTS.contains(word) && after == '.') {
                int end = qualifiedEnd(masked, name.start());
                String qualified = masked.substring(name.start(), end).replace(" ", "");
                checkQualified(qualified, position, check);
                skipUntil = end;
            } else if (NEW_BEFORE.matcher(masked.substring(0, name.start())).find()) {
                int end = qualifiedEnd(masked, name.start());
                checkQualified(masked.substring(name.start(), end).replace(" ", ""), position, check);
                skipUntil = end;
            } else if (after == '(' && !DRL_WORDS.contains(word)) {
                if (!SandboxPolicy.allowsMethod(word) && !functions.contains(word)) {
                    check.error(position, "calling " + word + "(…) is not allowed in rules");
                }
            } else if (before == '#' || Character.isUpperCase(word.charAt(0))) {
                int end = qualifiedEnd(masked, name.start());
                String qualified = masked.substring(name.start(), end).replace(" ", "");
                checkTypeWithMember(qualified, position, check);
                skipUntil = end;
            }
        }
    }

    /** {@code java.lang.Math.PI} or {@code java.util.List}: an allowed type, then at most a constant or call. */
    private static void checkQualified(String qualified, int position, Check check) {
        String[] parts = qualified.split("\\.");
        StringBuilder type = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            type.append(i == 0 ? "" : ".").append(parts[i]);
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                if (!SandboxPolicy.allowsType(type.toString())) {
                    check.error(position, type + " is not allowed in rules");
                } else if (i + 1 < parts.length && !SandboxPolicy.allowsStaticField(type.toString(), parts[i + 1])) {
                    check.error(position, type + "." + parts[i + 1] + " is not an allowed constant");
                }
                return;
            }
        }
        check.error(position, qualified + " is not allowed in rules");
    }

    /** {@code Math.PI}, {@code Map.Entry}, {@code Integer}: an allowed type and at most an allowed constant. */
    private static void checkTypeWithMember(String qualified, int position, Check check) {
        String[] parts = qualified.split("\\.");
        String type = parts[0];
        if (parts.length > 1 && SandboxPolicy.allowsType(parts[0] + "." + parts[1])) {
            type = parts[0] + "." + parts[1];
        }
        if (!SandboxPolicy.allowsType(type)) {
            check.error(position, type + " is not allowed in rules");
            return;
        }
        int member = type.contains(".") ? 2 : 1;
        if (parts.length > member
                && !parts[member].isEmpty()
                && Character.isUpperCase(parts[member].charAt(0))
                && !SandboxPolicy.allowsStaticField(type, parts[member])) {
            check.error(position, type + "." + parts[member] + " is not an allowed constant");
        }
    }

    private static int qualifiedEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                i++;
            } else {
                break;
            }
        }
        // A trailing call is not part of the name: "Math.max(" ends before "max" is checked as a member.
        int lastDot = text.lastIndexOf('.', i - 1);
        if (nextNonSpace(text, i) == '(' && lastDot > start) {
            return lastDot;
        }
        return i;
    }

    private void checkWrittenType(String written, int at, Check check) {
        if (written == null || written.isBlank()) {
            return;
        }
        String base = written.replaceAll("\\[\\s*]", "").trim();
        for (String part : base.split("[<>,?]|\\bextends\\b|\\bsuper\\b")) {
            String type = part.trim();
            if (!type.isEmpty() && !SandboxPolicy.allowsType(type)) {
                check.error(at, "type " + type + " is not allowed in rules");
            }
        }
    }

    /**
     * Parses consequence or function code as a Java block and checks every name, type and call in
     * it. DRL's {@code modify ($x) { a, b }} blocks are rewritten into a call first, keeping every
     * line where it was so positions still point into the DRL.
     */
    private void checkJava(
            String code, int at, Set<String> functions, Set<String> declared, boolean consequence, Check check) {
        if (code == null || code.isBlank()) {
            return;
        }
        String rewritten = consequence ? rewriteModify(code) : code;
        ParseResult<BlockStmt> parsed = java.parseBlock("{" + rewritten + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            parsed.getProblems().stream()
                    .findFirst()
                    .ifPresent(problem -> check.error(
                            problem.getLocation()
                                    .flatMap(l -> l.getBegin().getRange())
                                    .map(r -> toOffset(code, at, r.begin))
                                    .orElse(at),
                            "cannot read this as Java: "
                                    + problem.getMessage().lines().findFirst().orElse("")));
            return;
        }
        BlockStmt block = parsed.getResult().get();
        Set<String> names = new HashSet<>(declared);
        block.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
        block.findAll(Parameter.class).forEach(p -> names.add(p.getNameAsString()));
        new JavaCheck(code, at, functions, names, consequence, check).visit(block);
    }

    /** Walks the parsed code; anything not on the allow-list is an error at its place in the DRL. */
    private final class JavaCheck {

        private final String code;
        private final int at;
        private final Set<String> functions;
        private final Set<String> names;
        private final boolean consequence;
        private final Check check;

        JavaCheck(String code, int at, Set<String> functions, Set<String> names, boolean consequence, Check check) {
            this.code = code;
            this.at = at;
            this.functions = functions;
            this.names = names;
            this.consequence = consequence;
            this.check = check;
        }

        void visit(Node root) {
            root.walk(this::check);
        }

        private void check(Node node) {
            if (node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt) {
                error(
                        node,
                        "while, do and counting for loops are not allowed: a rule must finish quickly"
                                + " (for-each over a collection is allowed)");
            } else if (node instanceof SynchronizedStmt) {
                error(node, "synchronized is not allowed in rules");
            } else if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
                error(node, "declaring classes is not allowed in rules");
            } else if (node instanceof ClassExpr) {
                error(node, "class literals are not allowed: rules may not use reflection");
            } else if (node instanceof ThisExpr || node instanceof SuperExpr) {
                error(node, "this and super are not allowed in rules");
            } else if (node instanceof AnnotationExpr) {
                error(node, "annotations are not allowed in rules");
            } else if (node instanceof ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()) {
                error(node, "anonymous classes are not allowed in rules");
            } else if (node instanceof ClassOrInterfaceType type) {
                checkType(type);
            } else if (node instanceof MethodCallExpr call) {
                checkCall(call);
            } else if (node instanceof MethodReferenceExpr reference) {
                if (!reference.getIdentifier().equals("new")
                        && !SandboxPolicy.allowsMethod(reference.getIdentifier())) {
                    error(node, "referring to " + reference.getIdentifier() + " is not allowed in rules");
                }
            } else if (node instanceof FieldAccessExpr field) {
                checkFieldAccess(field);
            } else if (node instanceof NameExpr name) {
                checkName(name);
            }
        }

        private void checkType(ClassOrInterfaceType type) {
            boolean scopeOfAnother = type.getParentNode()
                    .filter(p -> p instanceof ClassOrInterfaceType outer
                            && outer.getScope().orElse(null) == type)
                    .isPresent();
            if (scopeOfAnother) {
                return;
            }
            String written = type.getNameWithScope();
            if (!written.equals("var") && !SandboxPolicy.allowsType(written)) {
                error(type, "type " + written + " is not allowed in rules");
            }
        }

        private void checkCall(MethodCallExpr call) {
            String method = call.getNameAsString();
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                boolean helper = consequence
                        && (SandboxPolicy.KNOWLEDGE_HELPER_METHODS.contains(method) || method.equals(MODIFY_CALL));
                if (!helper && !functions.contains(method) && !SandboxPolicy.allowsMethod(method)) {
                    error(call, "calling " + method + "(…) is not allowed in rules");
                }
                return;
            }
            if (consequence
                    && scope.get() instanceof NameExpr n
                    && n.getNameAsString().equals("drools")) {
                if (!SandboxPolicy.KNOWLEDGE_HELPER_METHODS.contains(method)) {
                    error(call, "drools." + method + "(…) is not allowed: rules may insert, update and delete facts");
                }
                return;
            }
            if (!SandboxPolicy.allowsMethod(method)) {
                error(call, "calling " + method + "(…) is not allowed in rules");
            }
        }

        private void checkFieldAccess(FieldAccessExpr field) {
            String written = field.toString().replace(" ", "");
            String scope = field.getScope().toString().replace(" ", "");
            if (isPackagePath(written)) {
                // A qualified name such as java.lang.Math.PI: judged at its first capitalised part,
                // the type, and at the member after it.
                if (startsUpper(lastPart(written)) && !containsUpper(scope)) {
                    if (!SandboxPolicy.allowsType(written)) {
                        error(field, written + " is not allowed in rules");
                    }
                } else if (startsUpper(lastPart(scope))
                        && !containsUpper(
                                scope.substring(0, scope.lastIndexOf('.') < 0 ? 0 : scope.lastIndexOf('.')))) {
                    if (SandboxPolicy.allowsType(scope)
                            && !SandboxPolicy.allowsType(written)
                            && !SandboxPolicy.allowsStaticField(scope, field.getNameAsString())) {
                        error(field, written + " is not an allowed constant");
                    }
                } else if (!containsUpper(written)
                        && field.getParentNode()
                                .filter(p -> p instanceof FieldAccessExpr || p instanceof MethodCallExpr)
                                .isEmpty()) {
                    error(field, written + " is not allowed in rules");
                }
                return;
            }
            if (looksLikeType(scope)
                    && SandboxPolicy.allowsType(scope)
                    && !SandboxPolicy.allowsType(written)
                    && !SandboxPolicy.allowsStaticField(scope, field.getNameAsString())) {
                // Types that are not allowed at all are reported where their name is checked.
                error(field, written + " is not an allowed constant");
            }
        }

        private static String lastPart(String written) {
            return written.substring(written.lastIndexOf('.') + 1);
        }

        private static boolean startsUpper(String part) {
            return !part.isEmpty() && Character.isUpperCase(part.charAt(0));
        }

        private static boolean containsUpper(String qualified) {
            for (String part : qualified.split("\\.")) {
                if (startsUpper(part)) {
                    return true;
                }
            }
            return false;
        }

        private void checkName(NameExpr name) {
            String id = name.getNameAsString();
            if (names.contains(id) || id.equals("drools") && consequence) {
                return;
            }
            if (id.equals("kcontext")) {
                error(name, "kcontext is not allowed: rules may insert, update and delete facts through drools");
            } else if (PACKAGE_ROOTS.contains(id)
                    && name.getParentNode()
                            .filter(p -> p instanceof FieldAccessExpr)
                            .isPresent()) {
                // The start of a qualified name: judged as a whole by the field access around it.
                return;
            } else if (Character.isUpperCase(id.charAt(0)) && !SandboxPolicy.allowsType(id)) {
                error(name, id + " is not allowed in rules");
            }
        }

        private boolean looksLikeType(String scope) {
            String last = scope.substring(scope.lastIndexOf('.') + 1);
            return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !names.contains(scope);
        }

        private boolean isPackagePath(String written) {
            int dot = written.indexOf('.');
            return PACKAGE_ROOTS.contains(dot < 0 ? written : written.substring(0, dot))
                    && !names.contains(dot < 0 ? written : written.substring(0, dot));
        }

        private void error(Node node, String message) {
            int offset = node.getBegin().map(p -> toOffset(code, at, p)).orElse(at);
            check.error(offset, message);
        }
    }

    static final String MODIFY_CALL = "_modfy";

    /**
     * {@code modify ($x) { setA(1), setB(2) }} becomes {@code _modfy ($x, setA(1), setB(2) );}: a
     * call Java parsers read, with every character before the block's end where it was.
     */
    static String rewriteModify(String code) {
        String masked = mask(code);
        StringBuilder out = new StringBuilder(code);
        Matcher modify = MODIFY.matcher(masked);
        int inserted = 0;
        while (modify.find()) {
            int open = modify.end() - 1;
            int close = matching(masked, open, '(', ')');
            if (close < 0) {
                break;
            }
            int brace = close + 1;
            while (brace < masked.length() && Character.isWhitespace(masked.charAt(brace))) {
                brace++;
            }
            if (brace >= masked.length() || masked.charAt(brace) != '{') {
                continue;
            }
            int end = matching(masked, brace, '{', '}');
            if (end < 0) {
                break;
            }
            out.replace(modify.start() + inserted, modify.start() + inserted + "modify".length(), MODIFY_CALL);
            boolean empty = masked.substring(brace + 1, end).isBlank();
            out.setCharAt(brace + inserted, ' ');
            if (empty) {
                out.setCharAt(end + inserted, ';');
            } else {
                out.setCharAt(close + inserted, ',');
                out.setCharAt(end + inserted, ')');
                out.insert(end + inserted + 1, ';');
                inserted++;
            }
        }
        return out.toString();
    }

    private static int matching(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with the insides of string and character literals and of comments blanked out, same
     * length, so scanning for names and braces never trips over words in a message.
     */
    static String mask(String text) {
        if (text == null) {
            return "";
        }
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < out.length && out[j] != c && out[j] != '\n') {
                    if (out[j] == '\\' && j + 1 < out.length) {
                        out[j++] = ' ';
                    }
                    out[j++] = ' ';
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                while (i < out.length && !(out[i] == '*' && i + 1 < out.length && out[i + 1] == '/')) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                    i++;
                }
                if (i + 1 < out.length) {
                    out[i] = ' ';
                    out[i + 1] = ' ';
                }
                i += 2;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static char previousNonSpace(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static char nextNonSpace(String text, int index) {
        for (int i = index; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** Maps a position in the parsed block ("{" + code) back to an offset in the DRL. */
    private static int toOffset(String code, int at, Position position) {
        int offset = 0;
        for (int line = 1; line < position.line; line++) {
            int newline = code.indexOf('\n', offset);
            if (newline < 0) {
                return at + code.length();
            }
            offset = newline + 1;
        }
        int column = position.column - 1 - (position.line == 1 ? 1 : 0);
        return at + Math.min(code.length(), offset + Math.max(0, column));
    }

    private static String unquoted(String value) {
        return value == null ? null : value.replace("\"", "").trim();
    }

    /** Problems found so far, placed by offset in the source. */
    private static final class Check {

        private final String source;
        private final List<RuleProblem> errors = new ArrayList<>();
        private final List<RuleProblem> warnings = new ArrayList<>();

        Check(String source) {
            this.source = source;
        }

        /** Where a fragment of the source starts, looking from a known earlier place. */
        int offsetOf(String fragment, int from) {
            if (fragment == null || fragment.isEmpty()) {
                return Math.max(0, from);
            }
            int found = source.indexOf(fragment, Math.max(0, from));
            if (found < 0) {
                found = source.indexOf(fragment.strip(), Math.max(0, from));
            }
            return found < 0 ? Math.max(0, from) : found;
        }

        void error(int offset, String message) {
            errors.add(problem(offset, message));
        }

        void errorAtLine(int line, int column, String message) {
            errors.add(new RuleProblem(line, column, message));
        }

        void warning(int offset, String message) {
            warnings.add(problem(offset, message));
        }

        private RuleProblem problem(int offset, String message) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(Math.max(0, offset), source.length());
            for (int i = 0; i < end; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new RuleProblem(line, end - lineStart + 1, message);
        }

        /** One problem per place: where several checks fire on one name, the last (most specific) one. */
        Findings findings() {
            Map<String, RuleProblem> byPlace = new LinkedHashMap<>();
            for (RuleProblem error : errors) {
                byPlace.remove(error.line() + ":" + error.column());
                byPlace.put(error.line() + ":" + error.column(), error);
            }
            List<RuleProblem> sorted = new ArrayList<>(byPlace.values());
            sorted.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
            return new Findings(List.copyOf(sorted), List.copyOf(warnings));
        }
    }
}
