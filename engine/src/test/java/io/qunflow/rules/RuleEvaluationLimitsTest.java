package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEvaluationLimitsTest {

    @Test
    void loopingRule_isStoppedWithAClearError() {
        String looping = """
                package io.qunflow.rules.loop;
                import io.qunflow.rules.model.Verdict;
                rule "Keeps deciding forever"
                when
                    $v : Verdict( )
                then
                    $v.decide("NOTE", "again");
                    update($v);
                end
                """;
        CompiledRuleSet compiled = new RuleSetCompiler().compile("loop", 1, looping, 500);

        assertThatThrownBy(() -> compiled.evaluate(List.of(), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("Keeps deciding forever")
                .hasMessageContaining("loops");
    }

    @Test
    void syntaxError_isReportedWithItsLine() {
        String broken = "package x;\nrule \"Broken\"\nwhen\n    $v : Verdict( \nthen\nend\n";

        assertThatThrownBy(() -> new RuleSetCompiler().compile("broken", 1, broken, 10))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems())
                        .extracting(RuleProblem::line)
                        .containsOnly(6));
    }
}
