package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.lottery.LotteryService;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The check-in group's lifecycle (打卡群), shipped in {@code workflows/group-lifecycle-checkin.bpmn}:
 * the path it takes through the check-in challenge, the lottery and pruning, and what the rules
 * decide for a check-in in each phase.
 */
@ApiTest
class CheckInLifecycleTest extends LifecycleProcessFixture {

    private static final String WARM_UP_BONUS = "A check-in during warm-up earns warm-up bonus points";
    private static final String DAILY_POINTS = "A check-in earns daily points";

    @Autowired
    LotteryService lotteries;

    @Test
    void aCheckInGroup_goesThroughItsChallengeLotteryAndPruning_andEachPhaseDecidesItsCheckIns() {
        String groupId = groups.open("CHECKIN", "21天早起打卡");
        groups.join(groupId, "amy", now.minusDays(10));
        groups.join(groupId, "quiet", now.minusDays(40));
        for (int day = 1; day <= 3; day++) {
            groups.event(groupId, "MESSAGE_POSTED", "amy", now.minusDays(day), "{\"text\":\"今天也早起了\"}");
        }
        ProcessInstance lifecycle = lifecycle(groupId, "group-lifecycle-checkin");

        // Launch: the positioning, then the launch period; a check-in earns its daily points only.
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterLaunch", "Task_AnnouncePositioning")
                .isWaitingAt("Timer_LaunchPeriod");
        assertThat(groups.phase(groupId)).isEqualTo("LAUNCH");
        assertThat(TestGroups.rules(checkIn(groupId, 4))).contains(DAILY_POINTS).doesNotContain(WARM_UP_BONUS);

        // Warm-up, the challenge: the template's reminder, and check-ins earn the warm-up bonus.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterWarmUp", "Task_PostCheckInReminder")
                .isWaitingAt("Timer_NextReminder");
        assertThat(groups.phase(groupId)).isEqualTo("WARM_UP");
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).last().asString().startsWith("☀️ 新的一天，记得完成今日打卡");
        JsonNode warmUpCheckIn = checkIn(groupId, 3);
        assertThat(TestGroups.rules(warmUpCheckIn)).contains(DAILY_POINTS, WARM_UP_BONUS);
        assertThat(warmUpCheckIn.get("actions").findValuesAsText("points")).containsExactlyInAnyOrder("5", "3");

        // Another day of the challenge: the reminder again.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle).hasPassed("Gateway_ChallengeDone").isWaitingAt("Timer_NextReminder");

        // The challenge's days are over: a lottery among those who checked in, and the share topic.
        TestGroups.inPhaseFor(jdbc, groupId, 20);
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder(
                        "Gateway_ChallengeDone", "Task_EnterPromotion", "Task_StartLottery", "Task_PostChallengeShare")
                .isWaitingAt("Timer_PromotionPeriod");
        assertThat(groups.phase(groupId)).isEqualTo("PROMOTION");
        assertThat(TestGroups.workflowMessages(jdbc, groupId))
                .anySatisfy(text -> assertThat(text).contains("打卡挑战抽奖", "近 7 天打卡满 1 天的成员自动参与"));
        assertThat(TestGroups.rules(checkIn(groupId, 2))).contains(DAILY_POINTS).doesNotContain(WARM_UP_BONUS);
        String lotteryId = jdbc.sql("SELECT id FROM qf_lottery WHERE group_id = ?")
                .param(groupId)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE qf_lottery SET closes_at = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), lotteryId)
                .update();
        lotteries.drawClosed();
        JsonNode lottery = ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/groups/" + groupId + "/lotteries/" + lotteryId)
                .body()
                .get("lottery");
        assertThat(lottery.get("entrants").toString())
                .as("only members who checked in")
                .isEqualTo("[\"amy\"]");
        assertThat(lottery.get("winners").findValuesAsText("memberId")).containsExactly("amy");

        // Pruning warns the member who never spoke, then the next challenge begins.
        TestGroups.fireTimer(management, lifecycle.getId());
        assertThat(lifecycle)
                .hasPassedInOrder("Task_EnterPruning", "Task_RunPruningRules", "Task_EnterWarmUp")
                .isWaitingAt("Timer_NextReminder");
        assertThat(groups.phase(groupId)).isEqualTo("WARM_UP");
        assertThat(jdbc.sql("SELECT member_id FROM qf_action WHERE group_id = ? AND type = 'WARN_MEMBER'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("quiet");
    }

    /** Amy checks in on a day of her own, so each check-in is her first that day. */
    private JsonNode checkIn(String groupId, int daysAgo) {
        return groups.event(groupId, "CHECKED_IN", "amy", now.minusDays(daysAgo), "{}");
    }
}
