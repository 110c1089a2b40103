package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The content group's lifecycle (内容群), shipped in {@code workflows/group-lifecycle-content.bpmn}:
 * topics from the group's own calendar during warm-up, a recommendation and the core thanked in
 * promotion, and back to promotion after pruning while the group stays active.
 */
@ApiTest
class ContentLifecycleTest extends LifecycleProcessFixture {

    private static final String WARM_UP_BONUS = "A check-in during warm-up earns warm-up bonus points";

    @Test
    void anActiveContentGroup_warmsUpOnItsOwnTopics_thenStaysInPromotion() {
        String groupId = groups.open("CONTENT", "护肤干货群");
        groups.join(groupId, "amy", now.minusDays(10));
        groups.lockLayer(groupId, "amy", "core");
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .post("/api/v1/groups/" + groupId + "/sop/topics", """
                                {"entries":[{"cadence":"WEEKLY","dayOfWeek":"TUESDAY","time":"20:00","text":"本群话题：你的护肤第一步是什么？"}]}""")
                        .status())
                .isEqualTo(201);
        ProcessInstance lifecycle = lifecycle(groupId, "group-lifecycle-content");
        assertThat(lifecycle).isWaitingAt("Timer_LaunchPeriod");

        // Warm-up: the group's own topic, not a fixed text; check-ins earn the warm-up bonus.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterWarmUp", "Task_PostDailyTopic")
                .isWaitingAt("Timer_DailyTopic");
        assertThat(groups.phase(groupId)).isEqualTo("WARM_UP");
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).last().isEqualTo("本群话题：你的护肤第一步是什么？");
        assertThat(TestGroups.rules(groups.event(groupId, "CHECKED_IN", "amy", now.minusDays(1), "{}")))
                .contains(WARM_UP_BONUS);

        // Amy speaks: the whole group is active, so warm-up is over at the next measurement.
        groups.event(groupId, "MESSAGE_POSTED", "amy", now, "{\"text\":\"我先用洁面\"}");
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder(
                        "Task_MeasureWarmUp",
                        "Gateway_WarmUpDone",
                        "Task_EnterPromotion",
                        "Task_PostRecommendation",
                        "Task_RewardCoreMembers")
                .isWaitingAt("Timer_PromotionPeriod");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).last().asString().startsWith("🛍️ 周末好物推荐");
        assertThat(TestGroups.rules(groups.event(groupId, "CHECKED_IN", "amy", now, "{}")))
                .doesNotContain(WARM_UP_BONUS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'GRANT_POINTS'"
                                + " AND member_id = 'amy' AND points = 30 AND event_id IS NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // Pruning, and the group is still active enough to go straight back to promotion.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder(
                        "Task_EnterPruning", "Task_RunPruningRules", "Gateway_NextCycle", "Task_EnterPromotion")
                .isWaitingAt("Timer_PromotionPeriod");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
    }
}
