package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live evaluation that ran late gets one more try only where its rules were not seen to be to blame. */
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
    void aLateEvaluationOnAnEvaluationThreadThatWasNeverStartedOrFoundIdle_isTriedOnceMore() {
        for (EvaluationTimedOut stall : List.of(
                new EvaluationTimedOut("no evaluation thread was free", false, false),
                new EvaluationTimedOut("ran longer than the limit, its thread idle", true, false))) {
            Iterator<Boolean> lateOnce = List.of(true, false).iterator();
            List<EvaluationTimedOut> heard = new ArrayList<>();

            Evaluation answer = LateEvaluations.onceMoreIfLate(
                    false,
                    () -> {
                        if (lateOnce.next()) {
                            throw stall;
                        }
                        return new Evaluation("late", 7, List.of());
                    },
                    heard::add);

            assertThat(answer.version()).as(stall.getMessage()).isEqualTo(7);
            assertThat(heard).containsExactly(stall);
        }
    }

    @Test
    void aLateEvaluationWhoseThreadWasWorking_orLateTwice_isNotHiddenByTheRetry() {
        EvaluationTimedOut runaway =
                new EvaluationTimedOut("ran longer than the limit, its thread working", true, true);
        List<EvaluationTimedOut> heard = new ArrayList<>();

        assertThatThrownBy(() -> LateEvaluations.onceMoreIfLate(
                        false,
                        () -> {
                            throw runaway;
                        },
                        heard::add))
                .isSameAs(runaway);
        assertThat(heard)
                .as("rules working on an evaluation thread at the limit probably run away: no retry")
                .isEmpty();
        CompiledRuleSet late = new RuleSetCompiler()
                .compileChecked("late", 1, RuleEvaluationLimitsTest.DECIDES_ON_A_VERDICT, 100, Duration.ofNanos(1));
        assertThatThrownBy(() ->
                        LateEvaluations.onceMoreIfLate(true, () -> late.evaluate(List.of(), List.of()), heard::add))
                .isInstanceOf(EvaluationTimedOut.class);
        assertThat(heard).hasSize(1);
    }
}
