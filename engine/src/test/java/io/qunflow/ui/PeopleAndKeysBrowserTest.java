package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.qunflow.ApiClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an admin of a production install does in the browser: people, their roles, connector keys. */
class PeopleAndKeysBrowserTest extends BrowserTest {

    private static final String PASSWORD = "合规专员首次登录的密码2026";

    private ApiClient admin() {
        return ApiClient.asUser(port, "admin", "qunflow");
    }

    @Test
    void admin_createsAComplianceUserAndAConnectorKey_andThatUserSignsInAndPublishesARule() {
        String name = "合规-" + UUID.randomUUID().toString().substring(0, 6);
        logIn("admin");
        page.click(".nav a[data-route=people]");
        page.waitForSelector("#view[data-ready=people] #us-table");

        page.fill("#us-username", name);
        page.fill("#us-password", PASSWORD);
        page.check("#us-roles input[value=COMPLIANCE]");
        page.click("#us-create");

        page.waitForSelector("#us-status.success");
        assertThat(page.textContent("#us-status")).isEqualTo("已创建用户 " + name + "。");
        String row = "#us-rows tr[data-user=\"" + name + "\"]";
        assertThat(page.textContent(row + " .us-roles")).isEqualTo("合规");
        assertThat(page.textContent(row + " .us-state")).isEqualTo("已启用");
        JsonNode stored = admin().get("/api/v1/users/" + encode(name)).body();
        assertThat(stored.get("roles").toString()).isEqualTo("[\"COMPLIANCE\"]");
        screenshotForTheGuide("people");

        page.click("#adm-tabs a[data-tab=keys]");
        page.waitForSelector("#view[data-ready=keys] #key-table");
        page.fill("#key-name", "企业微信连接器");
        page.check("#key-scopes input[value=events]");
        page.check("#key-scopes input[value=actions]");
        page.click("#key-create");

        page.waitForSelector("#key-once #key-value");
        String key = page.textContent("#key-value");
        assertThat(page.textContent("#key-once h2")).isEqualTo("密钥 “企业微信连接器” 只显示这一次");
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.click("#key-copy");
        page.waitForSelector("#key-copy:has-text(\"已复制\")");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(key);
        ApiClient connector = ApiClient.withKey(port, key);
        assertThat(connector.get("/api/v1/me").body().get("scopes").toString()).isEqualTo("[\"actions\",\"events\"]");
        screenshotForTheGuide("keys");
        page.click("#key-dismiss");
        assertThat(page.isHidden("#key-once")).isTrue();
        page.reload();
        page.waitForSelector("#view[data-ready=keys] #key-table");
        assertThat(page.content()).doesNotContain(key);
        String keyRow = "#key-rows tr:has(td.key-name:text-is(\"企业微信连接器\"))";
        assertThat(page.locator(keyRow + " .key-last-used").last().textContent())
                .as("the connector's call shows as its last use")
                .isNotEqualTo("从未使用");

        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.click("#logout");
        page.waitForURL("**/login.html?logout");
        logIn(name, PASSWORD);
        assertThat(page.locator(".nav a[data-route]").allTextContents())
                .containsExactly("社群看板", "生命周期监控", "规则工作台", "任务", "违规复核");
        JsonNode before = admin().get("/api/v1/rulesets/moderation").body();
        int active = before.get("version").asInt();
        String marker = "新人专用测试词" + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");
        page.click("#rs-editor .cm-content");
        page.keyboard().press("Control+End");
        page.keyboard().insertText("""

                rule "A message naming the new hire's test word is deleted"
                when
                    ChatMessage( !staff, text contains "%s" )
                    $v : Verdict( undecided )
                then
                    $v.decide("DELETE_MESSAGE", "测试词");
                    update($v);
                end
                """.formatted(marker));
        page.waitForSelector("#rs-title.dirty");
        page.fill("#rs-comment", "新合规专员的第一条规则");
        page.click("#rs-publish");

        try {
            waitUntilPublished();
            JsonNode published = admin().get("/api/v1/rulesets/moderation").body();
            assertThat(published.get("version").asInt()).isEqualTo(active + 1);
            assertThat(published.get("source").asText()).contains(marker);
            assertThat(published.at("/history/0/author").asText()).isEqualTo(name);
        } finally {
            ApiClient.asUser(port, name, PASSWORD).post("/api/v1/rulesets/moderation/rollback", """
                    {"version":%d,"comment":"测试后还原"}""".formatted(active));
        }
    }

    @Test
    void admin_rotatesAndRevokesAKey_eachAfterAConfirmationThatSaysWhatHappens() {
        JsonNode created = admin().post("/api/v1/keys", """
                        {"name":"轮换测试连接器","scopes":["events"]}""").body();
        String id = created.get("id").asText();
        String old = created.get("key").asText();
        logIn("admin");
        page.navigate(url("/#/keys"));
        String row = "#key-rows tr[data-key=\"" + id + "\"]";
        page.waitForSelector(row);
        assertThat(page.textContent(row + " .key-last-used")).isEqualTo("从未使用");

        page.click(row + " .key-rotate");
        assertThat(page.textContent(".confirm-text")).isEqualTo("轮换后旧密钥立即失效，使用 “轮换测试连接器” 的连接器必须换上新密钥。确定轮换吗？");
        page.click(".confirm-yes");

        page.waitForSelector("#key-once #key-value");
        String fresh = page.textContent("#key-value");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(ApiClient.withKey(port, old).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.withKey(port, fresh).get("/api/v1/me").status()).isEqualTo(200);
        page.waitForSelector(row + " .key-state:has-text(\"轮换过\")");

        page.click(row + " .key-revoke");
        page.click(".confirm-no");
        assertThat(ApiClient.withKey(port, fresh).get("/api/v1/me").status()).isEqualTo(200);
        page.click(row + " .key-revoke");
        page.click(".confirm-yes");

        page.waitForSelector(row + " .key-state:has-text(\"吊销\")");
        assertThat(page.textContent("#key-status")).isEqualTo("“轮换测试连接器” 已吊销。");
        assertThat(page.locator(row + " .key-rotate").count()).isZero();
        assertThat(ApiClient.withKey(port, fresh).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aKeyboardUser_answersTheRevokeQuestionWithoutAMouse_andEscapeGivesTheFocusBack() {
        String name = "键盘吊销-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode created = admin().post("/api/v1/keys", """
                        {"name":"%s","scopes":["events"]}""".formatted(name)).body();
        String id = created.get("id").asText();
        String key = created.get("key").asText();
        logIn("admin");
        page.navigate(url("/#/keys"));
        String row = "#key-rows tr[data-key=\"" + id + "\"]";
        page.waitForSelector(row);
        String focused =
                "() => [document.activeElement.closest('tr')?.dataset.key, document.activeElement.className].join(' ')";

        page.focus(row + " .key-revoke");
        page.keyboard().press("Enter");
        page.waitForSelector(".confirm-text");
        assertThat(page.evaluate("() => document.activeElement.className"))
                .as("the safe answer has the focus")
                .isEqualTo("confirm-no");
        page.keyboard().press("Escape");
        assertThat(page.locator(".confirm").count()).isZero();
        assertThat(page.evaluate(focused)).isEqualTo(id + " small key-revoke");
        assertThat(ApiClient.withKey(port, key).get("/api/v1/me").status()).isEqualTo(200);

        page.keyboard().press("Enter");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Enter");
        page.waitForSelector(row + " .key-state:has-text(\"吊销\")");
        assertThat(ApiClient.withKey(port, key).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void admin_disablesAPerson_whoseOpenPageThenGoesBackToTheLogin_andChangesRolesOfAnother() {
        String leaver = "leaver-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin().post("/api/v1/users", """
                {"username":"%s","password":"%s","roles":["OPERATOR"]}""".formatted(leaver, PASSWORD))
                        .status())
                .isEqualTo(201);
        BrowserContext theirs = context.browser().newContext();
        Page theirPage = theirs.newPage();
        try {
            theirPage.navigate(url("/login.html"));
            theirPage.fill("#username", leaver);
            theirPage.fill("#password", PASSWORD);
            theirPage.click("#login-submit");
            theirPage.waitForSelector("#view[data-ready]");

            logIn("admin");
            page.navigate(url("/#/people"));
            String row = "#us-rows tr[data-user=\"" + leaver + "\"]";
            page.click(row + " .us-edit");
            page.fill("#ue-reason", "已离职");
            page.check("#ue-roles input[value=VIEWER]");
            page.uncheck("#ue-roles input[value=OPERATOR]");
            page.click("#ue-save-roles");
            page.waitForSelector("#us-status.success");
            assertThat(page.textContent(row + " .us-roles")).isEqualTo("只读");
            page.click("#ue-toggle");
            assertThat(page.textContent(".confirm-text")).startsWith("停用后 " + leaver + " 立即被退出所有登录");
            page.click(".confirm-yes");

            page.waitForSelector(row + " .us-state:has-text(\"已停用\")");
            assertThat(admin().get("/api/v1/users/" + leaver)
                            .body()
                            .get("enabled")
                            .asBoolean())
                    .isFalse();
            // Their next click in the open app meets the ended session and lands on the login page.
            theirPage.click(".nav a[data-route=monitor]");
            theirPage.waitForURL("**/login.html**");
            assertThat(admin().get("/api/v1/audit?subjectType=USER&subject=" + leaver)
                            .body()
                            .findValuesAsText("comment"))
                    .containsSubsequence("已离职", "已离职");
        } finally {
            theirs.close();
        }
    }

    @Test
    void nonAdmins_seeNoPeopleMenu_andThePageRefusesThem() {
        logIn("operator");

        assertThat(page.locator(".nav a[data-route=people]").count()).isZero();
        page.navigate(url("/#/people"));
        page.waitForSelector("#not-allowed");
        assertThat(page.locator("#us-table").count()).isZero();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
