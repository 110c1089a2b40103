package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberJoin;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.MessageRate;
import io.qunflow.rules.model.Offence;
import io.qunflow.rules.model.Parameter;
import io.qunflow.rules.model.PastRemoval;
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
        return new Offence("加我微信", "CONTACT", "HIGH", "lexicon", "加 我 微 信", "加我微信", 1, List.of("CONTACT"), List.of());
    }

    private static Offence link() {
        return new Offence(
                "t.cn/abc", "LINK", "HIGH", "url", "t.cn/abc", "t.cn/abc", 1, List.of("LINK"), List.of("t.cn"));
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
        Offence dodged = new Offence(
                "海带.cc", "LINK", "HIGH", "obfuscated-url", "海带.cc", "海带.cc", 1, List.of("LINK"), List.of(""));

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
        Offence fraud =
                new Offence("账户冻结", "FRAUD", "SEVERE", "lexicon", "账户冻结", "账户冻结", 1, List.of("FRAUD"), List.of());

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
        Offence porn = new Offence("x", "PORN", "SEVERE", "lexicon", "x", "x", 1, List.of("PORN"), List.of());

        assertThat(decide("STAFF", contact(), 3).decisions())
                .extracting(Decision::outcome)
                .containsExactly("EXEMPT");
        assertThat(decide("OWNER", porn, 0).decisions())
                .extracting(Decision::rule)
                .containsExactly("Owners, admins and staff are not moderated");
    }

    @Test
    void koc_mayShareLinks_butNotContactDetails() {
        Offence linkAndContact = new Offence(
                "加我微信", "CONTACT", "HIGH", "lexicon", "加我微信", "加我微信", 2, List.of("CONTACT", "LINK"), List.of(""));

        assertThat(decide("KOC", link(), 0).decisions())
                .extracting(Decision::rule)
                .containsExactly("A KOC sharing a link is not moderated");
        assertThat(decide("KOC", linkAndContact, 0).decisions())
                .extracting(Decision::outcome)
                .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
    }

    private static List<Parameter> ownSites(String hosts) {
        return ShippedRules.parameters("moderation").stream()
                .map(p -> p.name().equals("moderation.own-link-hosts") ? new Parameter(p.name(), hosts, Double.NaN) : p)
                .toList();
    }

    private static Offence linkTo(String... hosts) {
        List<String> categories = List.of("LINK");
        return new Offence(
                "https://x",
                "LINK",
                "MEDIUM",
                "url",
                "https://x",
                "https://x",
                hosts.length,
                categories,
                List.of(hosts));
    }

    @Test
    void aLinkToTheShopsOwnSites_isNotModerated_evenFromANewcomer() {
        List<Parameter> own = ownSites("brand.com shop.other.cn");

        assertThat(decide("MEMBER", 100, linkTo("brand.com"), 0, null, own).decisions())
                .extracting(Decision::rule, Decision::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "A link to the shop's own sites is not moderated", "EXEMPT"));
        assertThat(decide("MEMBER", 1, linkTo("item.brand.com", "shop.other.cn"), 3, null, own)
                        .decisions())
                .extracting(Decision::outcome)
                .containsExactly("EXEMPT");
    }

    @Test
    void aLinkElsewhere_aLookAlikeHost_orALinkBesideAContact_isModeratedAsBefore() {
        List<Parameter> own = ownSites("brand.com");
        Offence linkAndContact = new Offence(
                "加我微信",
                "CONTACT",
                "HIGH",
                "lexicon",
                "加我微信",
                "加我微信",
                2,
                List.of("CONTACT", "LINK"),
                List.of("brand.com"));

        for (Offence offence : List.of(
                linkTo("brand.com.evil.top"),
                linkTo("evilbrand.com"),
                linkTo("brand.com", "evil.top"),
                linkTo(""),
                linkAndContact)) {
            assertThat(decide("MEMBER", 100, offence, 0, null, own).decisions())
                    .as(offence.linkHosts().toString())
                    .extracting(Decision::outcome)
                    .containsExactly("WARN_MEMBER", "DELETE_MESSAGE");
        }
        assertThat(decide("MEMBER", 100, linkTo("brand.com"), 0, null, ownSites(""))
                        .decisions())
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
import io.qunflow.rules.model.MemberJoin;
                import io.qunflow.rules.model.Verdict;
                rule "Bargain-chain begging is deleted"
                when
                    ChatMessage( text contains "砍一刀" )
                    $v : Verdict( )
                then
                    $v.decide("DELETE_MESSAGE", "砍一刀");
                end
                """, RuleEngine.MAX_FIRINGS);

        List<Class<?>> findings = List.of(Offence.class, MessageRate.class, PastRemoval.class);

        assertThat(moderation.everyRuleNeedsOneOf(findings)).isTrue();
        assertThat(moderation.everyRuleNeedsOneOf(List.of(Offence.class, MessageRate.class)))
                .as("the join gate's rule for returning offenders needs a PastRemoval")
                .isFalse();
        assertThat(withTextRule.everyRuleNeedsOneOf(findings)).isFalse();
    }

    private static Evaluation join(String role, String nickname, Offence offence, PastRemoval pastRemoval) {
        List<Object> facts = new ArrayList<>();
        facts.add(new MemberJoin("g", "宝妈群", "m", role, nickname, "欢迎", "群规", 12, null));
        facts.add(new MemberStanding("m", role, null, 0, 30));
        if (offence != null) {
            facts.add(offence);
        }
        if (pastRemoval != null) {
            facts.add(pastRemoval);
        }
        return moderation.evaluate(facts, ShippedRules.parameters("moderation"));
    }

    private static PastRemoval removedBefore() {
        return new PastRemoval("m", 1, 3, "A severe offence removes the member at once", "FRAUD", "套现", "信用卡套現");
    }

    @Test
    void join_nicknameWithAContactOrALink_isRefused() {
        for (Offence offence : List.of(contact(), link())) {
            Evaluation evaluation = join("MEMBER", "小美" + offence.matchedOriginal(), offence, null);

            assertThat(evaluation.decisions())
                    .extracting(Decision::rule, Decision::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "A nickname that advertises a contact or a link is refused", "REMOVE_MEMBER"));
            assertThat(evaluation.decisions().get(0).reason())
                    .contains("昵称「小美" + offence.matchedOriginal() + "」", offence.matchedOriginal());
        }
    }

    @Test
    void join_nicknameWithMilderWords_isAskedToChangeInPlainWords() {
        Offence abuse = new Offence("傻逼", "ABUSE", "HIGH", "lexicon", "傻逼", "傻逼", 1, List.of("ABUSE"), List.of());

        Decision decision = join("MEMBER", "傻逼", abuse, null).decisions().get(0);

        assertThat(decision.rule()).isEqualTo("A nickname with other offending words is asked to change");
        assertThat(decision.outcome()).isEqualTo("WARN_MEMBER");
        assertThat(decision.text()).startsWith("请修改您的群昵称").doesNotContain("ABUSE");
    }

    @Test
    void join_ofAMemberRemovedBefore_isRemovedAgain_unlessStaff() {
        Evaluation member = join("MEMBER", "张先生", null, removedBefore());
        Evaluation staff = join("STAFF", "张先生", contact(), removedBefore());

        assertThat(member.decisions())
                .extracting(Decision::rule)
                .containsExactly("A member removed for violations who rejoins is removed again");
        assertThat(member.decisions().get(0).reason()).contains("1次", "3天前", "套现", "信用卡套現");
        assertThat(staff.decisions()).isEmpty();
    }

    @Test
    void messageRules_doNotFireOnAJoin_andJoinRulesDoNotFireOnAMessage() {
        Evaluation message = decide("MEMBER", contact(), 0);

        assertThat(message.decisions()).extracting(Decision::rule).noneMatch(r -> r.contains("nickname"));
        assertThat(join("MEMBER", "加我微信", contact(), null).decisions())
                .extracting(Decision::rule)
                .noneMatch(r -> r.contains("first offence") || r.contains("severe offence"));
    }
}
