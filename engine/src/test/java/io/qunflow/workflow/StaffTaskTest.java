package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Staff task" template: a user task with an assignee, a due date and a reminder, listed to the
 * people it concerns; marking it done moves the workflow on.
 */
@ApiTest
class StaffTaskTest extends ProcessTestFixture {

    private static final String TEMPLATE = "io.qunflow.StaffTask";

    /** Races per test: the window is narrow, a few rounds each run catch a regression over runs. */
    private static final int RACES = 5;

    @Autowired
    StaffTasks staffTasks;

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aTaskForAQunflowUser_isListedToThem_dueOnTime_andDoneMovesTheWorkflowOn() {
        String groupId = groups.open("CONTENT", "员工任务群");
        ProcessInstance workflow = start(
                Map.of("camunda:assignee", "designer", "camunda:dueDate", "P1D", "instructions", "整理本周精华帖 📌"),
                groupId);
        assertThat(workflow).isWaitingAt("Task").task().isAssignedTo("designer");

        ApiClient designer = ApiClient.asUser(port, "designer", "qunflow");
        JsonNode task = mine(designer, workflow.getId());
        assertThat(task.get("groupId").asText()).isEqualTo(groupId);
        assertThat(task.get("groupName").asText()).isEqualTo("员工任务群");
        assertThat(task.get("instructions").asText()).isEqualTo("整理本周精华帖 📌");
        assertThat(OffsetDateTime.parse(task.get("dueAt").asText()))
                .isCloseTo(OffsetDateTime.now().plusDays(1), within(5, ChronoUnit.MINUTES));
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/tasks")
                        .raw())
                .as("a viewer sees only their own tasks")
                .doesNotContain(task.get("id").asText());
        Reply notTheirs = ApiClient.asUser(port, "compliance", "qunflow")
                .post("/api/v1/tasks/" + task.get("id").asText() + "/complete", "{\"note\":\"不是我的\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(workflow).isWaitingAt("Task");

        Reply done = designer.post("/api/v1/tasks/" + task.get("id").asText() + "/complete", "{\"note\":\"已整理 ✅\"}");

        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(workflow).hasPassed("Task").isWaitingAt("Wait");
        assertThat(workflow)
                .variables()
                .containsEntry("staffTaskNote", "已整理 ✅")
                .containsEntry("staffTaskDoneBy", "designer");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/audit?subjectType=STAFF_TASK&subject=" + groupId)
                        .raw())
                .contains("已整理 ✅");
    }

    /**
     * Each round races two completions of one task, as two nodes on one database receive them. The
     * loser was once a 500: it had listed the task just before the winner ended it, then read the
     * inputs of an execution, or completed a task, that no longer existed.
     */
    @Test
    void aTaskCompletedOnTwoNodesAtOnce_isDoneOnce_andTheOtherFindsItDone() throws Exception {
        String key = deployForDesigner();
        for (int round = 0; round < RACES; round++) {
            race(key, groups.open("CONTENT", "两个节点的任务群"), "两个节点的任务群", round);
        }
    }

    /** Without a group's row to take turns on, Camunda's own check decides, and the loser still finds it done. */
    @Test
    void aTaskOfAWorkflowWithoutAGroup_completedOnTwoNodesAtOnce_isDoneOnce_andTheOtherFindsItDone() throws Exception {
        String key = deployForDesigner();
        for (int round = 0; round < RACES; round++) {
            race(key, "no-group-" + UUID.randomUUID(), null, round);
        }
    }

    private String deployForDesigner() {
        String key = key();
        Reply deployed = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagramThenWait(
                        TEMPLATE, key, Map.of("camunda:assignee", "designer", "instructions", "两个节点")));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        return key;
    }

    /** @param groupName the name the task list gives the group, null for a workflow without one */
    private void race(String key, String businessKey, String groupName, int round) throws Exception {
        ApiClient designer = ApiClient.asUser(port, "designer", "qunflow");
        ProcessInstance workflow = runtime.startProcessInstanceByKey(key, businessKey);
        JsonNode task = mine(designer, workflow.getId());
        assertThat(task.get("groupName").isNull() ? null : task.get("groupName").asText())
                .isEqualTo(groupName);
        String taskId = task.get("id").asText();
        String path = "/api/v1/tasks/" + taskId + "/complete";

        List<Reply> done = AtOnce.send(
                () -> designer.post(path, "{\"note\":\"节点甲\"}"), () -> designer.post(path, "{\"note\":\"节点乙\"}"));

        assertThat(done)
                .extracting(Reply::status)
                .as("round %d: the second finds no open task, as it would a moment later: %s", round, done)
                .containsExactlyInAnyOrder(200, 404);
        Reply refused = done.get(0).status() == 404 ? done.get(0) : done.get(1);
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("人工任务 " + taskId + " 不存在");
        assertThat(workflow).hasPassed("Task").isWaitingAt("Wait");
        assertThat(runtime.getVariable(workflow.getId(), "staffTaskNote"))
                .as("the note kept is the one whose request answered 200")
                .isEqualTo(done.get(0).status() == 200 ? "节点甲" : "节点乙");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/audit?subjectType=STAFF_TASK&subject=" + businessKey)
                        .body()
                        .findValuesAsText("change"))
                .containsExactly("DONE");
    }

    @Test
    void aTaskForTheGroupsOwner_goesToTheOperators_andIsRemindedOnceItsTimeHasPassed() {
        String groupId = groups.open("TRAFFIC", "群主任务群");
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.now().minusHours(5).toInstant()));
        ProcessInstance workflow = start(Map.of("reminderAfter", "PT4H"), groupId);
        ClockUtil.reset();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        JsonNode task = mine(operator, workflow.getId());
        assertThat(task.get("assignee").asText()).isEqualTo("GROUP_OWNER");
        assertThat(task.get("remindedAt").isNull()).isTrue();

        staffTasks.remindDue();
        staffTasks.remindDue();

        JsonNode reminded = mine(operator, workflow.getId());
        assertThat(OffsetDateTime.parse(reminded.get("remindedAt").asText()))
                .isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
        assertThat(Duration.between(
                        OffsetDateTime.parse(reminded.get("createdAt").asText()),
                        OffsetDateTime.parse(reminded.get("remindAt").asText())))
                .isEqualTo(Duration.ofHours(4));
        assertThat(operator.post("/api/v1/tasks/" + task.get("id").asText() + "/complete", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(workflow).hasPassed("Task").isWaitingAt("Wait");
    }

    @Test
    void deploy_refusesAnAssigneeWhoIsNobody_andADueDateThatIsNotATime() {
        Reply nobody = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key(), Map.of("camunda:assignee", "no-such-user")));
        Reply badDue = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key(), Map.of("camunda:dueDate", "明天", "reminderAfter", "PT0S")));

        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body().get("errors").findValuesAsText("attribute")).containsExactly("camunda:assignee");
        assertThat(badDue.status()).isEqualTo(400);
        assertThat(badDue.body().get("errors").findValuesAsText("attribute"))
                .containsExactlyInAnyOrder("camunda:dueDate", "reminderAfter");
    }

    /** The task the person sees for the workflow, from their task list. */
    private static JsonNode mine(ApiClient person, String processInstanceId) {
        Reply listed = person.get("/api/v1/tasks");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        for (JsonNode task : listed.body()) {
            if (task.get("processInstanceId").asText().equals(processInstanceId)) {
                return task;
            }
        }
        throw new AssertionError("No task of " + processInstanceId + " in " + listed.raw());
    }

    private ProcessInstance start(Map<String, String> typed, String groupId) {
        String key = key();
        Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagramThenWait(TEMPLATE, key, typed));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        return runtime.startProcessInstanceByKey(key, groupId);
    }

    private static String key() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
