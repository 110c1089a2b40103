package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import io.qunflow.ApiClient;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DashboardBrowserTest extends BrowserTest {

    @Test
    void monitor_showsWhereTheGroupIsAndHowManyGroupsWaitThere() {
        String id = newGroup("生命周期监控测试群");
        logIn("operator");

        page.navigate(url("/#/monitor/" + id));

        // Ready, not just present: the markers, badges and incidents are drawn after the diagram loads.
        page.waitForSelector("#view[data-ready=monitor] #mon-position");
        assertThat(page.getAttribute("#mon-position", "data-activities")).isEqualTo("Timer_LaunchPeriod");
        assertThat(page.textContent("#mon-position")).isEqualTo("生命周期监控测试群 当前在：启动期结束");
        assertThat(page.locator("[data-element-id=\"Timer_LaunchPeriod\"].qf-here")
                        .count())
                .isEqualTo(1);
        assertThat(Integer.parseInt(page.textContent(".qf-count-badge[data-activity=\"Timer_LaunchPeriod\"]")))
                .isPositive();
        assertThat(page.textContent("#mon-incidents")).isEqualTo("没有故障。");
        assertThat(page.locator("#mon-cockpit").count())
                .as("Cockpit is for admins")
                .isZero();
    }

    @Test
    void operator_dashboardListsGroups_theGroupPageChartsMembersByLayer_andEnglishChangesTheLabels() {
        String id = newGroup("看板测试群🌸");
        join(id, "m1", "小红");
        join(id, "m2", "阿强");
        logIn("operator");

        page.waitForSelector("#groups tr[data-group=\"" + id + "\"]");
        assertThat(page.textContent("#groups tr[data-group=\"" + id + "\"]"))
                .contains("看板测试群🌸")
                .contains("启动");
        assertThat(page.locator("#chart-phases canvas").count()).isEqualTo(1);
        assertThat(page.locator("#chart-members canvas").count()).isEqualTo(1);

        page.click("#groups tr[data-group=\"" + id + "\"] a >> nth=0");

        page.waitForSelector("#view[data-ready=group] #group-name");
        assertThat(page.textContent("#group-name")).contains("看板测试群🌸");
        assertThat(page.textContent("#card-layers h2")).startsWith("成员分层");
        assertThat(page.locator("#card-layers canvas").count()).isEqualTo(1);
        assertThat(page.locator("#card-calendar h2").textContent()).isEqualTo("SOP 日历");

        page.click("#lang");

        page.waitForSelector("#view[data-ready=group] #group-name");
        assertThat(page.textContent("#card-layers h2")).startsWith("Members by layer");
        assertThat(page.locator(".facts dt").allTextContents()).contains("Phase", "Members", "Capacity");
        assertThat(page.textContent("#group-name")).contains("Launch");
        assertThat(page.textContent("#card-calendar h2")).isEqualTo("SOP calendar");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }

    @Test
    void groupPage_withTheMetricsApi_chartsLayersOverTimeModerationByCategoryRewardsAndPosts() {
        String id = newGroup("有指标的群");
        join(id, "m1", "小红");
        ApiClient.Reply warned = ApiClient.withKey(port, "qf_dev_key")
                .post("/api/v1/groups/" + id + "/events", """
                {"eventId":"%s-msg","type":"MESSAGE_POSTED","memberId":"m1","at":"%s","payload":{"text":"加我微信 abc12345 领福利"}}""".formatted(id, OffsetDateTime.now()));
        assertThat(warned.body().findValuesAsText("outcome")).isNotEmpty();
        logIn("operator");

        page.waitForSelector("#groups td[data-activity=\"" + id + "\"]:not(.muted):text-matches(\"%$\")");
        page.navigate(url("/#/groups/" + id));
        page.waitForSelector("#view[data-ready=group] #group-name");

        assertThat(page.locator("[data-pending]").count()).isZero();
        assertThat(page.textContent("#card-layers h2")).isEqualTo("成员分层趋势");
        for (String chart : new String[] {"#chart-layers", "#chart-moderation", "#chart-rewards", "#chart-activity"}) {
            assertThat(page.locator(chart + " canvas").count()).as(chart).isEqualTo(1);
        }
        assertThat(page.locator("#group-kpis .kpi").count()).isEqualTo(8);
        assertThat(page.textContent("#rewards-summary")).startsWith("奖励成本 ¥");
    }

    /**
     * How the page formats and labels exact figures in both languages: the two metrics reads are
     * answered with fixed contract-shaped JSON so every value on screen can be asserted. The real
     * endpoints are drawn by {@link #groupPage_withTheMetricsApi_chartsLayersOverTimeModerationByCategoryRewardsAndPosts}.
     */
    @Test
    void groupPage_drawsEveryMetricsChartFromContractShapedAnswers() {
        String id = newGroup("按契约绘图的群");
        page.route(
                "**/api/v1/groups/" + id + "/metrics?days=30",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("application/json")
                        .setBody(METRICS.formatted(id))));
        page.route(
                "**/api/v1/groups/" + id + "/sop/posts/metrics?days=30",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("application/json")
                        .setBody(POSTS)));
        logIn("operator");

        page.navigate(url("/#/groups/" + id));
        page.waitForSelector("#view[data-ready=group] #group-name");

        assertThat(page.locator("[data-pending]").count()).isZero();
        for (String chart :
                new String[] {"#chart-layers", "#chart-moderation", "#chart-rewards", "#chart-activity", "#chart-posts"
                }) {
            assertThat(page.locator(chart + " canvas").count()).as(chart).isEqualTo(1);
        }
        assertThat(page.textContent("#card-layers h2")).isEqualTo("成员分层趋势");
        assertThat(page.locator("#group-kpis .kpi .kpi-value").allTextContents())
                .containsExactly("40.0%", "75.0%", "50.0%", "12.5%", "3", "2", "¥128.00", "2.5%");
        assertThat(page.textContent("#rewards-summary")).isEqualTo("奖励成本 ¥30.00，每日红包预算 ¥50.00");
        assertThat(page.locator("#sop-posts tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("#sop-posts tr[data-post=p2] td").allTextContents())
                .containsSubsequence("早安打卡🌞", "120", "30", "2", "¥88.00");

        page.click("#lang");

        page.waitForSelector("#view[data-ready=group] #group-kpis");
        assertThat(page.textContent("#card-layers h2")).isEqualTo("Members by layer over time");
        assertThat(page.textContent("#card-moderation h2")).isEqualTo("Moderation actions by category");
        assertThat(page.locator("#sop-posts thead th").allTextContents()).contains("Reach", "Clicks", "Orders");
        assertThat(page.textContent("#rewards-summary")).startsWith("Rewards cost ¥30.00");
    }

    private static final String METRICS = """
            {"groupId":"%s","from":"2026-11-21","to":"2026-11-23",
             "series":{"days":["2026-11-21","2026-11-22","2026-11-23"],"members":[10,12,13],"core":[1,1,2],
               "active":[4,5,5],"silent":[4,5,5],"churned":[1,1,1],"activeMembers7d":[5,6,7],
               "activityRate":[0.5,0.5,0.54],"joined":[2,2,1],"left":[0,0,0],"messages":[30,41,25],"orders":[1,0,2],
               "gmvCents":[4000,0,8800],"pointsGranted":[50,20,10],"redEnvelopeCents":[1000,0,2000]},
             "moderation":[{"category":"CONTACT","warnings":3,"deletions":3,"removals":1,"mutes":0},
               {"category":"FLOOD","warnings":0,"deletions":0,"removals":0,"mutes":2}],
             "source":[{"channel":"poster","newMembers":5,"existingMembers":2}],
             "process":{"joinRate":0.4,"retention7":0.75,"retention30":0.5,"growth":0.125},
             "result":{"orders":3,"buyers":2,"gmvCents":12800,"conversion":0.025,"rewardsCostCents":3000,
               "dailyRedEnvelopeBudgetCents":5000}}""";

    private static final String POSTS = """
            [{"postId":"p2","entryId":"e1","sentAt":"2026-11-23T08:00:00+08:00","kind":"TEXT","text":"早安打卡🌞",
              "reach":120,"clicks":30,"orders":2,"gmvCents":8800},
             {"postId":"p1","entryId":"e2","sentAt":"2026-11-22T20:00:00+08:00","kind":"IMAGE","text":"今晚8点秒杀",
              "reach":118,"clicks":41,"orders":1,"gmvCents":4000}]""";

    private void join(String groupId, String memberId, String nickname) {
        ApiClient.Reply reply = ApiClient.withKey(port, "qf_dev_key")
                .post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-%s-join","type":"MEMBER_JOINED","memberId":"%s","at":"%s","payload":{"role":"MEMBER","nickname":"%s"}}""".formatted(
                        groupId, memberId, memberId, OffsetDateTime.now().minusMinutes(5), nickname));
        assertThat(reply.status()).isEqualTo(200);
    }
}
