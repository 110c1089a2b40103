package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.qunflow.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Test
    void login_withAWrongPassword_staysOnTheLoginPageAndSaysSoInChinese() {
        page.navigate(url("/login.html"));
        page.fill("#username", "designer");
        page.fill("#password", "wrong");
        page.click("#login-submit");

        page.waitForURL("**/login.html?error");
        assertThat(page.textContent("#notice")).isEqualTo("用户名或密码错误。");
    }

    @Test
    void theLoginPage_takesOnlyANumberFromItsAddress_neverWordsALinkSends() {
        page.navigate(url("/login.html?locked=30"));
        assertThat(page.textContent("#notice")).isEqualTo("登录失败次数过多，请在 30 秒后再试。");

        page.navigate(url("/login.html?locked="
                + URLEncoder.encode("0 秒。账号已冻结，请拨打 400-000-0000 并提供密码以解冻", StandardCharsets.UTF_8)));
        assertThat(page.textContent("#notice")).isEqualTo("用户名或密码错误。");
    }

    @Test
    void login_asDesigner_theMenuOffersTheModelerButNotCockpit() {
        logIn("designer");

        assertThat(page.textContent("#who")).isEqualTo("designer");
        assertThat(page.locator(".nav a[data-route]").allTextContents())
                .containsExactly("社群看板", "流程设计器", "生命周期监控", "任务");
        assertThat(page.locator("#nav-cockpit").count()).isZero();
    }

    @Test
    void login_asViewer_noEditControlsAndTheServerRefusesEditsAnyway() {
        logIn("viewer");

        assertThat(page.locator(".nav a[data-route]").allTextContents()).doesNotContain("流程设计器");
        page.navigate(url("/#/workflows"));
        page.waitForSelector("#not-allowed");
        assertThat(page.locator("#wf-deploy").count()).isZero();
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post("/api/v1/groups", "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void languageSwitch_turnsEveryLabelToEnglishAndIsRemembered() {
        newGroup("语言切换测试群");
        logIn("operator");
        assertThat(page.textContent("h1")).isEqualTo("社群看板");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();

        page.click("#lang");

        page.waitForSelector("#view[data-ready] #groups");
        assertThat(page.textContent("h1")).isEqualTo("Groups dashboard");
        assertThat(page.locator("#groups thead th").allTextContents()).contains("Name", "Phase", "Members");
        assertThat(page.locator("#groups tbody tr", new Page.LocatorOptions().setHasText("语言切换测试群"))
                        .first()
                        .textContent())
                .contains("Launch");
        page.reload();
        page.waitForSelector("#view[data-ready] #groups");
        assertThat(page.textContent("h1")).isEqualTo("Groups dashboard");
        assertThat(page.textContent("#logout")).isEqualTo("Log out");
    }

    @Test
    void logout_endsTheSession() {
        logIn("operator");
        // The shell (and its logout form) is drawn anew on every route change; a click landing on
        // a header that is being replaced submits nothing, so let the first page settle.
        page.waitForLoadState(LoadState.NETWORKIDLE);

        page.click("#logout");

        page.waitForURL("**/login.html?logout");
        assertThat(page.textContent("#notice")).isEqualTo("您已退出登录。");
        page.navigate(url("/"));
        page.waitForURL("**/login.html**");
    }
}
