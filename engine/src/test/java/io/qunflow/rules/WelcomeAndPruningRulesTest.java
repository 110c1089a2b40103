package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qunflow.rules.model.InactiveMember;
import io.qunflow.rules.model.MemberJoin;
import io.qunflow.rules.model.PruningHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeAndPruningRulesTest {

    @Test
    void newMember_isWelcomedByNicknameWithTheGroupRules() {
        CompiledRuleSet welcome = ShippedRules.compile("welcome");

        Evaluation evaluation = welcome.evaluate(
                List.of(new MemberJoin("g", "群名", "m", "MEMBER", "小美", "欢迎加入！", "群规：禁止广告", 1, null)), List.of());

        assertThat(evaluation.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("A new member is welcomed with the group rules");
            assertThat(d.outcome()).isEqualTo("SEND_MESSAGE");
            assertThat(d.text()).isEqualTo("@小美 欢迎加入！\n群规：禁止广告");
        });
        assertThat(welcome.evaluate(
                                List.of(new MemberJoin("g", "群名", "s", "STAFF", "客服", "w", "r", 2, null)), List.of())
                        .decisions())
                .isEmpty();
    }

    @Test
    void inactiveMembers_areWarnedFirstThenRemovedAfterGrace_protectedCoreAndNewOnesSpared() {
        CompiledRuleSet pruning = ShippedRules.compile("pruning");

        Evaluation evaluation = pruning.evaluate(
                List.of(
                        new InactiveMember("g", "silent", "MEMBER", 8, 40, 5),
                        new PruningHistory("silent", "silent", -1),
                        new InactiveMember("g", "quiet", "MEMBER", 2, 40, 2),
                        new PruningHistory("quiet", "silent", -1),
                        new InactiveMember("g", "warned", "MEMBER", 9, 40, 0),
                        new PruningHistory("warned", "churned", 3),
                        new InactiveMember("g", "waiting", "MEMBER", 9, 40, 0),
                        new PruningHistory("waiting", "churned", 1),
                        new InactiveMember("g", "back", "MEMBER", 0, 40, 30),
                        new PruningHistory("back", "active", 2),
                        new InactiveMember("g", "koc", "KOC", 30, 40, 0),
                        new PruningHistory("koc", "silent", -1),
                        new InactiveMember("g", "core", "MEMBER", 8, 40, 1),
                        new PruningHistory("core", "core", -1),
                        new InactiveMember("g", "newcomer", "MEMBER", 5, 5, 0),
                        new PruningHistory("newcomer", "silent", -1)),
                ShippedRules.parameters("pruning"));

        assertThat(evaluation.decisions())
                .extracting(Decision::memberId, Decision::outcome, Decision::reason)
                .containsExactlyInAnyOrder(
                        tuple("silent", "WARN_MEMBER", "no message for 8 days (≥ 7)"),
                        tuple("quiet", "WARN_MEMBER", "2 messages in 30 days (< 3)"),
                        tuple(
                                "warned",
                                "REMOVE_MEMBER",
                                "warned 3 days ago (grace 3 days) and still no message for 9 days (≥ 7); 0 messages in 30 days (< 3)"),
                        tuple(
                                "waiting",
                                "AWAIT_GRACE",
                                "warned 1 days ago; removed after the 3-day grace period if still"
                                        + " no message for 9 days (≥ 7); 0 messages in 30 days (< 3)"),
                        tuple("back", "FORGIVE", "active again: last message 0 days ago, 30 messages in 30 days"),
                        tuple(
                                "koc",
                                "SPARE",
                                "spared: role KOC is protected; no message for 30 days (≥ 7);"
                                        + " 0 messages in 30 days (< 3)"),
                        tuple(
                                "core",
                                "SPARE",
                                "spared: core layer is protected; no message for 8 days (≥ 7);"
                                        + " 1 messages in 30 days (< 3)"),
                        tuple("newcomer", "SPARE", "spared: joined 5 days ago (< 7); 0 messages in 30 days (< 3)"));
        assertThat(evaluation.decisions())
                .filteredOn(d -> d.outcome().equals("WARN_MEMBER"))
                .allSatisfy(d -> assertThat(d.text()).contains("3天后被移出本群"));
    }
}
