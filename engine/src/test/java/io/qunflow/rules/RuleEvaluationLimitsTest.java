package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qunflow.rules.model.Parameter;
import java.time.Duration;
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
    void slowRule_isStoppedByTheTimeLimitAndTheNextEvaluationRunsNormally() {
        String slow = """
                package io.qunflow.rules.slow;
                import io.qunflow.rules.model.Parameter;
                import io.qunflow.rules.model.Verdict;
                rule "Works a little, many times"
                when
                    Parameter( name == "loop" )
                    $v : Verdict( )
                then
                    String.valueOf(Math.random()).repeat(200).hashCode();
                    update($v);
                end
                rule "Says it is done"
                when
                    $v : Verdict( )
                    not Parameter( name == "loop" )
                then
                    $v.decide("DONE", "no loop");
                end
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compile("slow", 1, slow, Integer.MAX_VALUE, Duration.ofMillis(200));
        long started = System.nanoTime();

        assertThatThrownBy(() -> compiled.evaluate(List.of(new Parameter("loop", "1", 1)), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("ran longer than 200 ms")
                .hasMessageContaining("Works a little, many times");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            assertThat(compiled.evaluate(List.of(), List.of()).decided("DONE")).isTrue();
        }
    }

    @Test
    void anEvaluationPastItsLimit_isGivenUpInTime_evenWhileItWaits_andItsWorkerIsReplaced() {
        // Compiled without the sandbox, which refuses LockSupport: it stands for rule code that
        // waits instead of working, as on a machine starved of cores.
        String waiting = """
                package io.qunflow.rules.waiting;
                import io.qunflow.rules.model.Verdict;
                rule "Waits, then decides"
                when
                    $v : Verdict( )
                then
                    java.util.concurrent.locks.LockSupport.parkNanos(60_000_000_000L);
                    $v.decide("DONE", "after waiting");
                end
                """;
        CompiledRuleSet compiled = new RuleSetCompiler().compile("waiting", 1, waiting, 100, Duration.ofMillis(100));
        EvaluationWorkers workers = EvaluationWorkers.SHARED;
        long abandonedBefore = workers.abandonedTotal();

        assertThatThrownBy(() -> compiled.evaluate(List.of(), List.of()))
                .isInstanceOfSatisfying(EvaluationTimedOut.class, e -> {
                    assertThat(e.started()).isTrue();
                    assertThat(e.busy()).as("it waited, it did not work").isFalse();
                })
                .hasMessageContaining("ran longer than 100 ms")
                .hasMessageContaining("Waits, then decides");
        // The pool is the JVM's: the suite's cached contexts may give up an evaluation of their own
        // (a backtest still running) and be replacing its worker at this moment.
        assertThat(workers.abandonedTotal()).isGreaterThan(abandonedBefore);
        await().atMost(Duration.ofSeconds(20)).until(() -> workers.liveWorkers() == workers.size());
        // The given-up worker was interrupted out of its wait, and left rather than take work again.
        await().atMost(Duration.ofSeconds(20)).until(() -> workers.retiredStillRunning() == 0);
    }

    @Test
    void loopsTheSandboxPasses_areStoppedByTheStatementBudget_andTheNextEvaluationRunsNormally() {
        // Three nested for-each loops over a fact's list: allowed code, but a billion steps on a
        // list of a thousand. The meter the sandbox compiles in counts them and stops it.
        String nested = """
                package io.qunflow.rules.nested;
                import io.qunflow.rules.model.Offence;
                import io.qunflow.rules.model.Verdict;
                rule "Counts every triple of categories"
                when
                    $o : Offence( )
                    $v : Verdict( )
                then
                    long n = 0;
                    for (String a : $o.categories()) {
                        for (String b : $o.categories()) {
                            for (String c : $o.categories()) {
                                n++;
                            }
                        }
                    }
                    $v.decide("COUNTED", "n=" + n);
                end
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("nested", 1, nested, 100, Duration.ofSeconds(30));
        List<String> many =
                java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "C" + i).toList();
        long abandonedBefore = EvaluationWorkers.SHARED.abandonedTotal();

        assertThatThrownBy(() -> compiled.evaluate(List.of(offence(many)), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("ran more than " + EvaluationWorkers.STATEMENT_BUDGET + " statements")
                .hasMessageContaining("Counts every triple of categories");
        assertThat(EvaluationWorkers.SHARED.abandonedTotal())
                .as("stopped by its own meter, not given up at the time limit")
                .isEqualTo(abandonedBefore);
        assertThat(compiled.evaluate(List.of(offence(List.of("A", "B", "C"))), List.of())
                        .decisions())
                .extracting(Decision::reason)
                .containsExactly("n=27");
    }

    @Test
    void aStraightLineRuleSet_isEvaluatedOnTheCallersThread_evenWhenEveryEvaluationThreadIsTaken() throws Exception {
        CompiledRuleSet straight =
                new RuleSetCompiler().compileChecked("straight", 1, DECIDES_ON_A_VERDICT, 100, Duration.ofMillis(200));
        CompiledRuleSet cascading = new RuleSetCompiler()
                .compileChecked(
                        "cascading",
                        1,
                        DECIDES_ON_A_VERDICT.replace(
                                "$v.decide(\"DONE\", \"straight\");", "$v.decide(\"DONE\", \"straight\"); update($v);"),
                        100,
                        Duration.ofMillis(200));
        assertThat(straight.runsOnCallersThread()).isTrue();
        assertThat(cascading.runsOnCallersThread()).isFalse();

        try (OccupiedWorkers occupied = OccupiedWorkers.all()) {
            assertThat(straight.evaluate(List.of(), List.of()).decided("DONE")).isTrue();
            assertThatThrownBy(() -> cascading.evaluate(List.of(), List.of()))
                    .isInstanceOfSatisfying(
                            EvaluationTimedOut.class,
                            e -> assertThat(e.started()).isFalse())
                    .hasMessageContaining("no evaluation thread was free");
        }
    }

    @Test
    void aStraightLineEvaluationPastItsLimit_isStoppedAtItsNextStatement_asLateNotRunaway() {
        CompiledRuleSet late =
                new RuleSetCompiler().compileChecked("late", 1, DECIDES_ON_A_VERDICT, 100, Duration.ofNanos(1));

        assertThatThrownBy(() -> late.evaluate(List.of(), List.of()))
                .isInstanceOfSatisfying(EvaluationTimedOut.class, e -> {
                    assertThat(e.started()).isTrue();
                    assertThat(e.busy())
                            .as("straight-line rules cannot run away")
                            .isFalse();
                })
                .hasMessageContaining("ran longer than 0 ms");
        CompiledRuleSet inTime =
                new RuleSetCompiler().compileChecked("late", 2, DECIDES_ON_A_VERDICT, 100, Duration.ofSeconds(1));
        assertThat(inTime.evaluate(List.of(), List.of()).decided("DONE")).isTrue();
    }

    @Test
    void aStraightLineEvaluationThatAllocatesTooMuch_isStoppedOnTheCallersThread() {
        // Straight-line (no loop, no cascade), but each firing copies a large fact: ten thousand
        // matches make gigabytes.
        String copying = """
                package io.qunflow.rules.copying;
                import io.qunflow.rules.model.Offence;
                import io.qunflow.rules.model.Verdict;
                rule "Copies every offence twice"
                when
                    $o : Offence( )
                    $v : Verdict( )
                then
                    String twice = $o.term() + $o.term();
                    $v.decide("COPIED", "" + twice.length());
                end
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("copying", 1, copying, 100_000, Duration.ofSeconds(60));
        assertThat(compiled.runsOnCallersThread()).isTrue();
        String large = "x".repeat(200_000);
        List<Object> offences = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> (Object) new io.qunflow.rules.model.Offence(
                        large, "SCAM", "HIGH", "d", "o", "n", 1, List.of("SCAM"), List.of()))
                .toList();

        assertThatThrownBy(() -> compiled.evaluate(offences, List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("allocated more than " + (Watchdog.MAX_ALLOCATED_BYTES >> 20) + " MB")
                .hasMessageContaining("Copies every offence twice");
    }

    static final String DECIDES_ON_A_VERDICT = """
            package io.qunflow.rules.straight;
            import io.qunflow.rules.model.Verdict;
            rule "Decides once"
            when
                $v : Verdict( )
            then
                $v.decide("DONE", "straight");
            end
            """;

    private static io.qunflow.rules.model.Offence offence(List<String> categories) {
        return new io.qunflow.rules.model.Offence("t", "SCAM", "HIGH", "d", "o", "n", 1, categories, List.of());
    }

    @Test
    void syntaxError_isReportedWithItsLine() {
        String broken = "package x;\nrule \"Broken\"\nwhen\n    $v : Verdict( \nthen\nend\n";

        assertThatThrownBy(() -> new RuleSetCompiler().compile("broken", 1, broken, 10))
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .extracting(RuleProblem::line)
                                .containsOnly(6));
    }
}
