package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qunflow.rules.model.MemberActivity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayeringRulesTest {

    private static final CompiledRuleSet LAYERING = ShippedRules.compile("layering");

    private static MemberActivity member(
            String id,
            String layer,
            int messages30d,
            int reactionsReceived30d,
            int shares30d,
            int questions30d,
            long daysSinceLastActive,
            long demotionPendingDays) {
        return new MemberActivity(
                "g",
                id,
                "MEMBER",
                layer,
                false,
                0,
                messages30d,
                messages30d,
                shares30d,
                questions30d,
                0,
                reactionsReceived30d,
                0,
                0,
                0,
                daysSinceLastActive,
                60,
                demotionPendingDays);
    }

    @Test
    void everyMemberGetsExactlyOneLayer_andAPersonaWhenOneFits() {
        Evaluation evaluation = LAYERING.evaluate(
                List.of(
                        member("leader", "active", 40, 25, 0, 0, 0, -1),
                        member("keptCore", "core", 28, 19, 0, 0, 0, -1),
                        member("graceCore", "core", 12, 5, 0, 0, 0, 2),
                        member("demotedCore", "core", 12, 5, 0, 0, 0, 7),
                        member("sharer", "silent", 4, 0, 3, 0, 1, -1),
                        member("seeker", "", 3, 0, 0, 3, 1, -1),
                        member("lurker", "silent", 1, 0, 0, 0, 10, -1),
                        member("gone", "silent", 0, 0, 0, 0, 45, -1)),
                ShippedRules.parameters("layering"));

        assertThat(evaluation.decisions())
                .filteredOn(d -> d.outcome().startsWith("LAYER_"))
                .extracting(Decision::memberId, Decision::outcome)
                .containsExactlyInAnyOrder(
                        tuple("leader", "LAYER_CORE"),
                        tuple("keptCore", "LAYER_CORE"),
                        tuple("graceCore", "LAYER_CORE"),
                        tuple("demotedCore", "LAYER_ACTIVE"),
                        tuple("sharer", "LAYER_SILENT"),
                        tuple("seeker", "LAYER_SILENT"),
                        tuple("lurker", "LAYER_SILENT"),
                        tuple("gone", "LAYER_CHURNED"));
        assertThat(evaluation.decisions())
                .filteredOn(d -> d.outcome().startsWith("PERSONA_"))
                .extracting(Decision::memberId, Decision::outcome)
                .containsExactlyInAnyOrder(
                        tuple("leader", "PERSONA_OPINION_LEADER"),
                        tuple("keptCore", "PERSONA_OPINION_LEADER"),
                        tuple("sharer", "PERSONA_SHARER"),
                        tuple("seeker", "PERSONA_SEEKER"),
                        tuple("lurker", "PERSONA_LURKER"),
                        tuple("gone", "PERSONA_LURKER"));
        assertThat(evaluation.decisions())
                .filteredOn(d -> d.memberId().equals("keptCore") && d.outcome().startsWith("LAYER"))
                .extracting(Decision::reason)
                .containsExactly(
                        "core (kept): 28 messages in 30 days ≥ 27 (90% of 30); 19 reactions received ≥ 18 (90% of 20)");
        assertThat(evaluation.decisions())
                .filteredOn(d -> d.memberId().equals("graceCore"))
                .extracting(Decision::outcome)
                .containsExactly("LAYER_CORE", "DEMOTION_PENDING");
        assertThat(evaluation.decisions())
                .filteredOn(d -> d.memberId().equals("demotedCore"))
                .extracting(Decision::reason)
                .containsExactly("active: 12 messages in 30 days ≥ 10; not core: 12 messages in 30 days < 30,"
                        + " 5 reactions received < 20");
    }
}
