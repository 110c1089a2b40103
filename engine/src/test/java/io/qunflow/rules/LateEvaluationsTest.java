package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live evaluation that ran late gets one more try only where its rules cannot be to blame. */
class LateEvaluationsTest {

    @Test
    void aLiveStraightLineEvaluationThatRanLate_isTriedOnceMoreOnTheSameVersion() {
        CompiledRuleSet late = new RuleSetCompiler()
                .compileChecked("late", 1, RuleEvaluationLimitsTest.DECIDES_ON_A_VERDICT, 100, Duration.ofNanos(1));
        CompiledRuleSet inTime = new RuleSetCompiler()
                .compileChecked("late", 1, RuleEvaluationLimitsTest.DECIDES_ON_A_VERDICT, 100, Duration.ofSeconds(1));
        Iterator<CompiledRuleSet> stalledOnce = List.of(late, inTime).iterator();
        List<EvaluationTimedOut> heard = new ArrayList<>();

        Evaluation answer = LateEvaluations.onceMoreIfLate(
                true, () -> stalledOnce.next().evaluate(List.of(), List.of()), heard::add);

        assertThat(answer.decided("DONE")).isTrue();
        assertThat(answer.version()).isEqualTo(1);
        assertThat(heard).singleElement().satisfies(e -> assertThat(e.busy()).isFalse());
    }

    @Test
    void aLateEvaluationOnAnEvaluationThread_orLateTwice_isNotHiddenByTheRetry() {
        CompiledRuleSet late = new RuleSetCompiler()
                .compileChecked("late", 1, RuleEvaluationLimitsTest.DECIDES_ON_A_VERDICT, 100, Duration.ofNanos(1));
        List<EvaluationTimedOut> heard = new ArrayList<>();

        assertThatThrownBy(() ->
                        LateEvaluations.onceMoreIfLate(false, () -> late.evaluate(List.of(), List.of()), heard::add))
                .isInstanceOf(EvaluationTimedOut.class);
        assertThat(heard)
                .as("rules on an evaluation thread may have run away: no retry")
                .isEmpty();
        assertThatThrownBy(() ->
                        LateEvaluations.onceMoreIfLate(true, () -> late.evaluate(List.of(), List.of()), heard::add))
                .isInstanceOf(EvaluationTimedOut.class);
        assertThat(heard).hasSize(1);
    }
}
