package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle monitor opens on every group's place in a lifecycle (each group type has its own);
 * a group is a click away.
 */
class MonitorOverviewBrowserTest extends BrowserTest {

    @Test
    void monitor_opensOnAnOverviewWithTheGroupsWaitingAtEachStep_andAGroupIsAClickAway() {
        String id = newGroup("总览测试群");
        logIn("operator");

        page.click(".nav a[data-route=monitor]");
        page.waitForSelector("#mon-lifecycle");
        // The group is a content group: it runs the lifecycle made for its type.
        page.selectOption("#mon-lifecycle", "group-lifecycle-content");
        page.waitForSelector("#mon-overview-drawing:has-text('group-lifecycle-content')"
                + " .qf-count-badge[data-activity=Timer_LaunchPeriod]");

        JsonNode lifecycle = null;
        for (JsonNode definition : ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/workflows")
                .body()) {
            if (definition.get("key").asText().equals("group-lifecycle-content")) {
                lifecycle = definition;
            }
        }
        long waiting = 0;
        long running = 0;
        long incidents = 0;
        JsonNode shown = null;
        for (JsonNode version : lifecycle.get("versions")) {
            running += version.get("runningInstances").asLong();
            incidents += version.get("incidents").asLong();
            if (shown == null && version.get("runningInstances").asLong() > 0) {
                shown = version;
            }
        }
        for (JsonNode activity : shown.get("activities")) {
            if (activity.get("activityId").asText().equals("Timer_LaunchPeriod")) {
                waiting = activity.get("instances").asLong();
            }
        }
        assertThat(waiting).isPositive();
        assertThat(page.textContent(".qf-count-badge[data-activity=Timer_LaunchPeriod]"))
                .isEqualTo(String.valueOf(waiting));
        assertThat(page.textContent("#mon-overview-summary"))
                .startsWith(running + " 个社群正在运行生命周期流程，" + incidents + " 个故障");
        screenshotForTheGuide("monitor-overview");

        page.click("#mon-groups tr[data-group=\"" + id + "\"] a");

        page.waitForSelector("#view[data-ready=monitor] #mon-position");
        assertThat(page.textContent("#mon-position")).startsWith("总览测试群 当前在：");
        assertThat(page.locator("#mon-overview").count()).isZero();
    }
}
