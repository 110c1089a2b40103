package io.qunflow.rules;

import io.qunflow.common.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The parts of a rule source around its rules: the package it names, what it imports, and the
 * declarations Qunflow's rules have no use for (globals, declared types, queries, entry points,
 * imported functions), each refused at its place; and the rule attributes, of which only the
 * ones that order and group firings are allowed.
 */
final class DrlStructure {

    /** Attributes that only order or group firings; any other (timers, calendars, dates, enabled) is refused. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "salience",
            "no-loop",
            "lock-on-active",
            "auto-focus",
            "activation-group",
            "agenda-group",
            "ruleflow-group",
            "dialect");

    private static final Set<String> RESERVED_PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com.sun");

    private DrlStructure() {}

    /** Checks the package level; answers the import targets that passed, for name resolution. */
    static List<String> check(PackageDescr pkg, Problems problems) {
        packageName(pkg, problems);
        List<String> allowed = new ArrayList<>();
        for (ImportDescr imported : pkg.getImports()) {
            String target = imported.getTarget();
            boolean wildcard = target.endsWith(".*")
                    && AllowedTypes.WILDCARD_PACKAGES.contains(target.substring(0, target.length() - 2));
            if (wildcard || AllowedTypes.named(target) != null) {
                allowed.add(target);
            } else {
                problems.error(
                        imported.getStartCharacter(),
                        new Words(
                                "import of " + target + " is not allowed: rules may import the fact model ("
                                        + AllowedTypes.FACT_MODEL_PACKAGE + ".*) and the JDK types listed in"
                                        + " docs/security-rules.md",
                                "不允许导入 " + target + "：规则只能导入事实模型（" + AllowedTypes.FACT_MODEL_PACKAGE
                                        + ".*）和 docs/security-rules.md 列出的 JDK 类型"));
            }
        }
        pkg.getFunctionImports()
                .forEach(f -> problems.error(
                        f.getStartCharacter(),
                        new Words(
                                "import function and import static are not allowed: declare the function in the rule set",
                                "不允许 import function 和 import static：请在规则集里声明函数")));
        pkg.getAccumulateImports()
                .forEach(a -> problems.error(
                        a.getStartCharacter(),
                        new Words(
                                "import accumulate is not allowed: use the built-in accumulate functions",
                                "不允许 import accumulate：请用内置的 accumulate 函数")));
        pkg.getGlobals()
                .forEach(g -> problems.error(
                        g.getStartCharacter(),
                        new Words(
                                "global " + g.getIdentifier()
                                        + " is not allowed: rules write what they decide into the Verdict",
                                "不允许全局变量 " + g.getIdentifier() + "：规则把决定写进 Verdict")));
        pkg.getTypeDeclarations()
                .forEach(d -> problems.error(
                        d.getStartCharacter(),
                        new Words(
                                "declare " + d.getTypeName() + " is not allowed: rules use the published fact model",
                                "不允许 declare " + d.getTypeName() + "：规则使用已发布的事实模型")));
        pkg.getClassAndEnumDeclarationDescrs()
                .forEach(d -> problems.error(
                        d.getStartCharacter(),
                        new Words(
                                "declare " + d.getTypeName() + " is not allowed: rules use the published fact model",
                                "不允许 declare " + d.getTypeName() + "：规则使用已发布的事实模型")));
        pkg.getEntryPointDeclarations()
                .forEach(e -> problems.error(
                        e.getStartCharacter(),
                        new Words(
                                "entry points are not allowed: facts come from the engine",
                                "不允许入口点（entry point）：事实由引擎提供")));
        pkg.getWindowDeclarations()
                .forEach(w -> problems.error(
                        w.getStartCharacter(), new Words("windows are not allowed in rules", "规则中不允许窗口（window）")));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            attribute(attribute, problems);
        }
        return allowed;
    }

    /**
     * A name of the rule source's own: not one of the JDK's, and not a package that holds a class
     * of the same simple name as an allowed type, which the compiler would pick over the import.
     */
    private static void packageName(PackageDescr pkg, Problems problems) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        for (String root : RESERVED_PACKAGE_ROOTS) {
            if (name.equals(root) || name.startsWith(root + ".")) {
                problems.error(
                        pkg.getStartCharacter(),
                        new Words(
                                "the package " + name + " is the JDK's: name your own",
                                "包名 " + name + " 属于 JDK：请取自己的包名"));
                return;
            }
        }
        if (name.equals(AllowedTypes.FACT_MODEL_PACKAGE) || name.isEmpty()) {
            problems.error(
                    pkg.getStartCharacter(),
                    new Words(
                            "a rule set names a package of its own, such as io.qunflow.rules.mine",
                            "规则集须有自己的包名，例如 io.qunflow.rules.mine"));
            return;
        }
        ClassLoader loader = DrlStructure.class.getClassLoader();
        for (Class<?> allowed : AllowedTypes.all()) {
            try {
                Class.forName(name + "." + allowed.getSimpleName(), false, loader);
                problems.error(
                        pkg.getStartCharacter(),
                        new Words(
                                "the package " + name + " holds code of the application or a library: name your own",
                                "包 " + name + " 里有应用或类库的代码：请取自己的包名"));
                return;
            } catch (ClassNotFoundException | LinkageError e) {
                // Nothing there of that name: the name is free.
            }
        }
    }

    /** Checks a rule's name, attributes and annotations, and refuses queries. */
    static void rule(RuleDescr rule, Problems problems) {
        if (rule.isQuery()) {
            problems.error(
                    rule.getStartCharacter(),
                    new Words("queries are not allowed: Qunflow evaluates rules only", "不允许查询（query）：Qunflow 只执行规则"));
        }
        written(new Words("the rule's name", "规则名"), rule.getName(), rule.getStartCharacter(), problems);
        if (rule.getParentName() != null) {
            written(
                    new Words("the rule it extends", "所继承的规则名"),
                    rule.getParentName(),
                    rule.getStartCharacter(),
                    problems);
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(attribute, problems);
        }
        if (!rule.getAnnotationNames().isEmpty()) {
            problems.error(rule.getStartCharacter(), new Words("annotations on rules are not allowed", "规则上不允许注解"));
        }
    }

    private static void attribute(AttributeDescr attribute, Problems problems) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        int at = attribute.getStartCharacter();
        if (!ATTRIBUTES.contains(name)) {
            problems.error(
                    at,
                    new Words(
                            "the attribute " + name + " is not allowed: rules may use "
                                    + new java.util.TreeSet<>(ATTRIBUTES),
                            "不允许属性 " + name + "：规则可用的属性为 " + new java.util.TreeSet<>(ATTRIBUTES)));
        } else if (name.equals("salience") && !isWholeNumber(value)) {
            problems.error(
                    at,
                    new Words(
                            "salience is a whole number written out, such as salience 10",
                            "salience 须为直接写出的整数，例如 salience 10"));
        } else if (name.equals("dialect") && !unquoted(value).equals("java")) {
            problems.error(
                    at,
                    new Words(
                            "dialect " + value + " is not allowed: rules are written in the java dialect",
                            "不允许 dialect " + value + "：规则用 java 方言书写"));
        } else if ((name.equals("no-loop") || name.equals("lock-on-active") || name.equals("auto-focus"))
                && !value.isEmpty()
                && !value.equals("true")
                && !value.equals("false")) {
            problems.error(at, new Words(name + " is true or false", name + " 只能是 true 或 false"));
        } else if (name.endsWith("-group")) {
            written(new Words(name, name + " 的值"), value, at, problems);
        }
    }

    /** Refuses a name or value that would not stay text in the code Drools generates ({@link WrittenNames}). */
    private static void written(Words what, String value, int at, Problems problems) {
        Words problem = WrittenNames.problem(what, value == null ? "" : value);
        if (problem != null) {
            problems.error(at, problem);
        }
    }

    private static boolean isWholeNumber(String value) {
        String digits = value.startsWith("-") ? value.substring(1) : value;
        if (digits.isEmpty() || digits.length() > 9) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String unquoted(String value) {
        return value.replace("\"", "").trim();
    }
}
