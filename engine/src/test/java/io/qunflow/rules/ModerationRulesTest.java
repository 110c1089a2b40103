package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Offence;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModerationRulesTest {

    static CompiledRuleSet moderation;

    @BeforeAll
    static void compile() {
        moderation = ShippedRules.compile("moderation");
    }

    private static Evaluation decide(String role, Offence offence, int strikes) {
        ChatMessage message = new ChatMessage("g", "m", role, "加我微信", "加我微信", 100);
        MemberStanding standing = new MemberStanding("m", role, null, strikes, 30);
        return moderation.evaluate(offence == null ? List.of(message, standing) : List.of(message, offence, standing), List.of());
    }

    private static Offence contact() {
        return new Offence("加我微信", "CONTACT", "MEDIUM", "lexicon", "加 我 微 信", "加我微信", 1);
    }

    @Test
    void firstOffence_warnsAndDeletes() {
        Evaluation evaluation = decide("MEMBER", contact(), 0);

        assertThat(evaluation.decisions()).extracting(Decision::rule)
                .containsOnly("A first offence is warned and the message deleted");
        assertThat(evaluation.decisions()).extracting(Decision::outcome).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions().get(0).reason()).contains("加我微信", "加 我 微 信", "第1次");
    }

    @Test
    void repeatOffenceInWindow_removes() {
        Evaluation evaluation = decide("MEMBER", contact(), 1);

        assertThat(evaluation.decisions()).extracting(Decision::rule)
                .containsOnly("A repeat offence within the strike window removes the member");
        assertThat(evaluation.decisions()).extracting(Decision::outcome).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions().get(0).reason()).contains("第2次");
    }

    @Test
    void severeOffence_removesAtOnce() {
        Offence fraud = new Offence("账户冻结", "FRAUD", "SEVERE", "lexicon", "账户冻结", "账户冻结", 1);

        Evaluation evaluation = decide("MEMBER", fraud, 0);

        assertThat(evaluation.decisions()).extracting(Decision::outcome).containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions()).extracting(Decision::rule).containsOnly("A severe offence removes the member at once");
    }

    @Test
    void staff_areExempt() {
        Evaluation evaluation = decide("STAFF", contact(), 3);

        assertThat(evaluation.decisions()).extracting(Decision::outcome).containsExactly("EXEMPT");
    }

    @Test
    void cleanMessage_firesNothing() {
        assertThat(decide("MEMBER", null, 5).decisions()).isEmpty();
    }

    @Test
    void everyDecision_namesTheRuleSetAndVersion() {
        assertThat(decide("MEMBER", contact(), 0).decisions())
                .allSatisfy(d -> {
                    assertThat(d.ruleSet()).isEqualTo("moderation");
                    assertThat(d.ruleSetVersion()).isEqualTo(1);
                });
    }
}
