package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The modeler part of issue 16's walk-through, in the browser and without Java: a designer opens
 * the content groups' lifecycle, adds an "Enter phase" step for a new phase from the element
 * template, deploys, and sees the phase listed; compliance then gives a parameter a value for that
 * phase in the parameter screen.
 */
class PhaseDesignBrowserTest extends BrowserTest {

    private static final String LIFECYCLE = "group-lifecycle-content";
    private static final String PARAMETER = "rewards.checkin-points";

    @AfterEach
    void restoreTheShippedLifecycleAndParameter() {
        // Other tests open content groups on the latest lifecycle: give them the shipped one back.
        repository
                .createDeployment()
                .name(LIFECYCLE)
                .addClasspathResource("workflows/" + LIFECYCLE + ".bpmn")
                .deploy();
        ApiClient.asUser(port, "compliance", "qunflow")
                .delete("/api/v1/parameters/" + PARAMETER + "/scopes?phase=TRIAL&comment=test%20over");
    }

    @Test
    void aDesignerAddsAPhaseWithTheTemplate_deploys_andComplianceScopesAParameterToIt() {
        logIn("designer");
        page.navigate(url("/#/workflows"));
        page.click("#wf-definitions a[data-key=\"" + LIFECYCLE + "\"]");
        // The lifecycle the modeler opens first may still be loading: wait for this one, phases listed.
        page.waitForSelector("#wf-open[data-key=\"" + LIFECYCLE + "\"]");
        page.waitForSelector("[data-element-id=\"Task_EnterWarmUp\"]");
        assertThat(page.locator("#wf-phases li[data-phase=\"WARM_UP\"]").count())
                .isEqualTo(1);
        assertThat(page.locator("#wf-phases li[data-phase=\"TRIAL\"]").count()).isZero();

        // A plain task between the launch period and warm-up, drawn as the designer would drop it.
        page.evaluate("""
                () => {
                  const modeler = window.qunflow.modeler;
                  const registry = modeler.get('elementRegistry');
                  const modeling = modeler.get('modeling');
                  const timer = registry.get('Timer_LaunchPeriod');
                  const task = modeling.createShape(
                    modeler.get('elementFactory').createShape({ type: 'bpmn:ServiceTask' }),
                    { x: timer.x + 120, y: timer.y + 320 }, timer.parent);
                  modeling.updateProperties(task, { id: 'Task_EnterTrial', name: '进入试用期' });
                  modeling.reconnectEnd(registry.get('Flow_ToWarmUp'), task, { x: task.x, y: task.y + task.height / 2 });
                  modeling.connect(task, registry.get('Task_EnterWarmUp'));
                }""");

        // The Enter-phase template from the properties panel, with the new phase typed in.
        page.click("[data-element-id=\"Task_EnterTrial\"]");
        page.click(".bio-properties-panel-select-template-button");
        page.click("[data-id=\"apply-template-io.qunflow.EnterPhase\"]");
        page.click("[data-group-id=\"group-ElementTemplates__CustomProperties\"] .bio-properties-panel-group-header");
        page.getByLabel("阶段名 Phase name").fill("TRIAL");
        page.getByLabel("阶段名 Phase name").press("Tab");
        page.getByLabel("显示名称 Label").fill("试用 Trial");
        page.getByLabel("显示名称 Label").press("Tab");
        page.fill("#wf-comment", "内容群加入试用期");
        page.click("#wf-deploy");

        page.waitForSelector("#wf-status.success");
        assertThat(page.textContent("#wf-status")).startsWith("已部署：" + LIFECYCLE + " 版本");
        page.waitForSelector("#wf-phases li[data-phase=\"TRIAL\"]");
        assertThat(page.textContent("#wf-phases li[data-phase=\"TRIAL\"]")).contains("试用 Trial");
        JsonNode phases = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/phases")
                .body();
        assertThat(phases.findParents("name").stream()
                        .filter(p -> p.get("name").asText().equals("TRIAL"))
                        .map(p -> p.get("workflowKey").asText()))
                .containsExactly(LIFECYCLE);
        screenshotForTheGuide("modeler-new-phase");

        // Compliance gives the check-in points a value of their own in the new phase.
        context.clearCookies();
        logIn("compliance");
        page.navigate(url("/#/parameters"));
        page.click("tr[data-parameter=\"" + PARAMETER + "\"] .pm-scopes");
        page.waitForSelector("#pm-scope-form");
        page.selectOption("#pm-scope-phase", "TRIAL");
        page.fill("#pm-scope-value", "12");
        page.fill("#pm-scope-comment", "试用期签到积分加倍");
        page.click("#pm-scope-save");

        page.waitForSelector("#pm-status.success");
        page.waitForSelector("#pm-scope-table tr[data-phase=\"TRIAL\"]");
        assertThat(page.textContent("#pm-scope-table tr[data-phase=\"TRIAL\"] .pm-scope-value"))
                .isEqualTo("12");
        assertThat(page.textContent("#pm-scope-table tr[data-phase=\"TRIAL\"]")).contains("试用 Trial");
        JsonNode scopes = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/parameters/" + PARAMETER)
                .body()
                .get("scopes");
        assertThat(scopes.findParents("phase").stream()
                        .filter(s -> s.get("phase").asText().equals("TRIAL"))
                        .map(s -> s.get("value").asText()))
                .containsExactly("12");
        screenshotForTheGuide("parameter-scopes");
    }
}
