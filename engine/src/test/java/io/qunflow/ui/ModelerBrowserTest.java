package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import io.qunflow.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModelerBrowserTest extends BrowserTest {

    @Autowired
    RuntimeService runtime;

    private static final String TIMER = "[data-element-id=\"Timer_LaunchPeriod\"]";

    @AfterEach
    void restoreTheShippedLifecycle() {
        // Other tests start groups on the latest lifecycle: give them the shipped one back.
        repository
                .createDeployment()
                .name("group-lifecycle")
                .addClasspathResource("workflows/group-lifecycle.bpmn")
                .deploy();
    }

    @Test
    void modeler_designerChangesATimerAndDeploys_aNewVersionIsListed() throws IOException {
        logIn("designer");
        openTheShippedLifecycle();
        int versions = page.locator("#wf-versions tr").count();
        int latest = latest().getVersion();

        setLaunchTimer("P2D");
        page.fill("#wf-comment", "启动期缩短为两天🚀");
        page.click("#wf-deploy");

        page.waitForSelector("#wf-status.success");
        assertThat(page.textContent("#wf-status")).isEqualTo("已部署：group-lifecycle 版本 " + (latest + 1));
        assertThat(page.locator("#wf-versions tr").count()).isEqualTo(versions + 1);
        assertThat(page.textContent("#wf-versions tr[data-version=\"" + (latest + 1) + "\"] .wf-version-comment"))
                .isEqualTo("启动期缩短为两天🚀");
        assertThat(page.inputValue("#wf-comment")).isEmpty();
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/audit?subjectType=workflow&subject=group-lifecycle")
                        .body()
                        .get(0)
                        .get("comment")
                        .asText())
                .isEqualTo("启动期缩短为两天🚀");
        assertThat(latest().getVersion()).isEqualTo(latest + 1);
        try (InputStream xml = repository.getProcessModel(latest().getId())) {
            assertThat(new String(xml.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(">P2D<")
                    .doesNotContain("${launchPeriod}");
        }
    }

    @Test
    void modeler_aVersionDeployedWithoutAComment_saysSoInThePagesLanguage() {
        logIn("designer");
        openTheShippedLifecycle();
        int latest = latest().getVersion();

        setLaunchTimer("P3D");
        page.click("#wf-deploy");

        page.waitForSelector("#wf-status.success");
        assertThat(page.textContent("#wf-versions tr[data-version=\"" + (latest + 1) + "\"] .wf-version-comment"))
                .isEqualTo("部署时未填写说明");
    }

    @Test
    void modeler_designerOpensAFileWhileAnotherWorkflowIsOpen_itIsNamedByItsOwnProcess() {
        String key = "from-file-" + UUID.randomUUID().toString().substring(0, 8);
        logIn("designer");
        openTheShippedLifecycle();

        page.setInputFiles(
                "#wf-file",
                new FilePayload(
                        "我的流程.bpmn", "application/xml", waiting(key, "文件里的计时器").getBytes(StandardCharsets.UTF_8)));

        page.waitForSelector("#wf-open[data-key=\"" + key + "\"]");
        assertThat(page.textContent("#wf-open")).isEqualTo(key + " *");
        assertThat(page.locator("[data-element-id=\"Timer_Wait\"]").count()).isEqualTo(1);
        assertThat(page.locator(TIMER).count()).isZero();
    }

    @Test
    void modeler_designerSeesThePlanThenMovesRunningGroupsToTheOpenVersion() {
        String key = "move-" + UUID.randomUUID().toString().substring(0, 8);
        repository
                .createDeployment()
                .addString(key + ".bpmn", waiting(key, "等待一天"))
                .deploy();
        runtime.startProcessInstanceByKey(key, key + "-group-a");
        runtime.startProcessInstanceByKey(key, key + "-group-b");
        repository
                .createDeployment()
                .addString(key + ".bpmn", waiting(key, "等待一天（新版）"))
                .deploy();

        logIn("designer");
        page.navigate(url("/#/workflows"));
        page.click("#wf-definitions a[data-key=\"" + key + "\"]");
        // The shipped lifecycle may offer a migration of its own while it is still the one open.
        page.waitForSelector("#wf-open[data-key=\"" + key + "\"]");
        page.waitForSelector("#wf-migration-plan");
        assertThat(page.textContent("#wf-migration")).contains("v2");
        page.click("#wf-migration-plan");
        page.waitForSelector("#wf-migration-table tbody tr");
        assertThat(page.locator("#wf-migration-table tbody tr").count()).isEqualTo(2);
        assertThat(page.textContent("#wf-migration-table")).contains("可以迁移").contains("v1");
        assertThat(versionOf(key + "-group-a")).as("a plan moves nothing").isEqualTo(1);

        page.uncheck("#wf-migration-table input[value=\"" + key + "-group-b\"]");
        page.click("#wf-migrate");

        page.waitForSelector("#wf-status.success");
        assertThat(page.textContent("#wf-status")).isEqualTo("已迁移 1 个社群到 v2。");
        assertThat(versionOf(key + "-group-a")).isEqualTo(2);
        assertThat(versionOf(key + "-group-b")).isEqualTo(1);
    }

    private int versionOf(String businessKey) {
        String definition = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definition).getVersion();
    }

    private static String waiting(String key, String timerName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://qunflow.io/test">
                  <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Opened"><bpmn:outgoing>Flow_ToWait</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:intermediateCatchEvent id="Timer_Wait" name="%2$s">
                      <bpmn:incoming>Flow_ToWait</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="TimerDefinition_Wait"><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToWait" sourceRef="StartEvent_Opened" targetRef="Timer_Wait" />
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Timer_Wait" targetRef="EndEvent_Done" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_%1$s"><bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                    <bpmndi:BPMNShape id="StartEvent_Opened_di" bpmnElement="StartEvent_Opened"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="Timer_Wait_di" bpmnElement="Timer_Wait"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="EndEvent_Done_di" bpmnElement="EndEvent_Done"><dc:Bounds x="300" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key, timerName);
    }

    @Test
    void modeler_timerThatIsNotADuration_isRefusedAndTheErrorSitsOnTheTimer() {
        logIn("designer");
        openTheShippedLifecycle();
        int versions = page.locator("#wf-versions tr").count();
        int latest = latest().getVersion();

        setLaunchTimer("两天");
        page.click("#wf-deploy");

        page.waitForSelector(".qf-error-badge[data-element=\"Timer_LaunchPeriod\"]");
        assertThat(page.locator(TIMER + ".qf-error").count()).isEqualTo(1);
        assertThat(page.textContent("#wf-status")).startsWith("服务器拒绝了此流程");
        assertThat(page.textContent("#wf-problems"))
                .contains("Timer_LaunchPeriod")
                .contains("两天");
        assertThat(page.locator("#wf-versions tr").count()).isEqualTo(versions);
        assertThat(latest().getVersion()).isEqualTo(latest);
    }

    @Test
    void modeler_aTimerThatWouldRunCode_isRefusedOnTheTimer_inTheDesignersLanguage() {
        logIn("designer");
        openTheShippedLifecycle();
        int latest = latest().getVersion();

        setLaunchTimer("${''.getClass().forName('java.lang.Runtime')}");
        page.click("#wf-deploy");

        page.waitForSelector(".qf-error-badge[data-element=\"Timer_LaunchPeriod\"]");
        assertThat(page.locator(TIMER + ".qf-error").count()).isEqualTo(1);
        assertThat(page.textContent("#wf-problems"))
                .contains("Timer_LaunchPeriod")
                .contains("timeDuration")
                .contains("调用了方法");
        assertThat(latest().getVersion()).isEqualTo(latest);
    }

    @Test
    void modeler_aDisconnectedTask_isStoppedByTheLintBeforeReachingTheServer() {
        logIn("designer");
        openTheShippedLifecycle();
        int latest = latest().getVersion();

        page.evaluate("""
                () => {
                  const modeler = window.qunflow.modeler;
                  const root = modeler.get('canvas').getRootElement();
                  const task = modeler.get('elementFactory').createShape({ type: 'bpmn:Task' });
                  modeler.get('modeling').createShape(task, { x: 300, y: 700 }, root);
                }""");
        page.click("#wf-deploy");

        page.waitForSelector("#wf-status.error");
        assertThat(page.textContent("#wf-status")).contains("部署前检查");
        assertThat(page.textContent("#wf-problems")).contains("no-disconnected");
        assertThat(latest().getVersion()).isEqualTo(latest);
    }

    @Test
    void modeler_speaksChineseFirst_andEnglishAfterTheSwitch() {
        logIn("designer");
        openTheShippedLifecycle();
        page.click(TIMER);
        page.waitForSelector("[data-group-id=\"group-timer\"]");

        assertThat(page.getAttribute(".djs-palette [data-action=\"create.start-event\"]", "aria-label"))
                .isEqualTo("创建开始事件");
        assertThat(page.textContent("[data-group-id=\"group-general\"] .bio-properties-panel-group-header-title"))
                .isEqualTo("常规");
        assertThat(page.textContent("[data-group-id=\"group-timer\"] .bio-properties-panel-group-header-title"))
                .isEqualTo("定时器");
        assertThat(page.getAttribute("#wf-comment", "placeholder")).isEqualTo("部署说明（记入审计日志）");

        page.click("#lang");

        page.waitForSelector(TIMER);
        page.click(TIMER);
        page.waitForSelector("[data-group-id=\"group-timer\"]");
        assertThat(page.getAttribute(".djs-palette [data-action=\"create.start-event\"]", "aria-label"))
                .isEqualTo("Create start event");
        assertThat(page.textContent("[data-group-id=\"group-general\"] .bio-properties-panel-group-header-title"))
                .isEqualTo("General");
        assertThat(page.textContent("#wf-deploy")).isEqualTo("Check and deploy");
    }

    /**
     * Opens the modeler and waits until the lifecycle it opens first is drawn with its versions
     * listed beside it: the diagram alone appears before them.
     */
    private void openTheShippedLifecycle() {
        page.navigate(url("/#/workflows"));
        page.waitForSelector("#wf-open[data-key=\"group-lifecycle\"]");
    }

    private void setLaunchTimer(String value) {
        page.click(TIMER);
        page.click("[data-group-id=\"group-timer\"] .bio-properties-panel-group-header");
        page.fill("#bio-properties-panel-timerEventDefinitionValue", value);
        page.press("#bio-properties-panel-timerEventDefinitionValue", "Tab");
        page.waitForSelector("#wf-open.dirty");
    }

    private ProcessDefinition latest() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("group-lifecycle")
                .latestVersion()
                .singleResult();
    }
}
