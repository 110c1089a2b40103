package io.qunflow.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule sources an attacker with the compliance role would try, one per way around the sandbox
 * (issue 14), each written so that, were it to run, it would leave a trace: a marker file, or
 * the secret system property or the PATH in a decision's reason. {@code %MARKER%} and
 * {@code %SECRET%} are filled in by the test (a path that must never exist, a property name).
 * Every source puts its offending code on the line given, so the refusal's line can be checked.
 */
final class HostileDrl {

    /** A hostile source, and the line on which the sandbox must refuse it. */
    record Case(String family, String name, String source, int line) {

        String with(String marker, String secretProperty) {
            return source.replace("%MARKER%", marker).replace("%SECRET%", secretProperty);
        }

        @Override
        public String toString() {
            return family + ": " + name;
        }
    }

    /**
     * Code written inside a string literal, for a Drools conversion that turns a literal inside
     * out: it sets {@link #FLIPPED_PROPERTY} to "ran", with no quote of its own.
     */
    static final String FLIPPED_PAYLOAD =
            "+ System.setProperty(String.valueOf(new char[]{'q','f','.','f','l','i','p','p','e','d'}),"
                    + " String.valueOf(new char[]{'r','a','n'})) +";

    static final String FLIPPED_PROPERTY = "qf.flipped";

    static final int TOP_LINE = 3;
    static final int WHEN_LINE = 6;
    static final int THEN_LINE = 10;

    private HostileDrl() {}

    private static String source(String top, String when, String then) {
        return """
                package io.qunflow.rules.hostile;
                import io.qunflow.rules.model.*;
                %s
                rule "Hostile"
                when
                    %s
                    $m : ChatMessage( )
                    $v : Verdict( )
                then
                    %s
                end
                """.formatted(top, when, then);
    }

    private static Case then(String family, String name, String code) {
        return new Case(family, name, source("", "", code), THEN_LINE);
    }

    private static Case when(String family, String name, String condition) {
        return new Case(family, name, source("", condition, "$v.decide(\"NOTE\", \"x\");"), WHEN_LINE);
    }

    private static Case top(String family, String name, String declaration) {
        return new Case(family, name, source(declaration, "", "$v.decide(\"NOTE\", \"x\");"), TOP_LINE);
    }

    /** Twenty patterns each doubling the text the one before bound, starting from a message's. */
    private static String doubled(String step) {
        StringBuilder condition = new StringBuilder("ChatMessage( $t0 : text )");
        for (int i = 1; i <= 20; i++) {
            condition.append(' ').append(step.formatted(i, i - 1, i - 1));
        }
        return condition.toString();
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        // Unicode escapes, decoded by the compiler before anything else.
        all.add(then(
                "unicode escape",
                "in a consequence",
                "j\\u0061va.nio.file.Files.writeString(java.nio.file.Path.of(\"%MARKER%\"), \"x\");"));
        all.add(when(
                "unicode escape", "in a constraint", "ChatMessage( text == Sy\\u0073tem.getProperty(\"%SECRET%\") )"));
        all.add(then(
                "unicode escape",
                "a line break hidden in a comment",
                "// \\u000a $v.decide(\"A\", System.getProperty(\"%SECRET%\"));"));
        all.add(then("unicode escape", "an escaped u", "$v.decide(\"A\", Sy\\uuu0073tem.getenv(\"PATH\"));"));
        // An allowed method name on a receiver it is not allowed for.
        all.add(then("receiver type", "getClass on a fact", "$v.decide(\"A\", $v.getClass().getName());"));
        all.add(then(
                "receiver type",
                "getClass().forName on a string",
                "Object r = \"x\".getClass().forName(\"java.lang.Runtime\");"));
        all.add(then("receiver type", "toString on Runtime", "$v.decide(\"A\", Runtime.getRuntime().toString());"));
        all.add(then("receiver type", "getName on a Class", "$v.decide(\"A\", String.class.getName());"));
        all.add(then("receiver type", "an Object's methods beyond equals", "Object o = $v; o.notifyAll();"));
        all.add(then(
                "receiver type", "var hiding the receiver", "var c = $m.getClass(); $v.decide(\"A\", c.toString());"));
        all.add(then("receiver type", "a cast to a forbidden type", "Object o = $v; Runtime r = (Runtime) o;"));
        // Qualified names into libraries on the class path.
        all.add(then(
                "shaded library",
                "Spring's file utilities",
                "org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of(\"%MARKER%\"));"));
        all.add(then(
                "shaded library",
                "Jackson, constructed",
                "Object m = new com.fasterxml.jackson.databind.ObjectMapper();"));
        all.add(then("shaded library", "H2's server", "org.h2.tools.Server.main(new String[] {\"-tcp\"});"));
        all.add(
                then(
                        "shaded library",
                        "Drools' own runtime",
                        "$v.decide(\"A\", org.drools.util.StringUtils.readFileAsString(new java.io.InputStreamReader(null)));"));
        all.add(then("shaded library", "the application's own classes", "io.qunflow.rules.RuleMeter.tick();"));
        all.add(then(
                "static field write", "into a library", "org.h2.engine.SysProperties.serializeJavaObject = true;"));
        all.add(then("static field write", "into an allowed type", "Integer.MAX_VALUE = 0;"));
        // The system, files, reflection and friends.
        all.add(then("environment", "System.getenv into a reason", "$v.decide(\"A\", System.getenv(\"PATH\"));"));
        all.add(then("environment", "the whole environment", "$v.decide(\"A\", System.getenv().toString());"));
        all.add(then("environment", "a system property", "$v.decide(\"A\", System.getProperty(\"%SECRET%\"));"));
        all.add(then(
                "environment", "Integer.getInteger", "$v.decide(\"A\", \"\" + Integer.getInteger(\"%SECRET%\"));"));
        all.add(then(
                "files",
                "Files and Paths",
                "java.nio.file.Files.writeString(java.nio.file.Paths.get(\"%MARKER%\"), \"x\");"));
        all.add(then("files", "java.io.File", "new java.io.File(\"%MARKER%\").createNewFile();"));
        all.add(then(
                "files",
                "reading /etc/passwd",
                "$v.decide(\"A\", new java.util.Scanner(new java.io.File(\"/etc/passwd\")).next());"));
        all.add(then("reflection", "Class.forName", "Object c = Class.forName(\"java.lang.Runtime\");"));
        all.add(then("reflection", "java.lang.reflect", "java.lang.reflect.Method m = null;"));
        all.add(then(
                "reflection", "a ClassLoader", "ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\");"));
        all.add(then("reflection", "MethodHandles", "java.lang.invoke.MethodHandles.lookup();"));
        all.add(then(
                "JNDI",
                "an InitialContext lookup",
                "new javax.naming.InitialContext().lookup(\"ldap://127.0.0.1/x\");"));
        all.add(then(
                "script engine",
                "a ScriptEngineManager",
                "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\");"));
        all.add(then("deserialisation", "ObjectInputStream", "new java.io.ObjectInputStream(null).readObject();"));
        all.add(then("threads", "a new Thread", "new Thread(() -> $v.decide(\"A\", \"b\")).start();"));
        all.add(then("threads", "the common pool", "java.util.concurrent.ForkJoinPool.commonPool().execute(null);"));
        all.add(then("processes", "ProcessBuilder", "new ProcessBuilder(\"touch\", \"%MARKER%\").start();"));
        all.add(then("processes", "Runtime.exec", "Runtime.getRuntime().exec(\"touch %MARKER%\");"));
        all.add(then("rule context", "kcontext", "kcontext.getKieRuntime().halt();"));
        all.add(then("rule context", "drools.getKieRuntime", "drools.getKieRuntime().getGlobals();"));
        all.add(then("engine's own", "Verdict.beginEvaluation", "$v.beginEvaluation();"));
        // DRL declarations.
        all.add(top("DRL structure", "import function", "import function java.lang.System.getenv;"));
        all.add(top("DRL structure", "import static", "import static java.lang.System.exit;"));
        all.add(top("DRL structure", "an import outside the allow-list", "import java.io.File;"));
        all.add(top(
                "DRL structure",
                "a function reading a property",
                "function String home() { return System.getProperty(\"%SECRET%\"); }"));
        all.add(top("DRL structure", "a recursive function", "function int forever(int x) { return forever(x + 1); }"));
        all.add(top("DRL structure", "a query", "query \"everything\" ChatMessage( ) end"));
        all.add(top("DRL structure", "a global", "global java.util.List out;"));
        all.add(top("DRL structure", "a declare with an evil field type", "declare Evil path : java.io.File end"));
        all.add(new Case(
                "DRL structure",
                "a timer attribute",
                source("", "", "$v.decide(\"NOTE\", \"x\");")
                        .replace("rule \"Hostile\"", "rule \"Hostile\" timer (int: 0 1s)"),
                4));
        all.add(new Case(
                "DRL structure",
                "the fact model's own package",
                source("", "", "$v.decide(\"NOTE\", \"x\");")
                        .replace("package io.qunflow.rules.hostile;", "package io.qunflow.rules.model;"),
                1));
        // Names and group values Drools writes into the Java it generates, as string literals.
        String escape = "x\" + new java.io.File(\"%MARKER%\").mkdirs() + \"";
        for (String group : List.of("agenda-group", "activation-group", "ruleflow-group")) {
            all.add(new Case(
                    "generated code",
                    "a quote in an " + group + " value",
                    source("", "", "$v.decide(\"NOTE\", \"x\");")
                            .replace("rule \"Hostile\"", "rule \"Hostile\"\n    " + group + " '" + escape + "'"),
                    5));
        }
        all.add(new Case(
                "generated code",
                "a quote in a rule's name",
                source("", "", "$v.decide(\"NOTE\", \"x\");").replace("rule \"Hostile\"", "rule '" + escape + "'"),
                4));
        all.add(new Case(
                "generated code",
                "an escaped quote in a rule's name",
                source("", "", "$v.decide(\"NOTE\", \"x\");")
                        .replace(
                                "rule \"Hostile\"",
                                "rule \"a\\\" + new java.io.File(\\\"%MARKER%\\\").mkdirs() + \\\"\""),
                4));
        all.add(new Case(
                "generated code",
                "a quote in the name of the rule extended",
                source("", "", "$v.decide(\"NOTE\", \"x\");")
                        .replace("rule \"Hostile\"", "rule \"Hostile\" extends '" + escape + "'"),
                4));
        // Conditions.
        all.add(when("conditions", "eval", "eval( System.getProperty(\"%SECRET%\") != null )"));
        all.add(when("conditions", "from a method call", "$s : String( ) from System.getenv().values()"));
        all.add(when(
                "conditions",
                "accumulate with code",
                "$n : Number( ) from accumulate( ChatMessage( ), init( int c = 0; ), action( c++; ), result( c ) )"));
        all.add(when(
                "conditions",
                "collect over a constraint reaching out",
                "$l : java.util.List( ) from collect( ChatMessage( text == System.getenv(\"PATH\") ) )"));
        all.add(when("conditions", "an entry point", "ChatMessage( ) from entry-point \"outside\""));
        // Comparisons Drools would settle by turning one side into text, pasted between quotes.
        all.add(when(
                "generated code",
                "a text compared with a value of another type",
                "ChatMessage( text == Boolean.valueOf(\"" + FLIPPED_PAYLOAD + "\") )"));
        all.add(when(
                "generated code",
                "a number compared with a quote character",
                "Parameter( number == '\"' || name == \".length()) || "
                        + FLIPPED_PAYLOAD.replace("+ ", "").replace(" +", "") + " == \" || number == '\"' )"));
        all.add(when(
                "generated code",
                "a value of another type after &&",
                "ChatMessage( text != \"a\" && != Boolean.valueOf(\"" + FLIPPED_PAYLOAD + "\") )"));
        all.add(when(
                "generated code",
                "a text after || where a number is compared",
                "Parameter( number == 1 || == \"0) || "
                        + FLIPPED_PAYLOAD.replace("+ ", "").replace(" +", "") + " == null || (0\" )"));
        all.add(when(
                "generated code",
                "a text among values of another type",
                "ChatMessage( text in (\"a\", Boolean.valueOf(\"" + FLIPPED_PAYLOAD + "\")) )"));
        all.add(when(
                "generated code",
                "a text not among values of another type",
                "ChatMessage( text not in (Boolean.valueOf(\"" + FLIPPED_PAYLOAD + "\")) )"));
        all.add(when(
                "generated code",
                "a value of another type after ||",
                "ChatMessage( text == \"a\" || == java.util.List.of(\"" + FLIPPED_PAYLOAD + "\") )"));
        all.add(when(
                "generated code",
                "a text ordered against a joined text",
                "ChatMessage( text < Boolean.valueOf(String.join(\"" + FLIPPED_PAYLOAD + "\", \",\", \"x\")) )"));
        // Facts.
        all.add(then(
                "facts",
                "modify of a non-fact",
                "java.util.List<String> l = new java.util.ArrayList<>(); modify (l) { clear() }"));
        all.add(then("facts", "insert of a non-fact", "insert(new java.util.HashMap<String, String>());"));
        // Things that do not end, or end too late.
        all.add(then(
                "unbounded", "an endless stream", "java.util.stream.Stream.iterate(1, x -> x + 1).forEach(x -> { });"));
        all.add(then("unbounded", "a generated stream", "java.util.stream.Stream.generate(() -> \"x\").count();"));
        all.add(then("unbounded", "a while loop", "while (true) { $v.decide(\"A\", \"b\"); }"));
        all.add(then("unbounded", "a do loop", "do { } while ($v != null);"));
        all.add(then("unbounded", "a counting for loop", "for (;;) { }"));
        all.add(then(
                "unbounded", "a labelled loop", "outer: for (String s : $m.text().split(\",\")) { continue outer; }"));
        all.add(then("unbounded", "a huge repeat", "$v.decide(\"A\", \"a\".repeat(Integer.MAX_VALUE));"));
        all.add(then(
                "unbounded",
                "a repeat of a repeat",
                "String a = \"a\".repeat(10000).repeat(10000); $v.decide(\"A\", a.repeat(20));"));
        all.add(then(
                "unbounded", "a replace that squares", "String a = $m.text(); $v.decide(\"A\", a.replace(\"a\", a));"));
        all.add(then(
                "unbounded",
                "a replace that lengthens",
                "$v.decide(\"A\", $m.text().replace(\"a\", \"aaaaaaaaaa\"));"));
        all.add(then(
                "unbounded", "a repeat of a computed count", "$v.decide(\"A\", \"a\".repeat($m.text().length()));"));
        all.add(when("unbounded", "a catastrophic pattern in matches", "ChatMessage( text matches \"(a+)+b\" )"));
        all.add(then("unbounded", "String.matches", "$v.decide(\"A\", \"\" + $m.text().matches(\"(a+)+b\"));"));
        all.add(when(
                "unbounded",
                "a linear pattern that expands to a billion states",
                "ChatMessage( LinearRegex.find(text, \"(?:(?:a{1000}){1000}){1000}\") )"));
        all.add(when("unbounded", "a pattern chosen by the message", "ChatMessage( LinearRegex.find(text, text) )"));
        // Conditions are not metered: a value a condition builds and binds can be built on again by
        // the next pattern, doubling a 10,000-character message twenty times (ten gigabytes) with no
        // statement for the meter to stop at.
        all.add(when("unbounded", "text doubled through from", doubled("$t%d : String( ) from $t%d + $t%d")));
        all.add(when("unbounded", "text doubled through bindings", doubled("ChatMessage( $t%d : ($t%d + $t%d) )")));
        all.add(when("unbounded", "text doubled with concat", doubled("ChatMessage( $t%d : $t%d.concat($t%d) )")));
        all.add(when(
                "unbounded",
                "a list nested in itself",
                "ChatMessage( $l0 : java.util.List.of(text) ) ChatMessage( $l1 : (java.util.List.of($l0, $l0)) )"));
        all.add(when(
                "unbounded",
                "a list of a list collected per match",
                "ChatMessage( $p : text.split(\",\") ) $l : java.util.List( ) from accumulate( String( ) from $p,"
                        + " collectList( $p ) )"));
        // Joins are worked out before any consequence runs, where no meter ticks: three patterns
        // drawing from one 5,000-element list make 10^11 matches (the heap ran out before this).
        all.add(when(
                "unbounded",
                "joins from a list a condition took apart",
                "ChatMessage( $p : text.split(\",\") ) String( ) from $p String( ) from $p String( ) from $p"));
        all.add(when(
                "unbounded",
                "joins from a collected list",
                "$l : java.util.List( ) from collect( ChatMessage( ) ) ChatMessage( ) from $l ChatMessage( ) from $l"));
        all.add(when(
                "unbounded",
                "joins from the verdict's rulings",
                "$w : Verdict( ) Ruling( ) from $w.rulings() Ruling( ) from $w.rulings"));
        // Two group-sized lists joined with nothing pairing them: every combination is built in
        // memory before any rule fires (10^10 for two lists of a 100,000-member group).
        all.add(when("cross product", "two lists of members", "InactiveMember( ) InactiveMember( )"));
        all.add(when(
                "cross product",
                "members paired by inequality",
                "$a : PopulationMember( ) PopulationMember( memberId != $a.memberId() )"));
        all.add(when("cross product", "parameters with every parameter", "Parameter( ) Parameter( name != \"x\" )"));
        all.add(when("cross product", "inside not", "not ( MemberActivity( ) and MemberActivity( ) )"));
        all.add(when(
                "cross product",
                "inside accumulate",
                "$n : Number( ) from accumulate( InactiveMember( ) and PruningHistory( ), count( 1 ) )"));
        all.add(when(
                "cross product",
                "in one branch of an or",
                "( ChatMessage( ) or ( LotteryEntrant( ) and LotteryEntrant( ) ) )"));
        // A fact the rule set inserts may come many times, whatever its type and key.
        all.add(new Case(
                "cross product",
                "a fact the rules insert",
                source(
                        "",
                        "ChatMessage( text == \"x\" )",
                        "insert(new ChatMessage(\"g\", \"m\", \"MEMBER\", \"x\", \"x\", 1)); $v.decide(\"NOTE\", \"x\");"),
                WHEN_LINE + 1));
        all.add(then(
                "unbounded",
                "text appended to an array element",
                "String[] a = new String[1]; a[0] = \"\"; a[0] += $m.text(); $v.decide(\"A\", a[0]);"));
        all.add(when("unbounded", "a list printed as text", "Offence( $s : categories.toString() )"));
        all.add(when("unbounded", "text joined", "ChatMessage( String.join(text, text, text).length() > 0 )"));
        all.add(when("unbounded", "text formatted", "ChatMessage( String.format(\"%s%s\", text, text).isEmpty() )"));
        all.add(when("unbounded", "an object built", "ChatMessage( new StringBuilder(text).toString().isEmpty() )"));
        all.add(then(
                "unbounded", "split on a pattern", "$v.decide(\"A\", \"\" + $m.text().split(\"(a+)+b\").length);"));
        all.add(then(
                "unbounded",
                "nCopies",
                "$v.decide(\"A\", String.join(\",\", java.util.Collections.nCopies(Integer.MAX_VALUE, \"x\")));"));
        all.add(then(
                "unbounded",
                "a huge capacity",
                "java.util.List<String> l = new java.util.ArrayList<>(Integer.MAX_VALUE);"));
        all.add(then("unbounded", "a huge array", "int[] a = new int[Integer.MAX_VALUE];"));
        all.add(then("unbounded", "a huge format width", "$v.decide(\"A\", String.format(\"%2000000000d\", 1));"));
        all.add(then(
                "unbounded",
                "a decimal with any exponent",
                "$v.decide(\"A\", new java.math.BigDecimal(\"1e999999999\").toPlainString());"));
        all.add(when(
                "unbounded",
                "a decimal literal with any exponent, in a constraint",
                "Parameter( java.math.BigDecimal.ONE.add(1e-100000000B).signum() > 0 )"));
        all.add(when(
                "unbounded",
                "a decimal literal with any exponent, after from",
                "$b : java.math.BigDecimal( ) from 1e-100000000B"));
        all.add(
                then(
                        "unbounded",
                        "a decimal with a scale of its own, added to",
                        "$v.decide(\"A\", \"\" + java.math.BigDecimal.valueOf(1, 100000000).add(java.math.BigDecimal.ONE).signum());"));
        all.add(then("unbounded", "deep nesting", "int x = " + "(".repeat(200) + "1" + ")".repeat(200) + ";"));
        // Dry-run exfiltration: the whole environment and a file into a decision's words.
        all.add(then(
                "dry-run exfiltration",
                "the environment into the text sent",
                "$v.decide(\"SEND_MESSAGE\", \"hi\", String.valueOf(System.getenv()));"));
        all.add(
                then(
                        "dry-run exfiltration",
                        "a file into the reason",
                        "$v.decide(\"A\", new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/etc/hostname\"))));"));
        // Java constructs with no place in a rule.
        all.add(then("constructs", "an anonymous class", "Object o = new Object() { };"));
        all.add(then("constructs", "catching errors", "try { $v.decide(\"A\", \"b\"); } catch (Throwable t) { }"));
        all.add(then("constructs", "synchronized", "synchronized ($v) { }"));
        all.add(then("constructs", "this", "Object o = this;"));
        all.add(then("constructs", "a text block", "String s = \"\"\"\n        x\"\"\";"));
        all.add(then("constructs", "Locale.setDefault", "java.util.Locale.setDefault(java.util.Locale.ROOT);"));
        return all;
    }
}
