package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.model.InactiveMember;
import io.qunflow.rules.model.MemberJoin;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeAndPruningRulesTest {

    @Test
    void newMember_isWelcomedByNicknameWithTheGroupRules() {
        CompiledRuleSet welcome = ShippedRules.compile("welcome");

        Evaluation evaluation = welcome.evaluate(List.of(
                new MemberJoin("g", "群名", "m", "MEMBER", "小美", "欢迎加入！", "群规：禁止广告", 1)), List.of());

        assertThat(evaluation.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("A new member is welcomed with the group rules");
            assertThat(d.outcome()).isEqualTo("SEND_MESSAGE");
            assertThat(d.text()).isEqualTo("@小美 欢迎加入！\n群规：禁止广告");
        });
        assertThat(welcome.evaluate(List.of(new MemberJoin("g", "群名", "s", "STAFF", "客服", "w", "r", 2)), List.of())
                        .decisions())
                .isEmpty();
    }

    @Test
    void silentAndQuietMembers_areWarned_protectedAndNewOnesSpared() {
        CompiledRuleSet pruning = ShippedRules.compile("pruning");

        Evaluation evaluation = pruning.evaluate(List.of(
                new InactiveMember("g", "silent", "MEMBER", 8, 40, 0),
                new InactiveMember("g", "quiet", "MEMBER", 2, 40, 2),
                new InactiveMember("g", "chatty", "MEMBER", 0, 40, 30),
                new InactiveMember("g", "koc", "KOC", 30, 40, 0),
                new InactiveMember("g", "newcomer", "MEMBER", 5, 5, 0)), List.of());

        assertThat(evaluation.decisions()).extracting(Decision::memberId).containsExactlyInAnyOrder("silent", "quiet");
        assertThat(evaluation.decisions()).extracting(Decision::rule).containsExactlyInAnyOrder(
                "A member silent for seven days is warned",
                "A member with fewer than three messages in thirty days is warned");
        assertThat(evaluation.decisions()).extracting(Decision::outcome).containsOnly("WARN_MEMBER");
    }
}
