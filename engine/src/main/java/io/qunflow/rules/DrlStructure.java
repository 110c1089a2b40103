package io.qunflow.rules;

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
                        "import of " + target + " is not allowed: rules may import the fact model ("
                                + AllowedTypes.FACT_MODEL_PACKAGE + ".*) and the JDK types listed in"
                                + " docs/security-rules.md");
            }
        }
        pkg.getFunctionImports()
                .forEach(f -> problems.error(
                        f.getStartCharacter(),
                        "import function and import static are not allowed: declare the function in the rule set"));
        pkg.getAccumulateImports()
                .forEach(a -> problems.error(
                        a.getStartCharacter(),
                        "import accumulate is not allowed: use the built-in accumulate functions"));
        pkg.getGlobals()
                .forEach(g -> problems.error(
                        g.getStartCharacter(),
                        "global " + g.getIdentifier()
                                + " is not allowed: rules write what they decide into the Verdict"));
        pkg.getTypeDeclarations()
                .forEach(d -> problems.error(
                        d.getStartCharacter(),
                        "declare " + d.getTypeName() + " is not allowed: rules use the published fact model"));
        pkg.getClassAndEnumDeclarationDescrs()
                .forEach(d -> problems.error(
                        d.getStartCharacter(),
                        "declare " + d.getTypeName() + " is not allowed: rules use the published fact model"));
        pkg.getEntryPointDeclarations()
                .forEach(e -> problems.error(
                        e.getStartCharacter(), "entry points are not allowed: facts come from the engine"));
        pkg.getWindowDeclarations()
                .forEach(w -> problems.error(w.getStartCharacter(), "windows are not allowed in rules"));
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
                problems.error(pkg.getStartCharacter(), "the package " + name + " is the JDK's: name your own");
                return;
            }
        }
        if (name.equals(AllowedTypes.FACT_MODEL_PACKAGE) || name.isEmpty()) {
            problems.error(
                    pkg.getStartCharacter(), "a rule set names a package of its own, such as io.qunflow.rules.mine");
            return;
        }
        ClassLoader loader = DrlStructure.class.getClassLoader();
        for (Class<?> allowed : AllowedTypes.all()) {
            try {
                Class.forName(name + "." + allowed.getSimpleName(), false, loader);
                problems.error(
                        pkg.getStartCharacter(),
                        "the package " + name + " holds code of the application or a library: name your own");
                return;
            } catch (ClassNotFoundException | LinkageError e) {
                // Nothing there of that name: the name is free.
            }
        }
    }

    /** Checks a rule's name, attributes and annotations, and refuses queries. */
    static void rule(RuleDescr rule, Problems problems) {
        if (rule.isQuery()) {
            problems.error(rule.getStartCharacter(), "queries are not allowed: Qunflow evaluates rules only");
        }
        written("the rule's name", rule.getName(), rule.getStartCharacter(), problems);
        if (rule.getParentName() != null) {
            written("the rule it extends", rule.getParentName(), rule.getStartCharacter(), problems);
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(attribute, problems);
        }
        if (!rule.getAnnotationNames().isEmpty()) {
            problems.error(rule.getStartCharacter(), "annotations on rules are not allowed");
        }
    }

    private static void attribute(AttributeDescr attribute, Problems problems) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        int at = attribute.getStartCharacter();
        if (!ATTRIBUTES.contains(name)) {
            problems.error(
                    at,
                    "the attribute " + name + " is not allowed: rules may use " + new java.util.TreeSet<>(ATTRIBUTES));
        } else if (name.equals("salience") && !isWholeNumber(value)) {
            problems.error(at, "salience is a whole number written out, such as salience 10");
        } else if (name.equals("dialect") && !unquoted(value).equals("java")) {
            problems.error(at, "dialect " + value + " is not allowed: rules are written in the java dialect");
        } else if ((name.equals("no-loop") || name.equals("lock-on-active") || name.equals("auto-focus"))
                && !value.isEmpty()
                && !value.equals("true")
                && !value.equals("false")) {
            problems.error(at, name + " is true or false");
        } else if (name.endsWith("-group")) {
            written(name, value, at, problems);
        }
    }

    /** Refuses a name or value that would not stay text in the code Drools generates ({@link WrittenNames}). */
    private static void written(String what, String value, int at, Problems problems) {
        String problem = WrittenNames.problem(what, value == null ? "" : value);
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
