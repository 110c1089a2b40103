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
