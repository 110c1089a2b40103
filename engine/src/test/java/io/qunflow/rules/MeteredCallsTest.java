package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One library call whose work grows with the product of its inputs cannot be stopped by the
 * meter's tick: the sandbox writes such calls through {@link RuleMeter}, which weighs the inputs
 * first. Each rule here fires (on the verdict every evaluation has), builds its inputs within
 * the memory limit, loops (so it runs on an evaluation thread), and makes one such call: it is
 * stopped by its own meter before the call starts, not given up at the time limit.
 */
class MeteredCallsTest {

    private static final String DOUBLED_TEXT = """
            String h = "a".repeat(10000);
            for (int i : new int[10]) { h = h + h; }
            """;
    private static final String DOUBLED_LIST = """
            List<String> l = new ArrayList<>();
            l.add("x".repeat(20) + "1");
            for (int i : new int[16]) { l.addAll(new ArrayList<>(l)); }
            List<String> k = new ArrayList<>();
            k.add("x".repeat(20) + "2");
            for (int i : new int[16]) { k.addAll(new ArrayList<>(k)); }
            """;

    @ParameterizedTest
    @ValueSource(
            strings = {
                DOUBLED_TEXT + "boolean found = h.contains(h.substring(0, 5000000) + \"b\");",
                DOUBLED_TEXT + "int at = h.indexOf(h.substring(0, 5000000) + \"b\");",
                DOUBLED_TEXT + "int at = (h).lastIndexOf(\"b\" + h.substring(0, 5000000));",
                DOUBLED_TEXT + "int at = new StringBuilder(h).indexOf(h.substring(0, 5000000) + \"b\", 0);",
                DOUBLED_LIST + "l.removeAll(k);",
                DOUBLED_LIST + "l.retainAll(k);",
                DOUBLED_LIST + "boolean all = l.containsAll(k);",
                DOUBLED_LIST + "boolean none = java.util.Collections.disjoint(l, k);",
                DOUBLED_TEXT + "List<String> m = new ArrayList<>(); m.add(h);"
                        + " for (int i : new int[20]) { m.addAll(new ArrayList<>(m)); }"
                        + " int n = Collections.frequency(m, h.substring(1) + \"b\");",
                DOUBLED_TEXT + "List<String> m = new ArrayList<>(); m.add(h);"
                        + " for (int i : new int[20]) { m.addAll(new ArrayList<>(m)); }"
                        + " String all = String.join(\",\", m);",
            })
    void aCallWhoseWorkIsTheProductOfItsInputs_isStoppedBeforeItRuns(String body) {
        // A time limit well beyond what building the inputs takes on a busy machine: the stop must be
        // the meter's, before the call, never the time limit's.
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("metered", 1, rule(body), 100, Duration.ofSeconds(30));
        assertThat(compiled.runsOnCallersThread()).isFalse();
        long givenUpBefore = EvaluationWorkers.SHARED.abandonedTotal();

        assertThatThrownBy(() -> compiled.evaluate(List.of(), List.of()))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("steps of work in one call")
                .hasMessageContaining("Makes one long call");
        assertThat(EvaluationWorkers.SHARED.abandonedTotal())
                .as("stopped by its own meter, not given up at the time limit")
                .isEqualTo(givenUpBefore);
    }

    @Test
    void theSameCallsOnTextsAndListsOfRealSizes_runAsBefore() {
        String body = """
                String text = "加微信".repeat(3000) + "领红包";
                List<String> ids = new ArrayList<>();
                for (int i : new int[3000]) { ids.add("wm" + ids.size()); }
                Set<String> few = new HashSet<>(List.of("wm1", "wm2", "nobody"));
                int n = text.indexOf("领红包") + text.lastIndexOf("加微信") + text.replace("领", "").length();
                boolean b = text.contains("红包") && ids.contains("wm2999") && !ids.containsAll(few)
                        && ids.indexOf("wm2") == 2 && !Collections.disjoint(ids, few)
                        && Collections.frequency(ids, "wm3") == 1 && new StringBuilder(text).indexOf("包") > 0;
                ids.removeAll(few);
                ids.retainAll(List.of("wm4", "wm5"));
                $v.decide("DONE", n + " " + b + " " + String.join(",", ids));
                """;
        CompiledRuleSet compiled =
                new RuleSetCompiler().compileChecked("real", 1, rule(body), 100, Duration.ofSeconds(5));

        assertThat(compiled.evaluate(List.of(), List.of()).decisions())
                .extracting(Decision::reason)
                .containsExactly("26999 true wm4,wm5", "finished");
    }

    private static String rule(String body) {
        return """
                package io.qunflow.rules.metered;
                import io.qunflow.rules.model.Verdict;
                import java.util.*;
                rule "Makes one long call"
                when
                    $v : Verdict( )
                then
                """ + body + """

                    $v.decide("DONE", "finished");
                end
                """;
    }
}
