package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Offence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The build compiles the shipped rule sets; the engine must load exactly those, and only for the
 * source they were built from.
 */
class PrecompiledRuleSetsTest {

    static Stream<String> shippedRuleSets() throws IOException {
        return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath:rules/*.drl"))
                .map(resource -> resource.getFilename().replace(".drl", ""));
    }

    private static String shippedSource(String name) {
        try (InputStream in = PrecompiledRuleSetsTest.class.getResourceAsStream("/rules/" + name + ".drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("shippedRuleSets")
    void shippedRuleSet_isLoadedAsBuiltAtBuildTime(String name) {
        CompiledRuleSet compiled = ShippedRules.compile(name);

        assertThat(compiled.builtAtBuildTime()).isTrue();
        assertThat(compiled.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @MethodSource("shippedRuleSets")
    void shippedRuleSet_sandboxFindingsOfTheBuild_areWhatTheSandboxFindsNow(String name) {
        String source = shippedSource(name);
        RuleSandbox.Findings now = new RuleSandbox().check(source);

        PrecompiledRuleSets.Checked atBuild =
                PrecompiledRuleSets.checkedAtBuild(name, source).orElseThrow();

        assertThat(now.errors()).isEmpty();
        assertThat(atBuild.instrumented()).isEqualTo(now.instrumented());
        assertThat(atBuild.warnings()).isEqualTo(now.warnings());
        assertThat(atBuild.straightLine()).isEqualTo(now.straightLine());
    }

    @Test
    void aSourceThatDiffersByOneCharacter_isCheckedByTheSandboxAtRunTime() {
        String refused = shippedSource("moderation").replace("then", "then\n        System.exit(0);");

        assertThat(PrecompiledRuleSets.checkedAtBuild("moderation", shippedSource("moderation") + "\n"))
                .isEmpty();
        assertThatThrownBy(() -> new RuleSetCompiler()
                        .compileChecked("moderation", 2, refused, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT))
                .isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void aSourceThatDiffersByOneCharacter_isCompiledAtRunTime() {
        String changed = shippedSource("moderation") + "\n";

        CompiledRuleSet compiled = new RuleSetCompiler()
                .compileChecked("moderation", 2, changed, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT);

        assertThat(compiled.builtAtBuildTime()).isFalse();
        assertThat(PrecompiledRuleSets.find("moderation", changed)).isEmpty();
    }

    @Test
    void theModuleBuiltAtBuildTime_decidesAsTheSameRulesCompiledNow() {
        CompiledRuleSet built = ShippedRules.compile("moderation");
        CompiledRuleSet compiledNow = new RuleSetCompiler()
                .compileChecked(
                        "moderation",
                        2,
                        shippedSource("moderation") + "\n",
                        RuleEngine.MAX_FIRINGS,
                        RuleEngine.TIME_LIMIT);
        Offence contact =
                new Offence("加我微信", "CONTACT", "HIGH", "lexicon", "加 我 微 信", "加我微信", 1, List.of("CONTACT"), List.of());

        for (int strikes = 0; strikes < 3; strikes++) {
            for (String role : List.of("MEMBER", "KOC", "OWNER")) {
                List<Object> facts = List.of(
                        new ChatMessage("g", "m", role, "加我微信", "加我微信", 100),
                        new MemberStanding("m", role, null, strikes, 30),
                        contact);
                assertThat(outcomes(built.evaluate(facts, ShippedRules.parameters("moderation"))))
                        .as("%s with %d strikes", role, strikes)
                        .isEqualTo(outcomes(compiledNow.evaluate(facts, ShippedRules.parameters("moderation"))))
                        .isNotEmpty();
            }
        }
    }

    private static List<String> outcomes(Evaluation evaluation) {
        return evaluation.decisions().stream()
                .map(d -> d.rule() + " → " + d.outcome() + ": " + d.text())
                .toList();
    }
}
