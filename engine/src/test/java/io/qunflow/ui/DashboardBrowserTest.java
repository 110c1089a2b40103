package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardBrowserTest extends BrowserTest {

    @Test
    void monitor_showsWhereTheGroupIsAndHowManyGroupsWaitThere() {
        String id = newGroup("生命周期监控测试群");
        logIn("operator");

        page.navigate(url("/#/monitor/" + id));

        page.waitForSelector("#mon-position");
        assertThat(page.getAttribute("#mon-position", "data-activities")).isEqualTo("Timer_LaunchPeriod");
        assertThat(page.textContent("#mon-position")).isEqualTo("生命周期监控测试群 当前在：启动期结束");
        assertThat(page.locator("[data-element-id=\"Timer_LaunchPeriod\"].qf-here").count()).isEqualTo(1);
        assertThat(Integer.parseInt(page.textContent(".qf-count-badge[data-activity=\"Timer_LaunchPeriod\"]")))
                .isPositive();
        assertThat(page.textContent("#mon-incidents")).isEqualTo("没有故障。");
        assertThat(page.locator("#mon-cockpit").count()).as("Cockpit is for admins").isZero();
    }

    @Test
    void dashboard_listsGroupsWithTheirPhaseAndDrawsTheCharts() {
        String id = newGroup("看板测试群🌸");
        logIn("operator");

        page.waitForSelector("#groups tr[data-group=\"" + id + "\"]");
        assertThat(page.textContent("#groups tr[data-group=\"" + id + "\"]")).contains("看板测试群🌸").contains("启动");
        assertThat(page.locator("#chart-phases canvas").count()).isEqualTo(1);
        assertThat(page.locator("#chart-members canvas").count()).isEqualTo(1);

        page.click("#groups tr[data-group=\"" + id + "\"] a >> nth=0");

        page.waitForSelector("#group-name");
        assertThat(page.textContent("#group-name")).contains("看板测试群🌸");
        assertThat(page.locator("[data-pending] .empty-state").count()).as("no made-up numbers").isEqualTo(4);
    }
}
