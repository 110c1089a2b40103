package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The traffic group's lifecycle (流量群), shipped in {@code workflows/group-lifecycle-traffic.bpmn}:
 * daily offers, the core layer thanked by the rewards rules and handed on by the owner, pruning.
 */
@ApiTest
class TrafficLifecycleTest extends LifecycleProcessFixture {

    private static final String LOYALTY = "A core member in a rewarded population earns loyalty points";

    @Test
    void aTrafficGroup_postsDailyOffers_thenThanksAndHandsOnItsCore_thenPrunes() {
        String groupId = groups.open("TRAFFIC", "福利秒杀群");
        JsonNode welcome = groups.event(groupId, "MEMBER_JOINED", "vip", now.minusDays(30), "{}");
        groups.join(groupId, "quiet", now.minusDays(40));
        groups.lockLayer(groupId, "vip", "core");
        ProcessInstance lifecycle = lifecycle(groupId, "group-lifecycle-traffic");

        // Launch: the positioning; a new member is welcomed with points by the rules.
        assertThat(lifecycle).hasPassed("Task_AnnouncePositioning").isWaitingAt("Timer_LaunchPeriod");
        assertThat(groups.phase(groupId)).isEqualTo("LAUNCH");
        assertThat(TestGroups.rules(welcome)).contains("A new member gets welcome points");

        // Promotion: the template's offers, one a day, in turn.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterPromotion", "Task_PostDailyOffer")
                .isWaitingAt("Timer_NextOffer");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassed("Task_MeasurePromotion", "Gateway_PromotionDone")
                .isWaitingAt("Timer_NextOffer");
        assertThat(TestGroups.workflowMessages(jdbc, groupId))
                .endsWith(
                        "🔥 今日上新：群内专享价已开抢，点开小程序下单\nhttps://example.com/mp/today",
                        "⏰ 今晚 8 点限时秒杀，数量有限，先到先得\nhttps://example.com/mp/flash");

        // A week of offers: the rewards rules thank the core layer, and the owner gets a task.
        TestGroups.inPhaseFor(jdbc, groupId, 8);
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Gateway_PromotionDone", "Task_RewardCoreMembers")
                .isWaitingAt("Task_InviteCoreMembers");
        assertThat(jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND type = 'GRANT_POINTS'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("vip");
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .get("/api/v1/groups/" + groupId + "/members/vip/points")
                        .body()
                        .get("entries")
                        .findValuesAsText("rule"))
                .contains(LOYALTY);
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        JsonNode task = null;
        for (JsonNode open : operator.get("/api/v1/tasks").body()) {
            if (groupId.equals(open.get("groupId").asText())) {
                task = open;
            }
        }
        assertThat(task).as("the owner's task is in the operators' list").isNotNull();
        assertThat(task.get("name").asText()).isEqualTo("邀请核心成员进内容群");
        assertThat(task.get("assignee").asText()).isEqualTo("GROUP_OWNER");

        // Done: pruning warns the silent member, and promotion starts again.
        assertThat(operator.post("/api/v1/tasks/" + task.get("id").asText() + "/complete", "{\"note\":\"已邀请 3 人\"}")
                        .status())
                .isEqualTo(200);
        assertThat(lifecycle)
                .hasPassedInOrder("Task_InviteCoreMembers", "Task_EnterPruning", "Task_RunPruningRules")
                .isWaitingAt("Timer_NextOffer");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
        assertThat(jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND type = 'WARN_MEMBER'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .as("the core member is spared")
                .containsExactly("quiet");
    }
}
