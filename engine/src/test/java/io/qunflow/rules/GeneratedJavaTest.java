package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.ChatMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check on the Java Drools generates holds by itself: every source that once made Drools
 * paste DRL text into code is refused by it with the sandbox out of the way, and nothing of it
 * runs; what rule authors may write still compiles with both checks on.
 */
class GeneratedJavaTest {

    @TempDir
    Path temp;

    @AfterEach
    void clearTheFlippedProperty() {
        System.clearProperty(HostileDrl.FLIPPED_PROPERTY);
    }

    static List<HostileDrl.Case> pastedIntoCode() {
        return HostileDrl.all().stream()
                .filter(c -> c.family().equals("generated code"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastedIntoCode")
    void textDroolsPastesIntoCode_isRefusedWithoutTheSandbox_andNothingRuns(HostileDrl.Case hostile) {
        Path marker = temp.resolve("ran");
        String source = hostile.with(marker.toString(), "qunflow.never.read");

        Optional<RuleCompilationException> checked =
                refusal(() -> new RuleSetCompiler().compileWithoutSandbox("hostile", source));

        assertThat(checked).as("refused").isPresent();
        assertThat(marker).doesNotExist();
        assertThat(System.getProperty(HostileDrl.FLIPPED_PROPERTY)).isNull();
        // Where Drools alone would compile the source, it is the check on its Java that refused it.
        if (refusal(() -> new RuleSetCompiler().compile("control", 1, source, 10_000))
                .isEmpty()) {
            assertThat(checked.get()).hasMessageContaining("the Java Drools generated from this rule set");
        }
    }

    private static Optional<RuleCompilationException> refusal(Runnable compilation) {
        try {
            compilation.run();
            return Optional.empty();
        } catch (RuleCompilationException e) {
            return Optional.of(e);
        }
    }

    @Test
    void withoutEitherCheck_theSamePayloadDoesRun() {
        // The control: the source above really is code once Drools has generated its Java.
        HostileDrl.Case flipped = pastedIntoCode().stream()
                .filter(c -> c.name().equals("a text compared with a value of another type"))
                .findFirst()
                .orElseThrow();
        CompiledRuleSet compiled =
                new RuleSetCompiler().compile("flipped", 1, flipped.with("unused", "unused"), 10_000);
        compiled.evaluate(List.of(new ChatMessage("g", "m", "MEMBER", "hello", "hello", 10)), List.of());

        assertThat(System.getProperty(HostileDrl.FLIPPED_PROPERTY)).isEqualTo("ran");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A static call on a type rules may not use, however it is written.
                "java.lang.Runtime.getRuntime().exec(\"id\")",
                "Runtime.getRuntime()",
                "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"))",
                // A method rules may not call, on a value.
                "\"\".getClass().getClassLoader()",
                // Methods of allowed types past their bounds.
                "\"a\".repeat(100000)",
                "String.format(\"%0999999999d\", 1)",
                "new StringBuilder(2000000000)",
                // Objects rules may not create.
                "new java.io.File(\"x\").mkdirs()",
                "new Object() { public String toString() { return \"x\"; } }",
                "new long[2000000000]",
                // Array levels multiply: each at most 10,000, together 10^12 elements.
                "new long[10000][10000][10000]",
                // D inherits DSL.executeScript: a consequence of MVEL text, run as code.
                "org.drools.modelcompiler.dsl.pattern.D.executeScript(\"mvel\", null, \"x\")",
                // A template's own method name (apply) on any value: a lambda calling itself unmetered.
                "((java.util.function.Function<Object, Object>) null).apply(null)",
                // A method reference to a static method of a type rules may not use.
                "((java.util.function.Supplier<Object>) System::lineSeparator).get()",
            })
    void codeInAGeneratedLambda_isRefused(String expression) {
        assertThat(GeneratedJava.problems(List.of(lambda("return " + expression + ";"))))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("nothing was compiled or run"));
    }

    @Test
    void aVariableOnlyLaterNamedLikeAPackage_doesNotHideAStaticCall() {
        // In Java, a local declared after the call does not shadow the package it names.
        String body = "java.nio.file.Files.delete(null); Object java = null; return java;";
        assertThat(GeneratedJava.problems(List.of(lambda(body)))).isNotEmpty();
    }

    @Test
    void aLambdaParameterNamedLikeAPackage_shadowsItOnlyInsideTheLambda() {
        String body = "java.util.function.Function<Object, Object> f = java -> java;"
                + " java.nio.file.Files.delete(null); return f;";
        assertThat(GeneratedJava.problems(List.of(lambda(body)))).isNotEmpty();
    }

    @Test
    void aTryResource_isNotInScopeInCatchOrFinally() {
        // There java is the package again: javac runs Files.delete.
        String body = "try (AutoCloseable java = null) { } catch (Exception e) { } finally {"
                + " java.nio.file.Files.delete(java.nio.file.Path.of(\"x\")); } return null;";
        assertThat(GeneratedJava.problems(List.of(lambda(body)))).anyMatch(p -> p.contains("Files.delete"));
    }

    static List<List<String>> pastedIntoAClassBody() {
        String delete = "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\")); return null;";
        return List.of(
                // A field of another class does not shadow the package java where javac reads it.
                List.of("static class H { static int java; }", delete),
                // A class nested elsewhere is not what System names here.
                List.of(
                        "static class H { static class System { static void exit(int c) { } } }",
                        "System.exit(3); return null;"),
                // Instance methods declared by the pasted text do not make their names callable.
                List.of(
                        "public Object getMethod(String n) { return null; } public Object invoke(Object o) { return null; }"
                                + " public Object exec(String s) { return null; }",
                        "try { return ((Runtime) Runtime.class.getMethod(\"getRuntime\").invoke(null)).exec(\"id\"); }"
                                + " catch (Exception e) { return null; }"),
                // A class of its own extending a type rules may not use, built through super(…).
                List.of(
                        "static class F extends java.io.FileOutputStream { F() throws Exception { super(\"x\"); } }",
                        "try { return new LambdaConsequence1.F(); } catch (Exception e) { return null; }"),
                List.of("enum E { A { public String toString() { return \"x\"; } } }", "return null;"),
                List.of("@interface Override { }", "return null;"),
                // Recursion, which the meter does not count.
                List.of("static int r(int n) { return n > 60 ? 0 : r(n + 1) + r(n + 1); }", "return r(0);"),
                // An inherited method reached through an overload of its name, in a block that never ends.
                List.of(
                        "static void wait(String s) { }",
                        "synchronized (this) { try { wait(); } catch (Exception e) { } } return null;"),
                // Second review. javac calls a static method through a value of its type, and a
                // value's calls are checked by name: any type written must be one rules may use.
                List.of(
                        "",
                        "try { java.nio.file.Files f = null; f.delete(((java.nio.file.Paths) null).get(\"x\")); }"
                                + " catch (Exception e) { } return null;"),
                List.of("", "java.lang.System s = null; s.out.append(\"x\"); return null;"),
                List.of("", "return Runtime.class;"),
                // The meter's tick is resolved, not read: here it is a nested class's own.
                List.of(
                        "static class Y { static class io { static class qunflow { static class rules {"
                                + " static class RuleMeter { static void tick() { } } } } }"
                                + " static void m() { while (true) { io.qunflow.rules.RuleMeter.tick(); } } }",
                        "return null;"),
                // Recursion through a call on a value, a constructor, or a field's initialiser.
                List.of("public int size() { return this.size(); }", "return INSTANCE.size();"),
                List.of(
                        "static class X { X(int d) { if (d < 60) { new X(d + 1); new X(d + 1); } } }",
                        "new X(0); return null;"),
                List.of(
                        "static class X { int d; X(int d) { this.d = d; } X a = d < 60 ? new X(d + 1) : null; }",
                        "new X(0); return null;"),
                // Recursion through calls Java makes where none is written.
                List.of(
                        "static class X { int d; X(int d) { this.d = d; } public String toString() {"
                                + " return d > 60 ? \"\" : \"\" + new X(d + 1) + new X(d + 1); } }",
                        "return \"\" + new X(0);"),
                List.of(
                        "static class X { public int hashCode() { java.util.Set<X> s = new java.util.HashSet<>();"
                                + " s.add(new X()); return 1; } }",
                        "return new X().hashCode();"),
                // A lambda or method reference kept in a field calls itself through it.
                List.of(
                        "static int d; static org.drools.model.functions.Block0 G ="
                                + " () -> { if (d < 60) { d++; G.execute(); G.execute(); d--; } };",
                        "return null;"),
                List.of(
                        "static org.drools.model.functions.Block0 G = LambdaConsequence1::f;"
                                + " static void f() throws Exception { G.execute(); }",
                        "return null;"),
                // A Drools interface that is a JDK one (ViewBuilder is a Function), a record.
                List.of(
                        "static class X implements org.drools.model.impl.ViewBuilder {"
                                + " public Object apply(Object a) { return null; } }",
                        "return null;"),
                List.of("record R(int a) { }", "return null;"),
                // The meter's stop is an Error: neither caught nor discarded by a finally.
                List.of("", "try { io.qunflow.rules.RuleMeter.tick(); } catch (Throwable t) { } return null;"),
                List.of("", "try { io.qunflow.rules.RuleMeter.tick(); } finally { return null; }"));
    }

    @ParameterizedTest
    @MethodSource("pastedIntoAClassBody")
    void membersPastedIntoAGeneratedClass_areRefused(List<String> membersAndBody) {
        String source = lambda(membersAndBody.get(1)).replaceFirst("\\}\\s*$", membersAndBody.get(0) + " }");
        assertThat(GeneratedJava.problems(List.of(source))).isNotEmpty();
    }

    @Test
    void collectsSupplier_isTheAccumulatorOfDrools_notANestedClassOfThatName() {
        // The one lambda Drools writes, here creating a class of the source's own that calls it back.
        String source = "package io.qunflow.rules.g; import org.drools.model.functions.Block0;"
                + " public class Q { static int d; static class Y {"
                + " static Block0 G = () -> new org.drools.modelcompiler.constraints.GenericCollectAccumulator();"
                + " static class org { static class drools { static class modelcompiler { static class constraints {"
                + " static class GenericCollectAccumulator { GenericCollectAccumulator() { if (d < 60) { d++;"
                + " try { G.execute(); G.execute(); } catch (Exception e) { } d--; } } } } } } } } }";
        assertThat(GeneratedJava.problems(List.of(source))).anyMatch(p -> p.contains("a lambda"));
    }

    @Test
    void aStaticImportOfAnotherType_isRefused() {
        String source = "package io.qunflow.rules.g; import static java.lang.System.exit;"
                + " public class Q { static void exit(String s) { } void m() { exit(3); } }";
        assertThat(GeneratedJava.problems(List.of(source))).anyMatch(p -> p.contains("statically"));
    }

    @Test
    void aFunctionNamedLikeAReflectiveMethod_doesNotMakeThatNameCallable() {
        String functions = "package io.qunflow.rules.g; public class Functions {"
                + " public static Object invoke(Object o) { return o; }"
                + " public static Object getClassLoader(Object o) { return o; } }";
        String body = "return io.qunflow.rules.model.ChatMessage.class.getClassLoader();";

        assertThat(GeneratedJava.problems(List.of(functions, lambda(body))))
                .anyMatch(p -> p.contains("calls getClassLoader"));
    }

    @Test
    void aUnicodeEscapeIsReadAsTheCompilerReadsIt() {
        // A unicode escape of a quote is a quote to javac: the string ends there and what follows is code.
        String body = "return \"a\\u0022 + Runtime.getRuntime() + \\u0022\";";

        assertThat(GeneratedJava.problems(List.of(lambda(body)))).anyMatch(p -> p.contains("Runtime"));
    }

    @Test
    void aLoopWithoutTheMetersTick_andAnInitialiser_areRefused() {
        assertThat(GeneratedJava.problems(List.of(lambda("while (true) { } "))))
                .anyMatch(p -> p.contains("a loop the rule meter does not count"));
        assertThat(GeneratedJava.problems(
                        List.of("package io.qunflow.rules.g; public class Rules { static { System.exit(1); } }")))
                .anyMatch(p -> p.contains("an initialiser block"));
    }

    @Test
    void aMeteredLoopOverAllowedCalls_passes() {
        String body = "int n = 0; for (String s : java.util.List.of(\"a\", \"b\")) {"
                + " io.qunflow.rules.RuleMeter.tick(); n += s.length(); } return n;";
        assertThat(GeneratedJava.problems(List.of(lambda(body)))).isEmpty();
    }

    static List<String> features() {
        return List.of(
                "$m : ChatMessage( text.length() > 3, text contains \"券\", role != \"OWNER\" )",
                "$m : ChatMessage( role in (\"MEMBER\", \"KOC\") || text == \"x\" )",
                "$p : Parameter( name == \"moderation.strikes-before-removal\", $limit : number )\n"
                        + "    $s : MemberStanding( strikesInWindow >= $limit )",
                "$n : Number( intValue > 1 ) from accumulate( ChatMessage( $t : text ), count( $t ) )",
                "$n : Number( ) from accumulate( MemberStanding( $k : strikesInWindow ), sum( $k ) )",
                "$l : java.util.List( size > 0 ) from accumulate( ChatMessage( $t : text ), collectList( $t ) )",
                "exists ChatMessage( text != null )\n    not Offence( severe )",
                "forall( $o : Offence( ) Offence( this == $o, category != null ) )",
                "ChatMessage( ) or Offence( )",
                "$o : Offence( )\n    $c : String( ) from $o.categories()");
    }

    @ParameterizedTest
    @MethodSource("features")
    void whatRuleAuthorsMayWrite_compilesThroughBothChecks(String condition) {
        String source = """
                package io.qunflow.rules.features;
                import io.qunflow.rules.model.*;
                function String shout(String text) {
                    return text.toUpperCase() + "！";
                }
                rule "A feature compiles"
                    salience 10
                    no-loop true
                    agenda-group "审核"
                when
                    %s
                    $v : Verdict( )
                then
                    StringBuilder reason = new StringBuilder();
                    for (String part : java.util.List.of("a", "b")) {
                        reason.append(shout(part));
                    }
                    $v.decide("NOTE", reason.toString() + String.format("%%d", 1) + "-".repeat(3));
                end
                """.formatted(condition);

        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("features", 1, source, 10_000, Duration.ofSeconds(5));

        assertThat(compiled.ruleNames()).containsExactly("A feature compiles");
    }

    static List<String> consequences() {
        return List.of(
                // Types the rule set imports on demand, as Drools copies its imports.
                "Map<String, Integer> m = new HashMap<>(); m.put(\"a\", 1); $v.decide(\"N\", \"\" + m);",
                "$v.decide(\"N\", LocalDate.of(2024, 1, 1).plusDays(3).toString());",
                "$v.decide(\"N\", \"\" + LinearRegex.find($m.text(), \"a.?b\"));",
                "insertLogical(new Offence(\"t\", \"c\", \"s\", \"d\", \"m\", \"n\", 1, List.of(), List.of()));",
                "$v.decide(\"N\", drools.getRule().getName());");
    }

    @ParameterizedTest
    @MethodSource("consequences")
    void whatConsequencesMayWrite_compilesThroughBothChecks(String consequence) {
        String source = """
                package io.qunflow.rules.features;
                import io.qunflow.rules.model.*;
                import java.util.*;
                import java.time.*;
                rule "A consequence compiles"
                when
                    $m : ChatMessage( )
                    $l : ArrayList( ) from collect( ChatMessage( role == "MEMBER" ) )
                    $v : Verdict( )
                then
                    %s
                end
                """.formatted(consequence);

        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("consequences", 1, source, 10_000, Duration.ofSeconds(5));

        assertThat(compiled.ruleNames()).containsExactly("A consequence compiles");
    }

    static List<String> accumulateFunctions() {
        return List.copyOf(ConditionChecker.ACCUMULATE_FUNCTIONS.keySet());
    }

    @ParameterizedTest
    @MethodSource("accumulateFunctions")
    void everyAccumulateFunctionTheSandboxAllows_compiles(String function) {
        String gives = ConditionChecker.ACCUMULATE_FUNCTIONS.get(function).getName();
        String source = """
                package io.qunflow.rules.accumulated;
                import io.qunflow.rules.model.*;
                rule "An accumulate compiles"
                when
                    $r : %s( ) from accumulate( MemberStanding( $k : strikesInWindow ), %s( $k ) )
                    $v : Verdict( )
                then
                    $v.decide("NOTE", String.valueOf($r));
                end
                """.formatted(gives, function);

        assertThat(new RuleSetCompiler()
                        .compileChecked("accumulated", 1, source, 10_000, Duration.ofSeconds(5))
                        .ruleNames())
                .containsExactly("An accumulate compiles");
    }

    /** A class like the ones Drools materialises lambdas into, with the given body. */
    private static String lambda(String body) {
        return """
                package io.qunflow.rules.g.P1;
                public enum LambdaConsequence1 implements org.drools.model.functions.Function1<io.qunflow.rules.model.ChatMessage, Object> {
                    INSTANCE;
                    public Object apply(io.qunflow.rules.model.ChatMessage _this) {
                        %s
                    }
                }
                """.formatted(body);
    }
}
