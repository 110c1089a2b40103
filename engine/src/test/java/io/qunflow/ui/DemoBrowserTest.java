package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.qunflow.ApiClient;
import io.qunflow.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A first start of the embedded default, on a database of its own so the dashboard really is
 * empty: the login page names the demo accounts, and an admin loads the demo community from the
 * empty dashboard and sees its three groups, filled with thirty days of members (an operator is
 * offered no button: loading is for admins).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "qunflow.security.login.address-attempts=1000000"})
@ContextConfiguration(initializers = TestDatabase.FirstStart.class, inheritInitializers = false)
@DirtiesContext
class DemoBrowserTest extends BrowserTest {

    private static final List<String> DEMO_GROUPS = List.of("demo-restaurant", "demo-education", "demo-beauty");

    @Test
    void theLoginPage_namesTheDemoAccounts_andAClickFillsTheForm() {
        page.navigate(url("/login.html"));

        page.waitForSelector("#demo .demo-account");
        assertThat(page.locator("#demo .demo-account").allTextContents())
                .containsExactly("designer · 流程设计", "compliance · 合规", "operator · 运营", "viewer · 只读", "admin · 管理员");
        assertThat(page.textContent("#demo")).contains("密码均为 qunflow");
        page.click("#demo .demo-account[data-user=operator]");
        assertThat(page.inputValue("#username")).isEqualTo("operator");
        assertThat(page.inputValue("#password")).isEqualTo("qunflow");
        screenshotForTheGuide("login-demo");
    }

    @Test
    void admin_loadsTheDemoFromTheEmptyDashboard_withAProgressBar_andSeesItsThreeGroupsFilled() {
        logIn("operator");
        page.waitForSelector("#groups-empty");
        page.waitForSelector("#demo-offer");
        assertThat(page.locator("#demo-offer #demo-load").count()).isZero();
        assertThat(page.textContent("#demo-offer")).contains("请用管理员账号登录后加载。");

        // The shell (and its logout form) is drawn anew on every route change: let the page settle.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.click("#logout");
        page.waitForURL("**/login.html?logout");
        logIn("admin");
        page.waitForSelector("#groups-empty");
        page.waitForSelector("#demo-offer #demo-load");
        assertThat(page.textContent("#demo-offer h2")).isEqualTo("加载演示社群");
        screenshotForTheGuide("dashboard-empty-demo");

        page.click("#demo-load");

        page.waitForSelector("#demo-progress:not([hidden])");
        page.waitForSelector(
                "#groups tr[data-group=demo-beauty]", new Page.WaitForSelectorOptions().setTimeout(240_000));
        for (String id : DEMO_GROUPS) {
            assertThat(page.textContent("#groups tr[data-group=" + id + "]")).contains("【演示】");
        }
        assertThat(page.locator("#demo-offer").count()).isZero();
        screenshotForTheGuide("dashboard-demo");

        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        JsonNode progress = operator.get("/api/v1/demo").body();
        assertThat(progress.get("state").asText()).isEqualTo("DONE");
        assertThat(progress.get("percent").asInt()).isEqualTo(100);
        assertThat(progress.get("groupIds").toString())
                .isEqualTo("[\"demo-restaurant\",\"demo-education\",\"demo-beauty\"]");
        for (String id : DEMO_GROUPS) {
            JsonNode group = operator.get("/api/v1/groups/" + id).body();
            assertThat(group.get("memberCount").asInt()).as(id).isGreaterThan(30);
            JsonNode layers = group.get("layers");
            assertThat(layers.get("active").asInt() + layers.get("core").asInt())
                    .as(id + " active or core")
                    .isPositive();
            assertThat(layers.get("silent").asInt()).as(id + " silent").isPositive();
            JsonNode posts = operator.get("/api/v1/groups/" + id + "/sop/posts/metrics?days=30")
                    .body();
            assertThat(posts.size()).as(id + " posts, four a week at least").isGreaterThanOrEqualTo(16);
            assertThat(posts.findValues("reach").stream()
                            .mapToInt(JsonNode::asInt)
                            .max()
                            .orElse(0))
                    .as(id + " reach")
                    .isPositive();
            JsonNode metrics =
                    operator.get("/api/v1/groups/" + id + "/metrics?days=30").body();
            int daysWithMessages = 0;
            for (JsonNode day : metrics.at("/series/messages")) {
                daysWithMessages += day.asInt() > 0 ? 1 : 0;
            }
            assertThat(daysWithMessages).as(id + " days with messages").isGreaterThan(20);
        }
        int moderated = 0;
        for (String id : DEMO_GROUPS) {
            moderated += operator.get("/api/v1/groups/" + id + "/metrics?days=30")
                    .body()
                    .get("moderation")
                    .size();
        }
        assertThat(moderated).as("moderation decisions in the demo").isPositive();
        ApiClient admin = ApiClient.asUser(port, "admin", "qunflow");
        assertThat(admin.post("/api/v1/demo", "").status()).isEqualTo(409);
    }
}
