package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The "Post SOP content" template as the modeler makes it: the group's own content, within the daily cap. */
@ApiTest
class PostSopContentTaskTest extends ProcessTestFixture {

    private static final String TEMPLATE = "io.qunflow.SendSopContent";

    @Test
    void fromTheCalendar_postsTheGroupsOwnEntriesInTurn_leastRecentlyPostedFirst() {
        String groupId = groups.open("CONTENT", "日历话题群");
        Reply added =
                ApiClient.asUser(port, "operator", "qunflow").post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[
                  {"cadence":"DAILY","time":"09:00","purpose":"TOPIC","contentKind":"TEXT","text":"话题一：你的早餐吃什么？"},
                  {"cadence":"DAILY","time":"21:00","purpose":"TOPIC","contentKind":"TEXT","text":"话题二：今天最开心的一件事"},
                  {"cadence":"DAILY","time":"12:00","purpose":"CONTENT","contentKind":"TEXT","text":"午间干货"}]}""");
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        String key = deploy(Map.of("source", "CALENDAR", "purpose", "TOPIC", "template", ""));

        List<ProcessInstance> steps = List.of(start(key, groupId), start(key, groupId), start(key, groupId));

        for (ProcessInstance step : steps) {
            assertThat(step).hasPassed("Task").isWaitingAt("Wait");
            assertThat(step).variables().containsEntry("contentPosted", true);
        }
        assertThat(TestGroups.workflowMessages(jdbc, groupId))
                .endsWith("话题一：你的早餐吃什么？", "话题二：今天最开心的一件事", "话题一：你的早餐吃什么？");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/groups/" + groupId + "/sop/posts")
                        .body()
                        .get("items")
                        .findValuesAsText("text"))
                .as("recorded with the calendar's posts, so metrics measure them")
                .contains("话题一：你的早餐吃什么？", "话题二：今天最开心的一件事");
    }

    @Test
    void fromTheCalendar_withNoneOfThatPurpose_fallsBackOnTheNamedTemplate() {
        String groupId = groups.open("CONTENT", "没有日历的群");
        String calendarFirst = deploy(Map.of("source", "CALENDAR", "purpose", "TOPIC", "template", "content"));
        String fromTemplate = deploy(Map.of("source", "TEMPLATE", "purpose", "NOTICE", "template", "checkin"));

        assertThat(start(calendarFirst, groupId)).hasPassed("Task").isWaitingAt("Wait");
        assertThat(start(fromTemplate, groupId)).hasPassed("Task").isWaitingAt("Wait");

        assertThat(TestGroups.workflowMessages(jdbc, groupId))
                .endsWith(
                        "💬 本周话题：你最近入手的宝贝是什么？用下来感觉怎么样？",
                        "☀️ 新的一天，记得完成今日打卡！每日打卡得 5 积分，连续打卡 3 天再得 20 积分，连续打卡 7 天再得 50 积分");
    }

    @Test
    void pastTheDailyCap_postsNothing_andSaysSoToTheGateways() {
        String groupId = groups.open("TRAFFIC", "发满上限的群");
        String key = deploy(Map.of("source", "TEMPLATE", "purpose", "ACTIVITY", "template", "traffic"));

        // The positioning the lifecycle posted when the group opened is the first of the day's five.
        for (int i = 0; i < 4; i++) {
            assertThat(start(key, groupId)).variables().containsEntry("contentPosted", true);
        }
        ProcessInstance capped = start(key, groupId);

        assertThat(capped).hasPassed("Task").isWaitingAt("Wait");
        assertThat(capped).variables().containsEntry("contentPosted", false);
        assertThat(TestGroups.workflowMessages(jdbc, groupId)).hasSize(5);
    }

    @Test
    void deploy_refusesAnUnknownTemplateAndPurpose_onTheirInputs() {
        Reply unknownTemplate = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(
                        TEMPLATE, key(), Map.of("source", "TEMPLATE", "purpose", "TOPIC", "template", "no-such")));
        Reply unknownPurpose = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key(), Map.of("source", "CALENDAR", "purpose", "COUPON")));

        assertThat(unknownTemplate.status()).isEqualTo(400);
        assertThat(unknownTemplate.body().get("errors").findValuesAsText("attribute"))
                .containsExactly("template");
        assertThat(unknownTemplate.body().at("/errors/0/message").asText()).contains("checkin", "traffic");
        assertThat(unknownPurpose.status()).isEqualTo(400);
        assertThat(unknownPurpose.body().get("errors").findValuesAsText("attribute"))
                .containsExactly("purpose");
    }

    private ProcessInstance start(String key, String groupId) {
        return runtime.startProcessInstanceByKey(key, groupId);
    }

    private String deploy(Map<String, String> typed) {
        String key = key();
        Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagramThenWait(TEMPLATE, key, typed));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        return key;
    }

    private static String key() {
        return "post-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
