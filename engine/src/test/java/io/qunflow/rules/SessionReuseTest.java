package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sessions are kept between evaluations; each evaluation must still see only its own facts, as
 * on a fresh session. One thread evaluating again and again gets the same session back, so these
 * tests run on a reused one.
 */
class SessionReuseTest {

    private static final String HEADER = """
            package io.qunflow.rules.reuse;
            import io.qunflow.rules.model.ChatMessage;
            import io.qunflow.rules.model.Parameter;
            import io.qunflow.rules.model.Verdict;
            """;

    private static ChatMessage message(String text) {
        return new ChatMessage("g", "m", "MEMBER", text, text, 48);
    }

    private static List<String> reasons(Evaluation evaluation) {
        return evaluation.decisions().stream().map(Decision::reason).toList();
    }

    @Test
    void factsARuleInserted_areGoneInTheNextEvaluation() {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "A message leaves a mark"
                    salience 10
                when
                    ChatMessage( )
                then
                    insert(new Parameter("mark", "1", 1));
                end
                rule "The marks are counted"
                when
                    $v : Verdict( )
                    $marks : Number( ) from accumulate( Parameter( name == "mark" ), count( ) )
                then
                    $v.decide("COUNT", "marks: " + $marks);
                end
                """, 100);

        for (int i = 0; i < 3; i++) {
            assertThat(reasons(compiled.evaluate(List.of(message("hi")), List.of())))
                    .containsExactly("marks: 1");
        }
    }

    @Test
    void aRuleOnParametersAlone_firesInEveryEvaluation() {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "The limit is noted"
                when
                    Parameter( name == "limit" )
                then
                    insert(new Parameter("limit-seen", "1", 1));
                end
                rule "A noted limit is reported"
                when
                    $v : Verdict( )
                    Parameter( name == "limit-seen" )
                then
                    $v.decide("SEEN", "limit seen");
                end
                """, 100);
        List<Parameter> parameters = List.of(new Parameter("limit", "5", 5));

        for (int i = 0; i < 3; i++) {
            assertThat(reasons(compiled.evaluate(List.of(), parameters))).containsExactly("limit seen");
        }
    }

    @Test
    void changedParameters_actOnTheNextEvaluation() {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "The message is measured against the limit"
                when
                    ChatMessage( $text : text )
                    Parameter( name == "limit", $limit : number )
                    $v : Verdict( )
                then
                    $v.decide("MEASURED", $text.length() > $limit ? "too long" : "fine");
                end
                """, 100);
        List<Parameter> generous = List.of(new Parameter("limit", "10", 10));
        List<Parameter> strict = List.of(new Parameter("limit", "2", 2));

        assertThat(reasons(compiled.evaluate(List.of(message("hello")), generous)))
                .containsExactly("fine");
        assertThat(reasons(compiled.evaluate(List.of(message("hello")), strict)))
                .containsExactly("too long");
        assertThat(reasons(compiled.evaluate(List.of(message("hello")), generous)))
                .containsExactly("fine");
    }

    @Test
    void aRuleDeletingAFactOfTheEvaluation_leavesTheNextOneIntact() {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "A message is answered and put away"
                when
                    $m : ChatMessage( $text : text )
                    $v : Verdict( )
                then
                    $v.decide("ANSWERED", $text);
                    delete($m);
                end
                rule "A kept parameter is thrown away"
                when
                    $p : Parameter( name == "disposable" )
                    ChatMessage( text == "drop it" )
                then
                    delete($p);
                end
                """, 100);
        List<Parameter> parameters = List.of(new Parameter("disposable", "1", 1));

        assertThat(reasons(compiled.evaluate(List.of(message("one")), parameters)))
                .containsExactly("one");
        assertThat(reasons(compiled.evaluate(List.of(message("drop it")), parameters)))
                .containsExactly("drop it");
        assertThat(reasons(compiled.evaluate(List.of(message("two")), parameters)))
                .containsExactly("two");
    }

    @Test
    void evaluationsOnManyThreads_eachAnswerTheirOwnDecisions() throws Exception {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "Every message is echoed"
                when
                    ChatMessage( $text : text )
                    $v : Verdict( )
                then
                    $v.decide("ECHO", $text);
                end
                """, 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4000; i++) {
                String text = "消息 " + i;
                answers.add(pool.submit(() -> reasons(compiled.evaluate(List.of(message(text)), List.of()))));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).containsExactly("消息 " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A straight-line rule set runs on its callers' threads, so its sessions pass from thread to
     * thread while others evaluate beside them. They keep Drools' thread safety although one thread
     * at a time uses each: sessions built without it ({@code ThreadSafeOption.NO}) lost decisions
     * here (an evaluation answered none), as in docs/benchmarks.md run 6.
     */
    @Test
    void straightLineEvaluationsOnManyThreads_eachAnswerTheirOwnDecisions() throws Exception {
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("reuse", 1, HEADER + """
                        rule "A message is echoed with its standing"
                        when
                            ChatMessage( $text : text, $hours : hoursSinceJoined )
                            $v : Verdict( )
                        then
                            $v.decide("ECHO", $text + " / " + $hours);
                        end
                        """, 100, RuleEngine.TIME_LIMIT);
        assertThat(compiled.runsOnCallersThread()).isTrue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4000; i++) {
                int n = i;
                answers.add(pool.submit(() -> reasons(compiled.evaluate(
                        List.of(new ChatMessage("g", "m" + n, "MEMBER", "消息 " + n, "消息 " + n, n)), List.of()))));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).containsExactly("消息 " + i + " / " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shippedRuleSets_keepOneVerdictBetweenEvaluations_andRulesThatCouldTellDoNot() {
        for (String ruleSet : List.of("moderation", "welcome", "pruning", "layering", "rewards", "lottery", "sop")) {
            assertThat(ShippedRules.compile(ruleSet).keepsVerdict()).as(ruleSet).isTrue();
        }
        assertThat(new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "Only an undecided verdict is decided"
                when
                    ChatMessage( )
                    $v : Verdict( undecided )
                then
                    $v.decide("FIRST", "first");
                end
                """, 100).keepsVerdict())
                .isFalse();
        assertThat(new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "One case of a group decides"
                    activation-group "case"
                when
                    ChatMessage( )
                    $v : Verdict( )
                then
                    $v.decide("CASE", "case");
                end
                """, 100).keepsVerdict())
                .isFalse();
    }

    @Test
    void casesOnAnUndecidedVerdict_decideInEveryEvaluation() {
        // Verdict( undecided ) is matched against the verdict's state: a kept verdict would still
        // look decided from the evaluation before, so these rules get a fresh one every time.
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "A long message is the first case"
                    salience 10
                when
                    ChatMessage( text.length() > 3 )
                    $v : Verdict( undecided )
                then
                    $v.decide("LONG", "long");
                    update($v);
                end
                rule "Any message is the second case"
                when
                    ChatMessage( )
                    $v : Verdict( undecided )
                then
                    $v.decide("ANY", "any");
                    update($v);
                end
                """, 100);

        for (int i = 0; i < 3; i++) {
            assertThat(reasons(compiled.evaluate(List.of(message("hello")), List.of())))
                    .containsExactly("long");
            assertThat(reasons(compiled.evaluate(List.of(message("hi")), List.of())))
                    .containsExactly("any");
        }
    }

    @Test
    void aRuleReadingTheVerdictInItsConsequence_seesOnlyItsOwnEvaluation() {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("reuse", 1, HEADER + """
                rule "Every message is echoed"
                    salience 10
                when
                    ChatMessage( $text : text )
                    $v : Verdict( )
                then
                    $v.decide("ECHO", $text);
                end
                rule "The decisions so far are counted"
                when
                    ChatMessage( )
                    $v : Verdict( )
                then
                    $v.decide("COUNT", "decided before: " + $v.size());
                end
                """, 100);

        for (int i = 0; i < 3; i++) {
            assertThat(reasons(compiled.evaluate(List.of(message("m" + i)), List.of())))
                    .containsExactly("m" + i, "decided before: 1");
        }
    }
}
