package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flash-sale group's lifecycle (快闪群), shipped in {@code workflows/group-lifecycle-flash.bpmn}:
 * one sale, a red envelope when it reaches its target, then after-sale (a phase of its own) with a
 * task for the owner and weekly pruning.
 */
@ApiTest
class FlashLifecycleTest extends LifecycleProcessFixture {

    @Autowired
    MilestoneWatcher watcher;

    @Test
    void aSaleThatReachesItsTarget_thanksTheGroup_thenAfterSaleWaitsForTheOwner() {
        String groupId = groups.open("FLASH", "双十二快闪群");
        groups.join(groupId, "amy", now.minusHours(3));
        ProcessInstance lifecycle = lifecycle(groupId);

        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterFlashSale", "Task_AnnounceFlashSale")
                .isWaitingAt("Task_WaitForSalesTarget");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).last().asString().startsWith("⚡ 快闪秒杀开始！");
        JsonNode checkIn = groups.event(groupId, "CHECKED_IN", "amy", now, "{}");
        assertThat(TestGroups.rules(checkIn))
                .as("no warm-up bonus outside warm-up")
                .doesNotContain("A check-in during warm-up earns warm-up bonus points");

        pay(groupId, 60_000);
        watcher.signalReachedMilestones();
        assertThat(lifecycle).isWaitingAt("Task_WaitForSalesTarget");
        pay(groupId, 40_000);
        watcher.signalReachedMilestones();

        assertThat(lifecycle)
                .hasPassedInOrder(
                        "Task_WaitForSalesTarget", "Task_ThankBuyers", "Task_EnterAfterSale", "Task_PostShippingNotice")
                .isWaitingAt("Task_ShipAndClose");
        assertThat(groups.phase(groupId)).isEqualTo("AFTER_SALE");
        assertThat(jdbc.sql("SELECT amount_cents FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(Long.class)
                        .list())
                .containsExactly(888L);
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).last().asString().startsWith("📦 已下单的朋友");
        JsonNode afterSale = find(
                ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/phases")
                        .body(),
                "AFTER_SALE");
        assertThat(afterSale.get("label").asText()).isEqualTo("售后 After-sale");
        assertThat(afterSale.get("workflowKey").asText()).isEqualTo("group-lifecycle-flash");

        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String task = operator.get("/api/v1/tasks").body().findParents("groupId").stream()
                .filter(t -> t.get("groupId").asText().equals(groupId))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
        assertThat(operator.post("/api/v1/tasks/" + task + "/complete", "{\"note\":\"已发货\"}")
                        .status())
                .isEqualTo(200);
        assertThat(lifecycle).hasPassed("Task_ShipAndClose").isWaitingAt("Timer_AfterSaleWeek");

        operator.post("/api/v1/groups/" + groupId + "/dissolve", "");
        assertThat(lifecycle).hasPassed("Task_ArchiveGroup").isEnded();
        assertThat(groups.phase(groupId)).isEqualTo("ARCHIVED");
    }

    @Test
    void aSaleThatMissesItsTarget_endsOnItsTimer_withoutARedEnvelope() {
        String groupId = groups.open("FLASH", "冷清的快闪群");
        ProcessInstance lifecycle = lifecycle(groupId);
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle).isWaitingAt("Task_WaitForSalesTarget");

        TestGroups.fireTimer(management, lifecycle.getId());

        assertThat(lifecycle)
                .hasPassedInOrder("Timer_SaleEnds", "Task_EnterAfterSale")
                .hasNotPassed("Task_ThankBuyers")
                .isWaitingAt("Task_ShipAndClose");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The flash group's lifecycle, which has announced the sale's positioning and waits out the launch. */
    private ProcessInstance lifecycle(String groupId) {
        ProcessInstance lifecycle = lifecycle(groupId, "group-lifecycle-flash");
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterLaunch", "Task_AnnouncePositioning")
                .isWaitingAt("Timer_LaunchPeriod");
        return lifecycle;
    }

    private void pay(String groupId, long cents) {
        groups.event(
                groupId,
                "ORDER_PAID",
                "amy",
                now,
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"amountCents\":" + cents + "}");
    }

    private static JsonNode find(JsonNode phases, String name) {
        List<JsonNode> found = phases.findParents("name").stream()
                .filter(p -> p.get("name").asText().equals(name))
                .toList();
        assertThat(found).isNotEmpty();
        return found.get(0);
    }
}
