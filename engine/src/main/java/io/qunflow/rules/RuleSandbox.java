package io.qunflow.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import io.qunflow.common.Words;
import io.qunflow.rules.ExpressionTyper.Mode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Checks rule source before it is compiled. DRL consequences, functions and constraints are Java
 * run on the server, and the JVM no longer has a security manager, so whatever a rule may do is
 * decided here, on parsed trees: the DRL by Drools' own parser, constraints by the DRLX parser
 * Drools compiles them with, consequences and functions by JavaParser. Every call is checked by
 * the static type of what it is called on and its name ({@link AllowedMembers}), every name
 * against the allow-listed types ({@link AllowedTypes}); what cannot be typed is refused.
 * Unicode escapes are refused outright, before anything is parsed (see
 * docs/security-rules.md for why). A source that passes comes back instrumented: a meter tick
 * before each statement of its code, which lets a runaway evaluation be stopped.
 *
 * <p>Why this class is long: it walks the parsed trees of one source (DRL, constraints, Java)
 * with one set of findings and one instrumented copy, and a check on one tree needs what another
 * declared (function signatures, variables bound in a rule's conditions); the allow-lists, the
 * typing and the condition checks it uses already live apart ({@link AllowedMembers},
 * {@link AllowedTypes}, {@link ExpressionTyper}, {@link ConditionChecker}).
 */
final class RuleSandbox {

    /**
     * A rule source's problems and its warnings, each at a line and column, and, when there are
     * no problems, the source to compile: the same, with the meter's ticks added on the lines
     * where they belong; and whether it is {@link StraightLine straight-line}.
     */
    record Findings(List<RuleProblem> errors, List<RuleProblem> warnings, String instrumented, boolean straightLine) {}

    /** Calls that write into the Verdict or the session: a consequence without one decides nothing. */
    private static final Set<String> DECIDING_CALLS = Set.of(
            "decide",
            "decideFor",
            "grantPoints",
            "sendRedEnvelope",
            "insert",
            "insertLogical",
            "update",
            "delete",
            "retract",
            SourceText.MODIFY_CALL);

    /** A parser per sandbox: JavaParser keeps state between parses, and publishes run on several threads. */
    /** Brackets nested deeper than this are refused before any parser, whose recursion they would exhaust. */
    static final int MAX_NESTING = 64;

    private static final Words UNICODE_ESCAPE = new Words(
            "unicode escapes (\\u…) are not allowed in rules: write the character itself",
            "规则中不允许 unicode 转义（\\u…）：请直接写出字符本身");

    private final JavaParser java =
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    Findings check(String original) {
        // One line ending: JavaParser and the offsets below then count lines alike.
        String source = original.replace("\r\n", "\n").replace('\r', '\n');
        Problems problems = new Problems(source);
        try {
            return check(source, problems);
        } catch (StackOverflowError e) {
            // Long chains of operators nest as deep as brackets do; the stack unwound, nothing ran.
            Problems tooComplex = new Problems(source);
            tooComplex.error(
                    0,
                    new Words(
                            "the rule source is too deeply nested to check: write it in steps", "规则源码嵌套太深，无法检查：请分步写"));
            return tooComplex.findings(null, false);
        }
    }

    private Findings check(String source, Problems problems) {
        List<Integer> escapes = SourceText.unicodeEscapes(source);
        if (!escapes.isEmpty()) {
            for (int at : escapes) {
                problems.error(at, UNICODE_ESCAPE);
            }
            return problems.findings(null, false);
        }
        int tooDeep = tooDeeplyNested(source);
        if (tooDeep >= 0) {
            problems.error(
                    tooDeep,
                    new Words(
                            "brackets are nested more than " + MAX_NESTING + " deep: write it in steps",
                            "括号嵌套超过 " + MAX_NESTING + " 层：请分步写"));
            return problems.findings(null, false);
        }
        PackageDescr pkg = parse(source, problems);
        if (pkg == null) {
            return problems.findings(null, false);
        }
        List<String> imports = DrlStructure.check(pkg, problems);
        TypeNames names = new TypeNames(imports);
        List<Problems.Insertion> ticks = new ArrayList<>();
        Set<Class<?>> inserted = new HashSet<>();
        Map<String, ExpressionTyper.Function> functions = functionSignatures(pkg, names, problems);
        boolean straightLine = checkFunctions(pkg, names, functions, ticks, inserted, problems);
        ConditionChecker conditions = new ConditionChecker(names, functions, problems);
        for (RuleDescr rule : pkg.getRules()) {
            DrlStructure.rule(rule, problems);
            Scope scope = Scope.root();
            if (rule.getLhs() != null) {
                conditions.check(rule.getLhs(), rule.getStartCharacter(), scope);
                straightLine &= StraightLine.conditions(rule.getLhs());
            }
            if (!rule.isQuery()) {
                straightLine &=
                        StraightLine.code(checkConsequence(rule, names, functions, scope, ticks, inserted, problems));
            }
        }
        JoinBounds joins = new JoinBounds(names, inserted, problems);
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.getLhs() != null) {
                joins.check(rule.getLhs(), rule.getStartCharacter());
            }
        }
        return problems.findings(problems.hasErrors() ? null : Problems.insert(source, ticks), straightLine);
    }

    /** Where brackets first nest deeper than {@link #MAX_NESTING}, outside strings and comments; -1 when they never do. */
    private static int tooDeeplyNested(String source) {
        String code = SourceText.mask(source);
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return i;
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    private static PackageDescr parse(String source, Problems problems) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source);
        } catch (DroolsParserException e) {
            problems.error(
                    0, new Words("The rule source cannot be parsed: " + e.getMessage(), "规则源码无法解析：" + e.getMessage()));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                if (error instanceof ParserError p) {
                    problems.parserErrorAt(p.getRow(), p.getCol(), p.getMessage());
                } else {
                    problems.parserErrorAt(0, 0, error.getMessage());
                }
            }
            if (!problems.hasErrors()) {
                problems.error(0, new Words("The rule source cannot be parsed", "规则源码无法解析"));
            }
            return null;
        }
        return pkg;
    }

    private Map<String, ExpressionTyper.Function> functionSignatures(
            PackageDescr pkg, TypeNames names, Problems problems) {
        Map<String, ExpressionTyper.Function> functions = new HashMap<>();
        for (FunctionDescr function : pkg.getFunctions()) {
            try {
                JavaType returns = writtenType(function.getReturnType(), names);
                List<JavaType> parameters = new ArrayList<>();
                for (String type : function.getParameterTypes()) {
                    parameters.add(writtenType(type, names));
                }
                if (functions.put(
                                function.getName(),
                                new ExpressionTyper.Function(function.getName(), returns, parameters))
                        != null) {
                    problems.error(
                            function.getStartCharacter(),
                            new Words(
                                    "function " + function.getName() + " is declared twice",
                                    "函数 " + function.getName() + " 声明了两次"));
                }
            } catch (Refusal refusal) {
                problems.error(function.getStartCharacter(), refusal.reason());
            }
        }
        return functions;
    }

    private JavaType writtenType(String written, TypeNames names) {
        if (written == null || written.isBlank() || written.equals("void")) {
            return JavaType.VOID;
        }
        ParseResult<com.github.javaparser.ast.type.Type> type = java.parseType(written);
        if (!type.isSuccessful() || type.getResult().isEmpty()) {
            throw new Refusal(null, new Words("cannot read the type " + written, "无法识别类型 " + written));
        }
        return names.written(type.getResult().get(), null);
    }

    /**
     * Checks function bodies, and that no function can reach itself through calls: nothing
     * recurses. Answers whether every body is {@link StraightLine straight-line}.
     */
    private boolean checkFunctions(
            PackageDescr pkg,
            TypeNames names,
            Map<String, ExpressionTyper.Function> functions,
            List<Problems.Insertion> ticks,
            Set<Class<?>> inserted,
            Problems problems) {
        Map<String, Set<String>> calls = new HashMap<>();
        boolean straightLine = true;
        for (FunctionDescr function : pkg.getFunctions()) {
            ExpressionTyper.Function signature = functions.get(function.getName());
            if (signature == null) {
                continue;
            }
            Scope scope = Scope.root();
            for (int i = 0; i < function.getParameterNames().size(); i++) {
                scope.declare(
                        function.getParameterNames().get(i),
                        signature.parameters().get(i),
                        Scope.Kind.PARAMETER);
            }
            int braceAt = problems.source().indexOf('{', Math.max(0, function.getStartCharacter()));
            String code = function.getBody();
            int codeAt = code == null || braceAt < 0 ? -1 : problems.source().indexOf(code, braceAt + 1);
            ExpressionTyper typer = new ExpressionTyper(names, functions, Mode.FUNCTION);
            BlockStmt body = checkCode(code, codeAt, typer, scope, ticks, problems);
            inserted.addAll(typer.insertedFacts());
            straightLine &= StraightLine.code(body);
            Set<String> called = new HashSet<>();
            if (body != null) {
                for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
                    if (call.getScope().isEmpty() && functions.containsKey(call.getNameAsString())) {
                        called.add(call.getNameAsString());
                    }
                }
            }
            calls.put(function.getName(), called);
        }
        for (FunctionDescr function : pkg.getFunctions()) {
            if (reaches(function.getName(), function.getName(), calls, new HashSet<>(), true)) {
                problems.error(
                        function.getStartCharacter(),
                        new Words(
                                "function " + function.getName()
                                        + " calls itself, directly or through other functions:"
                                        + " functions may not recurse",
                                "函数 " + function.getName() + " 直接或经其他函数调用了自己：函数不允许递归"));
            }
        }
        return straightLine;
    }

    private static boolean reaches(
            String from, String target, Map<String, Set<String>> calls, Set<String> seen, boolean first) {
        if (!first && from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : calls.getOrDefault(from, Set.of())) {
            if (reaches(next, target, calls, seen, false)) {
                return true;
            }
        }
        return false;
    }

    /** Checks a rule's consequence; returns it parsed, or null when it is empty or could not be read. */
    private BlockStmt checkConsequence(
            RuleDescr rule,
            TypeNames names,
            Map<String, ExpressionTyper.Function> functions,
            Scope scope,
            List<Problems.Insertion> ticks,
            Set<Class<?>> inserted,
            Problems problems) {
        String what = "rule \"" + rule.getName() + "\"";
        if (!rule.getNamedConsequences().isEmpty()) {
            problems.error(
                    rule.getStartCharacter(),
                    new Words("named consequences are not allowed in rules", "规则中不允许具名结果（named consequence）"));
        }
        String code = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        if (code.isBlank()) {
            problems.warning(rule.getStartCharacter(), what + " does nothing when it fires: its consequence is empty");
            return null;
        }
        int from = rule.getLhs() != null && rule.getLhs().getEndCharacter() > 0
                ? rule.getLhs().getEndCharacter()
                : rule.getStartCharacter();
        int codeAt = problems.source().indexOf(code, Math.max(0, from));
        if (codeAt < 0) {
            problems.error(rule.getStartCharacter(), "cannot locate the consequence of " + what + " in the source");
            return null;
        }
        ExpressionTyper typer = new ExpressionTyper(names, functions, Mode.CONSEQUENCE);
        BlockStmt block = checkCode(code, codeAt, typer, scope.child(), ticks, problems);
        inserted.addAll(typer.insertedFacts());
        if (block != null
                && block.findAll(MethodCallExpr.class).stream()
                        .noneMatch(call -> DECIDING_CALLS.contains(call.getNameAsString()))) {
            problems.warning(codeAt, what + " decides nothing: its consequence never writes into the Verdict");
        }
        return block;
    }

    /**
     * Parses code (a consequence, with its modify blocks rewritten, or a function body) as a Java
     * block and checks every statement of it.
     *
     * @param at where the code starts in the source
     * @return the parsed block, or null when it could not be read
     */
    private BlockStmt checkCode(
            String code,
            int at,
            ExpressionTyper typer,
            Scope scope,
            List<Problems.Insertion> ticks,
            Problems problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (at <= 0 || !problems.source().startsWith(code, at)) {
            // Positions, and the meter's ticks, could not be placed: refused rather than guessed.
            problems.error(0, "cannot locate this code in the source");
            return null;
        }
        boolean consequence = typer.mode() == Mode.CONSEQUENCE;
        SourceText.Rewritten rewritten =
                consequence ? SourceText.rewriteModify(code) : new SourceText.Rewritten(code, identity(code.length()));
        String parsedText = "{" + rewritten.text() + "\n}";
        int[] lineStarts = lineStarts(parsedText);
        ToIntFunction<Position> offsetOf = position -> {
            int line = Math.min(Math.max(1, position.line), lineStarts.length) - 1;
            int index = lineStarts[line] + Math.max(0, position.column - 1) - 1;
            return at + rewritten.originOf(Math.max(0, index));
        };
        ParseResult<BlockStmt> parsed = java.parseBlock(parsedText);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            parsed.getProblems().stream()
                    .findFirst()
                    .ifPresent(problem -> problems.error(
                            problem.getLocation()
                                    .flatMap(l -> l.getBegin().getRange())
                                    .map(r -> offsetOf.applyAsInt(r.begin))
                                    .orElse(at),
                            "cannot read this as Java: "
                                    + problem.getMessage().lines().findFirst().orElse("")));
            return null;
        }
        BlockStmt block = parsed.getResult().get();
        new StatementChecker(typer, offsetOf, ticks, problems).block(block, scope);
        return block;
    }

    private static int[] identity(int length) {
        int[] map = new int[length];
        for (int i = 0; i < length; i++) {
            map[i] = i;
        }
        return map;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
