package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.rules.model.ChatMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule code that allocates gigabytes inside the time limit: each statement multiplies what the
 * one before built, so the memory limit must hold at the next statement, not only at the
 * watchdog's next look.
 */
class EvaluationMemoryTest {

    @Test
    void statementsThatEachTripleAText_areStoppedBeforeTheHeapIsGone_andTheNextEvaluationRuns() {
        // Twelve statements each tripling a 10,000-character message: 197 MB after the tenth, 590 MB
        // after the eleventh, 1.8 GB after the twelfth, more than this JVM's heap. The watchdog's
        // memory limit stops it at a statement in between.
        String body = """
                String h = $m.text();
                for (int i : new int[12]) { h = h + h + h; }
                $v.decide("DONE", "" + h.length());
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("growing", 1, rule(body), 100, Duration.ofSeconds(30));
        assertThat(compiled.runsOnCallersThread()).isFalse();
        ChatMessage long10k = new ChatMessage("g", "m", "MEMBER", "a".repeat(10_000), "a".repeat(10_000), 10);

        assertThatThrownBy(() -> compiled.evaluate(List.of(long10k), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("Grows")
                .hasMessageNotContaining("OutOfMemoryError");
        ChatMessage ordinary = new ChatMessage("g", "m", "MEMBER", "hi", "hi", 10);
        assertThat(compiled.evaluate(List.of(ordinary), List.of()).decisions())
                .extracting(Decision::reason)
                .containsExactly(String.valueOf(2 * 531_441));
    }

    @Test
    void aLoopInsertingFacts_isStoppedBeforeTheHeapIsGone_andTheNextEvaluationRuns() {
        // A hundred million facts, each with the message's text: the evaluation stops at its
        // statement budget or its memory limit, whichever comes first, never at the heap's end.
        String body = """
                if ($m.text().length() > 100) {
                    for (int i : new int[10000]) {
                        for (int j : new int[10000]) { insert(new Ruling("NOTE", $m.text(), "m", "t", 1L, 1)); }
                    }
                }
                $v.decide("DONE", "" + $m.text().length());
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("inserting", 1, rule(body), 100, Duration.ofSeconds(30));
        ChatMessage long10k = new ChatMessage("g", "m", "MEMBER", "a".repeat(10_000), "a".repeat(10_000), 10);

        assertThatThrownBy(() -> compiled.evaluate(List.of(long10k), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("Grows")
                .hasMessageNotContaining("OutOfMemoryError");
        ChatMessage ordinary = new ChatMessage("g", "m", "MEMBER", "hi", "hi", 10);
        assertThat(compiled.evaluate(List.of(ordinary), List.of()).decisions())
                .extracting(Decision::reason)
                .containsExactly("2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"h = %s;|40", "h += \"\" + %s;|41"})
    void oneStatementMultiplyingATextFortyFold_isStoppedBeforeTheHeapIsGone_andTheNextEvaluationRuns(
            String step, int factor) {
        // Forty terms in one statement: 400,000 characters, then 16 million, then 640 million in a
        // single allocation, between two ticks of the meter. Each + weighs what it would build (or
        // the memory limit, counting what the joins before it allocated, stops it first).
        String forty = String.join(" + ", java.util.Collections.nCopies(40, "h"));
        String body = """
                String h = $m.text();
                for (int i : new int[4]) { %s }
                $v.decide("DONE", "" + h.length());
                """.formatted(step.formatted(forty));
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("multiplying", 1, rule(body), 100, Duration.ofSeconds(30));
        ChatMessage long10k = new ChatMessage("g", "m", "MEMBER", "a".repeat(10_000), "a".repeat(10_000), 10);

        assertThatThrownBy(() -> compiled.evaluate(List.of(long10k), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("was stopped in rule 'Grows'")
                .hasMessageNotContaining("OutOfMemoryError");
        ChatMessage ordinary = new ChatMessage("g", "m", "MEMBER", "hi", "hi", 10);
        assertThat(compiled.evaluate(List.of(ordinary), List.of()).decisions())
                .extracting(Decision::reason)
                .containsExactly(String.valueOf(2 * factor * factor * factor * factor));
    }

    @Test
    void oneStatementDoublingABuilderFortyTimes_isStoppedBeforeTheHeapIsGone_andTheNextEvaluationRuns() {
        // b.append(b) forty times in one statement doubles a message forty times between two ticks.
        String body = """
                StringBuilder b = new StringBuilder($m.text());
                if ($m.text().length() > 100) { b%s; }
                $v.decide("DONE", "" + b.toString().length());
                """.formatted(".append(b)".repeat(40));
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("doubling", 1, rule(body), 100, Duration.ofSeconds(30));
        ChatMessage long10k = new ChatMessage("g", "m", "MEMBER", "a".repeat(10_000), "a".repeat(10_000), 10);

        assertThatThrownBy(() -> compiled.evaluate(List.of(long10k), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("was stopped in rule 'Grows'")
                .hasMessageNotContaining("OutOfMemoryError");
        ChatMessage ordinary = new ChatMessage("g", "m", "MEMBER", "hi", "hi", 10);
        assertThat(compiled.evaluate(List.of(ordinary), List.of()).decisions())
                .extracting(Decision::reason)
                .containsExactly("2");
    }

    private static String rule(String body) {
        return """
                package io.qunflow.rules.growing;
                import io.qunflow.rules.model.*;
                import java.util.*;
                rule "Grows"
                when
                    $m : ChatMessage( )
                    $v : Verdict( )
                then
                """ + body + """
                end
                """;
    }
}
