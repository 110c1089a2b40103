package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile source of {@link HostileDrl} is refused by the sandbox, on the line of its offending code. */
class HostileDrlTest {

    static List<HostileDrl.Case> cases() {
        return HostileDrl.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileSource_isRefusedOnItsLine_andNothingIsLeftToCompile(HostileDrl.Case hostile) {
        RuleSandbox.Findings findings =
                new RuleSandbox().check(hostile.with("/tmp/qunflow-never-written", "qunflow.never.read"));

        assertThat(findings.errors()).as(hostile.toString()).isNotEmpty();
        assertThat(findings.errors().get(0).line())
                .as(hostile + ": " + findings.errors())
                .isEqualTo(hostile.line());
        assertThat(findings.errors())
                .extracting(RuleProblem::message)
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("Exception:"));
        assertThat(findings.errors())
                .as(hostile + ": a compliance editor reading Chinese is told why, not only where: " + findings.errors())
                .extracting(RuleProblem::messageZh)
                .allSatisfy(m -> assertThat(m).containsPattern("有误：[^：]+：.+"));
        assertThat(findings.instrumented()).isNull();
    }

    @Test
    void theHostileSet_coversEveryFamilyOfTheIssue() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases().stream().map(HostileDrl.Case::family).distinct())
                .contains(
                        "unicode escape",
                        "receiver type",
                        "shaded library",
                        "static field write",
                        "environment",
                        "files",
                        "reflection",
                        "JNDI",
                        "script engine",
                        "deserialisation",
                        "threads",
                        "processes",
                        "DRL structure",
                        "generated code",
                        "conditions",
                        "facts",
                        "unbounded",
                        "dry-run exfiltration");
    }
}
