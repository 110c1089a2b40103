package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.MemberActivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a rule set's subjects may share one session: batches evaluate a group's members
 * together only when each gets what it would get alone.
 */
class IndependentSubjectsTest {

    private static final String HEADER = """
            package io.qunflow.rules.alone;
            import io.qunflow.rules.model.GroupContext;
            import io.qunflow.rules.model.MemberActivity;
            import io.qunflow.rules.model.Parameter;
            import io.qunflow.rules.model.Verdict;
            """;

    private static boolean decidedAlone(String rules) {
        CompiledRuleSet compiled = new RuleSetCompiler().compile("alone", 1, HEADER + rules, RuleEngine.MAX_FIRINGS);
        try {
            return compiled.decidesEachAlone(MemberActivity.class);
        } finally {
            compiled.discard();
        }
    }

    private static MemberActivity member(String id, String layer, int messages30d, int reactions, long idleDays) {
        return new MemberActivity(
                "g",
                id,
                "MEMBER",
                layer,
                false,
                0,
                messages30d,
                messages30d,
                0,
                0,
                0,
                reactions,
                0,
                0,
                0,
                idleDays,
                60,
                -1);
    }

    @Test
    void shippedLayering_decidesEachMemberAlone_andTogetherDecidesWhatEachGetsAlone() {
        CompiledRuleSet layering = ShippedRules.compile("layering");
        List<MemberActivity> members = List.of(
                member("leader", "active", 40, 25, 0),
                member("regular", "silent", 12, 0, 1),
                member("fading", "core", 12, 5, 3),
                member("gone", "silent", 0, 0, 45),
                member("new", "", 1, 0, 0));

        List<Decision> together =
                layering.evaluate(members, ShippedRules.parameters("layering")).decisions();

        assertThat(layering.decidesEachAlone(MemberActivity.class)).isTrue();
        List<Decision> alone = new ArrayList<>();
        for (MemberActivity m : members) {
            alone.addAll(layering.evaluate(List.of(m), ShippedRules.parameters("layering"))
                    .decisions());
        }
        for (MemberActivity m : members) {
            assertThat(together.stream().filter(d -> d.memberId().equals(m.memberId())))
                    .as(m.memberId())
                    .containsExactlyElementsOf(alone.stream()
                            .filter(d -> d.memberId().equals(m.memberId()))
                            .toList());
        }
    }

    @Test
    void shippedRewards_decidesEachCheckInAlone_andTogetherDecidesWhatEachGetsAlone() {
        CompiledRuleSet rewards = ShippedRules.compile("rewards");
        List<CheckInStreak> checkIns = List.of(
                new CheckInStreak("g", "first", true, 1, 1),
                new CheckInStreak("g", "third", true, 3, 9),
                new CheckInStreak("g", "seventh", true, 7, 7),
                new CheckInStreak("g", "again", false, 7, 7),
                new CheckInStreak("g", "thirtieth", true, 30, 41));

        List<Decision> together =
                rewards.evaluate(checkIns, ShippedRules.parameters("rewards")).decisions();

        assertThat(rewards.decidesEachAlone(CheckInStreak.class)).isTrue();
        for (CheckInStreak c : checkIns) {
            assertThat(together.stream().filter(d -> c.memberId().equals(d.memberId())))
                    .as(c.memberId())
                    .containsExactlyElementsOf(rewards.evaluate(List.of(c), ShippedRules.parameters("rewards"))
                            .decisions());
        }
        assertThat(together).extracting(Decision::memberId).contains("thirtieth", "seventh");
    }

    @Test
    void aRuleOnAnotherFact_cannotFireOnTheSubjects_andLeavesThemAlone() {
        assertThat(decidedAlone("""
                        import io.qunflow.rules.model.MemberJoin;
                        rule "Two joins are celebrated together"
                        when
                            $a : MemberJoin( )
                            $b : MemberJoin( memberId != $a.memberId() )
                            $v : Verdict( )
                        then
                            $v.decide("CELEBRATE", "two joins");
                        end
                        rule "A busy member is active"
                        when
                            $m : MemberActivity( messages30d >= 10 )
                            $v : Verdict( )
                        then
                            $v.decideFor($m.memberId(), "LAYER_ACTIVE", "busy", null);
                        end
                        """)).isTrue();
    }

    @Test
    void aRuleOnOneMemberAndSharedFacts_decidesEachAlone() {
        assertThat(decidedAlone("""
                        rule "A busy member is active"
                        when
                            Parameter( name == "active", $n : number )
                            GroupContext( )
                            $m : MemberActivity( messages30d >= $n )
                            $v : Verdict( )
                        then
                            $v.decideFor($m.memberId(), "LAYER_ACTIVE", "busy", null);
                        end
                        """)).isTrue();
    }

    @Test
    void aRuleJoiningTwoMembers_doesNotDecideEachAlone() {
        assertThat(decidedAlone("""
                        rule "The busier of two members leads"
                        when
                            $a : MemberActivity( )
                            $b : MemberActivity( messages30d > $a.messages30d() )
                            $v : Verdict( )
                        then
                            $v.decideFor($b.memberId(), "PERSONA_LEADER", "busier", null);
                        end
                        """)).isFalse();
    }

    @Test
    void aRuleAboutOtherMembersOrTheVerdictsState_doesNotDecideEachAlone() {
        assertThat(decidedAlone("""
                        rule "The only member left is core"
                        when
                            $m : MemberActivity( )
                            not MemberActivity( memberId != $m.memberId() )
                            $v : Verdict( )
                        then
                            $v.decideFor($m.memberId(), "LAYER_CORE", "alone", null);
                        end
                        """)).isFalse();
        assertThat(decidedAlone("""
                        rule "A group without members is empty"
                        when
                            not MemberActivity( )
                            $v : Verdict( )
                        then
                            $v.decide("EMPTY", "nobody");
                        end
                        """)).isFalse();
        assertThat(decidedAlone("""
                        rule "A member is silent when nothing else was decided"
                        when
                            $m : MemberActivity( )
                            $v : Verdict( undecided )
                        then
                            $v.decideFor($m.memberId(), "LAYER_SILENT", "nothing else", null);
                        end
                        """)).isFalse();
    }

    @Test
    void aRuleInAnActivationGroup_doesNotDecideEachAlone() {
        assertThat(decidedAlone("""
                        rule "The first member matched is core"
                            activation-group "one"
                        when
                            $m : MemberActivity( )
                            $v : Verdict( )
                        then
                            $v.decideFor($m.memberId(), "LAYER_CORE", "first", null);
                        end
                        """)).isFalse();
    }
}
