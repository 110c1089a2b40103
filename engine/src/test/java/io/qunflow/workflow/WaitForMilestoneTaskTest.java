package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Wait for a milestone or an event" template: each kind waits until the group gets there. */
@ApiTest
class WaitForMilestoneTaskTest extends ProcessTestFixture {

    private static final String TEMPLATE = "io.qunflow.WaitForMilestone";

    @Autowired
    MilestoneWatcher watcher;

    @Test
    void activityRate_waitsUntilThatShareOfMembersHasSpokenThisWeek() {
        String groupId = groups.open("CONTENT", "活跃率群");
        for (String member : new String[] {"amy", "bob", "cai", "dan"}) {
            groups.join(groupId, member, now.minusDays(20));
        }
        ProcessInstance waiting = start(Map.of("milestone", "ACTIVITY_RATE", "activityRate", "0.5"), groupId);

        say(groupId, "amy");
        watcher.signalReachedMilestones();
        assertThat(waiting).as("one member of four is 25%").isWaitingAt("Task");

        say(groupId, "bob");
        watcher.signalReachedMilestones();
        assertThat(waiting).hasPassed("Task").isEnded();
    }

    @Test
    void gmv_countsTheOrdersPaidSinceTheStepBegan() {
        String groupId = groups.open("FLASH", "成交额群");
        groups.join(groupId, "amy", now.minusHours(1));
        pay(groupId, "amy", 90_000);
        ProcessInstance waiting = start(Map.of("milestone", "GMV", "gmvCents", "100000"), groupId);

        pay(groupId, "amy", 60_000);
        watcher.signalReachedMilestones();
        assertThat(waiting).as("the order before the step does not count").isWaitingAt("Task");

        pay(groupId, "amy", 40_000);
        watcher.signalReachedMilestones();
        assertThat(waiting).hasPassed("Task").isEnded();
    }

    @Test
    void event_waitsForTheNextEventOfThatType_notAnyEvent() {
        String groupId = groups.open("CHECKIN", "等打卡的群");
        groups.join(groupId, "amy", now.minusHours(1));
        ProcessInstance waiting = start(Map.of("milestone", "EVENT", "eventType", "CHECKED_IN"), groupId);

        say(groupId, "amy");
        watcher.signalReachedMilestones();
        assertThat(waiting).isWaitingAt("Task");

        groups.event(groupId, "CHECKED_IN", "amy", now, "{}");
        watcher.signalReachedMilestones();
        assertThat(waiting).hasPassed("Task").isEnded();
    }

    @Test
    void memberCount_alreadyReached_passesAtOnce() {
        String groupId = groups.open("TRAFFIC", "已满员的群");
        groups.join(groupId, "amy", now.minusHours(1));

        assertThat(start(Map.of("milestone", "MEMBER_COUNT", "memberCount", "1"), groupId))
                .hasPassed("Task")
                .isEnded();
    }

    @Test
    void deploy_refusesAnUnknownEventTypeAndAShareAboveOne_onTheirInputs() {
        Reply badEvent = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key(), Map.of("milestone", "EVENT", "eventType", "COUPON_USED")));
        Reply badShare = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key(), Map.of("milestone", "ACTIVITY_RATE", "activityRate", "30")));

        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.body().get("errors").findValuesAsText("attribute")).containsExactly("eventType");
        assertThat(badShare.status()).isEqualTo(400);
        assertThat(badShare.body().get("errors").findValuesAsText("attribute")).containsExactly("activityRate");
        assertThat(badShare.body().at("/errors/0/messageZh").asText()).contains("比例");
    }

    private void say(String groupId, String memberId) {
        groups.event(groupId, "MESSAGE_POSTED", memberId, now, "{\"text\":\"大家好\"}");
    }

    private void pay(String groupId, String memberId, long cents) {
        groups.event(
                groupId,
                "ORDER_PAID",
                memberId,
                now,
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"amountCents\":" + cents + "}");
    }

    private ProcessInstance start(Map<String, String> typed, String groupId) {
        String key = key();
        Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagram(TEMPLATE, key, typed));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        return runtime.startProcessInstanceByKey(key, groupId);
    }

    private static String key() {
        return "wait-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
