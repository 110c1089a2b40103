package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A staff task a workflow opened for a group's owner, seen in the task list and the owner inbox, and done there. */
class StaffTaskBrowserTest extends BrowserTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void operator_seesTheOwnersStaffTask_inTheInboxAndTheTaskList_andMarkingItDoneMovesTheWorkflowOn()
            throws Exception {
        String groupId = newGroup("员工任务测试群");
        String key = "staff-ui-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(deploy(key)).isEqualTo(201);
        String instance = runtime.startProcessInstanceByKey(key, groupId).getId();

        logIn("operator");
        page.navigate(url("/#/wecom/tasks"));
        page.waitForSelector("#wc-staff-tasks tr[data-group=\"" + groupId + "\"]");
        assertThat(page.textContent("#wc-staff-tasks tr[data-group=\"" + groupId + "\"]"))
                .contains("整理本周精华帖", "请把群友的好物分享整理成精华帖", "群主");

        page.click(".nav a[data-route=tasks]");
        page.waitForSelector("#view[data-ready=tasks] #tk-table tr[data-group=\"" + groupId + "\"]");
        String row = "#tk-table tr[data-group=\"" + groupId + "\"]";
        assertThat(page.textContent(row + " .tk-group .named-name"))
                .as("the group by its name, its id beside it")
                .isEqualTo("员工任务测试群");
        assertThat(page.textContent(row + " .tk-group .named-id")).isEqualTo(groupId);
        page.fill(row + " .tk-note", "已整理 3 篇 ✅");
        page.click(row + " .tk-done");

        page.waitForSelector("#tk-status.success");
        assertThat(page.textContent("#tk-status")).isEqualTo("已完成：整理本周精华帖");
        assertThat(page.locator(row).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .as("marking it done moved the workflow on to its end")
                .isZero();
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/audit?subjectType=STAFF_TASK&subject=" + groupId)
                        .raw())
                .contains("已整理 3 篇 ✅");
    }

    private int deploy(String key) throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://qunflow.io/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>ToTask</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_CurateEssence" name="整理本周精华帖" camunda:modelerTemplate="io.qunflow.StaffTask"
                        camunda:modelerTemplateVersion="1" camunda:assignee="GROUP_OWNER" camunda:dueDate="P1D">
                      <bpmn:extensionElements><camunda:inputOutput>
                        <camunda:inputParameter name="reminderAfter">PT4H</camunda:inputParameter>
                        <camunda:inputParameter name="instructions">请把群友的好物分享整理成精华帖</camunda:inputParameter>
                      </camunda:inputOutput></bpmn:extensionElements>
                      <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="ToTask" sourceRef="Start" targetRef="Task_CurateEssence" />
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="Task_CurateEssence" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/workflows")))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "designer:qunflow".getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
