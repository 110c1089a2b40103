package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.MessageRate;
import io.qunflow.rules.model.Offence;
import io.qunflow.rules.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModerationRulesTest {

    static CompiledRuleSet moderation;

    @BeforeAll
    static void compile() {
        moderation = ShippedRules.compile("moderation");
    }

    private static Evaluation decide(
            String role,
            long hoursSinceJoined,
            Offence offence,
            int strikes,
            MessageRate rate,
            List<Parameter> parameters) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ChatMessage("g", "m", role, "加我微信", "加我微信", hoursSinceJoined));
        facts.add(new MemberStanding("m", role, null, strikes, 30));
        if (offence != null) {
            facts.add(offence);
        }
        if (rate != null) {
            facts.add(rate);
        }
        return moderation.evaluate(facts, parameters);
    }

    private static Evaluation decide(String role, Offence offence, int strikes) {
        return decide(role, 100, offence, strikes, null, ShippedRules.parameters("moderation"));
    }

    private static Offence contact() {
        return new Offence("加我微信", "CONTACT", "HIGH", "lexicon", "加 我 微 信", "加我微信", 1, List.of("CONTACT"));
    }

    private static Offence link() {
        return new Offence("t.cn/abc", "LINK", "HIGH", "url", "t.cn/abc", "t.cn/abc", 1, List.of("LINK"));
    }

    @Test
    void firstOffence_warnsAndDeletes() {
        Evaluation evaluation = decide("MEMBER", contact(), 0);

        assertThat(evaluation.decisions())
                .extracting(Decision::rule)
                .containsOnly("A first offence is warned and the message deleted");
        assertThat(evaluation.decisions())
                .extracting(Decision::outcome)
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions().get(0).reason()).contains("加我微信", "加 我 微 信", "CONTACT", "30天内第1次");
    }

    @Test
    void firstOffence_warnsInPlainWordsNotInternalCodes() {
        Decision warning = decide("MEMBER", contact(), 0).decisions().get(0);

        assertThat(warning.text()).startsWith("请勿在群内发布联系方式或引流信息").doesNotContain("CONTACT");
        assertThat(warning.reason()).contains("检测：lexicon");
    }

    @Test
    void kocPostingALinkWrittenToDodgeDetection_isNotExempt() {
        Offence dodged = new Offence("海带.cc", "LINK", "HIGH", "obfuscated-url", "海带.cc", "海带.cc", 1, List.of("LINK"));

        assertThat(decide("KOC", dodged, 0).decisions())
                .extracting(Decision::rule)
                .containsOnly("A first offence is warned and the message deleted");
    }

    @Test
    void casesOneAfterAnotherOnAReusedSession_eachDecideOnlyTheirOwnCase() {
        // One thread evaluating again and again gets the same warm session back: every case of the
        // activation group must be decided alone every time, whatever the session decided before.
        for (int round = 0; round < 50; round++) {
            assertThat(decide("OWNER", contact(), 3).decisions())
                    .extracting(Decision::outcome)
                    .containsExactly("EXEMPT");
            assertThat(decide("MEMBER", contact(), 1).decisions())
                    .extracting(Decision::outcome)
                    .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
            assertThat(decide("MEMBER", contact(), 0).decisions())
                    .extracting(Decision::rule)
                    .containsOnly("A first offence is warned and the message deleted");
            assertThat(decide("KOC", link(), 0).decisions())
                    .extracting(Decision::rule)
                    .containsOnly("A KOC sharing a link is not moderated");
        }
    }

    @Test
    void repeatOffenceInWindow_removes() {
        Evaluation evaluation = decide("MEMBER", contact(), 1);

        assertThat(evaluation.decisions())
                .extracting(Decision::rule)
                .containsOnly("A repeat offence within the strike window removes the member");
        assertThat(evaluation.decisions())
                .extracting(Decision::outcome)
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions().get(0).reason()).contains("第2次");
    }

    @Test
    void strikesBeforeRemoval_isAParameter() {
        List<Parameter> lenient = ShippedRules.parametersWith("moderation", "moderation.strikes-before-removal", 2);

        assertThat(decide("MEMBER", 100, contact(), 1, null, lenient).decisions())
                .extracting(Decision::outcome)
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(decide("MEMBER", 100, contact(), 2, null, lenient).decisions())
                .extracting(Decision::outcome)
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
    }

    @Test
    void severeOffence_removesAtOnce() {
        Offence fraud = new Offence("账户冻结", "FRAUD", "SEVERE", "lexicon", "账户冻结", "账户冻结", 1, List.of("FRAUD"));

        Evaluation evaluation = decide("MEMBER", fraud, 0);

        assertThat(evaluation.decisions())
                .extracting(Decision::outcome)
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(evaluation.decisions())
                .extracting(Decision::rule)
                .containsOnly("A severe offence removes the member at once");
    }

    @Test
    void staff_areExempt_evenFromSevereFindings() {
        Offence porn = new Offence("x", "PORN", "SEVERE", "lexicon", "x", "x", 1, List.of("PORN"));

        assertThat(decide("STAFF", contact(), 3).decisions())
                .extracting(Decision::outcome)
                .containsExactly("EXEMPT");
        assertThat(decide("OWNER", porn, 0).decisions())
                .extracting(Decision::rule)
                .containsExactly("Owners, admins and staff are not moderated");
    }

    @Test
    void koc_mayShareLinks_butNotContactDetails() {
        Offence linkAndContact =
                new Offence("加我微信", "CONTACT", "HIGH", "lexicon", "加我微信", "加我微信", 2, List.of("CONTACT", "LINK"));

        assertThat(decide("KOC", link(), 0).decisions())
                .extracting(Decision::rule)
                .containsExactly("A KOC sharing a link is not moderated");
        assertThat(decide("KOC", linkAndContact, 0).decisions())
                .extracting(Decision::outcome)
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
    }

    @Test
    void newcomer_postingALink_isRemovedAtOnce_butNotAfterTheNewcomerPeriod() {
        List<Parameter> defaults = ShippedRules.parameters("moderation");

        Evaluation newcomer = decide("MEMBER", 3, link(), 0, null, defaults);
        Evaluation settled = decide("MEMBER", 30, link(), 0, null, defaults);
        Evaluation unknownJoin = decide("MEMBER", -1, link(), 0, null, defaults);

        assertThat(newcomer.decisions())
                .extracting(Decision::rule)
                .containsOnly("A newcomer posting a link is removed at once");
        assertThat(newcomer.decisions())
                .extracting(Decision::outcome)
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
        assertThat(newcomer.decisions().get(0).reason()).contains("入群不足24小时");
        assertThat(settled.decisions()).extracting(Decision::outcome).containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(unknownJoin.decisions())
                .extracting(Decision::outcome)
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        assertThat(decide(
                                "MEMBER",
                                30,
                                link(),
                                0,
                                null,
                                ShippedRules.parametersWith("moderation", "moderation.new-member-hours", 48))
                        .decisions())
                .extracting(Decision::outcome)
                .containsExactly("REMOVE_MEMBER", "DELETE_MESSAGE");
    }

    @Test
    void flooding_mutesOnceWhenTheLimitIsCrossed() {
        List<Parameter> defaults = ShippedRules.parameters("moderation");

        Evaluation crossing = decide("MEMBER", 100, null, 0, new MessageRate("m", 9, 30), defaults);
        Evaluation stillFlooding = decide("MEMBER", 100, null, 0, new MessageRate("m", 10, 30), defaults);
        Evaluation staff = decide("ADMIN", 100, null, 0, new MessageRate("m", 9, 30), defaults);

        assertThat(crossing.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("A member posting faster than the flood limit is muted");
            assertThat(d.outcome()).isEqualTo("MUTE_MEMBER");
            assertThat(d.reason()).contains("30秒内发言9条", "上限8条");
        });
        assertThat(stillFlooding.decisions()).isEmpty();
        assertThat(staff.decisions()).isEmpty();
    }

    @Test
    void floodingWithSpam_isMutedAndWarned() {
        Evaluation evaluation =
                decide("MEMBER", 100, contact(), 0, new MessageRate("m", 9, 30), ShippedRules.parameters("moderation"));

        assertThat(evaluation.decisions())
                .extracting(Decision::outcome)
                .containsExactlyInAnyOrder("MUTE_MEMBER", "WARN_MEMBER", "DELETE_MESSAGE");
    }

    @Test
    void everyDecision_namesTheRuleSetAndVersion() {
        assertThat(decide("MEMBER", contact(), 0).decisions()).allSatisfy(d -> {
            assertThat(d.ruleSet()).isEqualTo("moderation");
            assertThat(d.ruleSetVersion()).isEqualTo(1);
        });
    }

    @Test
    void theShippedRulesAllNeedAFinding_soCleanMessagesMaySkipThem_butATextRuleDoesNot() {
        CompiledRuleSet withTextRule = new RuleSetCompiler().compile("moderation", 2, """
                package io.qunflow.rules.moderation;
                import io.qunflow.rules.model.ChatMessage;
                import io.qunflow.rules.model.Verdict;
                rule "Bargain-chain begging is deleted"
                when
                    ChatMessage( text contains "砍一刀" )
                    $v : Verdict( )
                then
                    $v.decide("DELETE_MESSAGE", "砍一刀");
                end
                """, RuleEngine.MAX_FIRINGS);

        assertThat(moderation.everyRuleNeedsOneOf(List.of(Offence.class, MessageRate.class)))
                .isTrue();
        assertThat(withTextRule.everyRuleNeedsOneOf(List.of(Offence.class, MessageRate.class)))
                .isFalse();
    }
}
