package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Source that passes every check of Qunflow's but makes Drools' own compiler throw is refused as
 * that source's problem (a 400 through the API), never an internal error. The source here is one
 * the sandbox refuses by now, compiled without it, because it is the crash Drools 10 was seen to
 * have: a decimal literal after {@code from} throws a ClassCastException inside the build.
 */
class CompilerCrashTest {

    @Test
    void aSourceDroolsCompilerThrowsOn_isACompilationProblemInBothLanguages() {
        String crashing = """
                package io.qunflow.rules.crash;
                import io.qunflow.rules.model.*;
                rule "A decimal literal after from"
                when
                    $b : java.math.BigDecimal( ) from 1e-100000000B
                    $v : Verdict( )
                then
                    $v.decide("NOTE", "x");
                end
                """;

        assertThatThrownBy(() -> new RuleSetCompiler().compile("crash", 1, crashing, 100))
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.message()).startsWith("Drools' compiler failed on this source");
                            assertThat(p.messageZh()).contains("编译器无法处理这段规则");
                        }));
    }
}
