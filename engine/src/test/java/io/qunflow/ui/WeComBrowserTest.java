package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import io.qunflow.reviews.ModeratedGroup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The WeCom pages in both languages: the owner inbox for operators, the connection page for admins only. */
class WeComBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** An open owner task as the connector leaves it, for a member of a group (this context runs without WeCom). */
    private String ownerTask(String groupId, String memberId) {
        String id = "otk-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO qf_wecom_owner_task (id, action_id, action_type, group_id, member_id, owner_user_id,"
                        + " message_text, status, created_at) VALUES (?, ?, 'REMOVE_MEMBER', ?, ?, 'owner-he', ?,"
                        + " 'OPEN', ?)")
                .params(id, "act-" + id, groupId, memberId, "加我微信领红包", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return id;
    }

    private String text(String selector) {
        return page.textContent(selector);
    }

    @Test
    void wecomPages_nameTheGroupsAndMembers_withTheIdsBeside_inBothLanguages() {
        ModeratedGroup group = new ModeratedGroup(port, "母婴团购群 🍼");
        String flower = ownerTask(group.id, group.join("flower", "🌸小美"));
        String stranger = ownerTask(group.id, "stranger");
        String endless = ownerTask(group.id, group.join("endless", "W".repeat(100)));
        String deadLetter = "act-dead-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO qf_wecom_delivery (action_id, action_seq, group_id, action_type, status, attempts,"
                        + " errcode, errmsg, next_attempt_at, created_at, updated_at)"
                        + " VALUES (?, 0, ?, 'SEND_MESSAGE', 'FAILED', 1, 40003, 'invalid userid', ?, ?, ?)")
                .params(deadLetter, group.id, now, now, now)
                .update();
        logIn("admin");

        page.navigate(url("/#/wecom/tasks"));
        page.waitForSelector("#wc-task-table tr[data-id='" + flower + "']");

        String row = "#wc-task-table tr[data-id='" + flower + "'] ";
        assertThat(text(row + ".wc-group .named-name")).isEqualTo("母婴团购群 🍼");
        assertThat(text(row + ".wc-group .named-id")).isEqualTo(group.id);
        assertThat(page.getAttribute(row + ".wc-group", "title")).isEqualTo("群 ID：" + group.id);
        assertThat(text(row + ".wc-member .named-name")).isEqualTo("🌸小美");
        assertThat(text(row + ".wc-member .named-id")).isEqualTo("flower");
        assertThat(page.getAttribute(row + ".wc-member", "title")).isEqualTo("成员 ID：flower");
        assertThat(text("#wc-task-table tr[data-id='" + stranger + "'] .wc-member"))
                .as("no nickname: the id stands in")
                .isEqualTo("stranger");
        assertThat(text("#wc-task-table tr[data-id='" + endless + "'] .wc-member .named-name"))
                .isEqualTo("W".repeat(100));
        assertThat(page.evaluate("() => [document.documentElement, document.querySelector('#wc-tasks')]"
                        + ".filter(el => el.scrollWidth > el.clientWidth).map(el => el.id || el.tagName)"))
                .as("a 100-letter nickname wraps inside its cell; nothing scrolls sideways")
                .asList()
                .isEmpty();

        page.route(
                "**/api/v1/wecom/live-codes",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody("""
                        [{"configId":"cfg-1","state":"poster","remark":null,"chatIds":["%s","wrOpenedByWeCom"],
                          "activeChatIds":["wrOpenedByWeCom"],"groupNames":{"%s":"母婴团购群 🍼"},
                          "autoCreateRoom":true,"qrCode":"https://wework.qpic.cn/qr","rotatedAt":null}]""".formatted(group.id, group.id))));
        page.click("#wc-tabs a[data-tab=live-codes]");
        page.waitForSelector("#wc-code-table");
        assertThat(page.locator("#wc-code-table .wc-chats .named-name").allTextContents())
                .containsExactly("母婴团购群 🍼", "wrOpenedByWeCom");
        assertThat(page.getAttribute("#wc-code-table .wc-active .wc-group", "title"))
                .isEqualTo("群 ID：wrOpenedByWeCom");

        page.click("#wc-tabs a[data-tab=settings]");
        page.waitForSelector("#wc-dead tr[data-action-id='" + deadLetter + "']");
        String dead = "#wc-dead tr[data-action-id='" + deadLetter + "'] ";
        assertThat(text(dead + ".wc-group .named-name")).isEqualTo("母婴团购群 🍼");
        assertThat(text(dead + ".wc-group .named-id")).isEqualTo(group.id);
        assertThat(text(dead + ".wc-advice"))
                .as("what to do, in plain Chinese, with WeCom's errcode beside it")
                .startsWith("企业微信不认识这个成员账号（userid）。")
                .endsWith("（企业微信错误码 40003：invalid userid）");
        assertThat(text(dead + ".wc-errcode")).isEqualTo("40003");

        page.click("#lang");
        page.waitForSelector("#wc-dead tr[data-action-id='" + deadLetter + "']");
        assertThat(page.getAttribute(dead + ".wc-group", "title")).isEqualTo("Group id: " + group.id);
        assertThat(text(dead + ".wc-advice")).startsWith("WeCom does not know this staff member's userid.");
        page.click("#wc-tabs a[data-tab=tasks]");
        page.waitForSelector("#wc-task-table tr[data-id='" + flower + "']");
        assertThat(page.getAttribute(row + ".wc-member", "title")).isEqualTo("Member id: flower");
        assertThat(text(row + ".wc-member .named-name")).isEqualTo("🌸小美");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
        page.click("#lang");
    }

    @Test
    void admin_seesTheInboxAndTheMaskedConnectionInBothLanguages() {
        logIn("admin");
        assertThat(page.locator(".nav a[data-route]").allTextContents()).contains("企业微信");

        page.navigate(url("/#/wecom/tasks"));
        page.waitForSelector("#view[data-ready=wecom] #wc-tasks");
        assertThat(page.textContent("#view h1")).isEqualTo("群主任务收件箱");
        assertThat(page.locator("#wc-tabs a").allTextContents()).containsExactly("群主任务", "群活码", "连接设置");

        page.click("#wc-tabs a[data-tab=settings]");
        page.waitForSelector("#view[data-ready=wecom] #wc-settings");
        // The shared test context runs without the connector: the page says how to turn it on.
        assertThat(page.textContent("#wc-settings tr[data-setting='wc.settings.enabled'] td"))
                .isEqualTo("未启用（设置 qunflow.wecom.enabled=true）");
        assertThat(page.textContent("#wc-settings tr[data-setting=corp-secret] td"))
                .isEqualTo("未设置");
        assertThat(page.isDisabled("#wc-test")).isTrue();

        page.click("#lang");
        page.waitForSelector("#view[data-ready=wecom] #wc-settings");
        assertThat(page.textContent("#view h1")).isEqualTo("WeCom connection");
        assertThat(page.locator("#wc-tabs a").allTextContents())
                .containsExactly("Owner tasks", "Live codes", "Connection");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
        page.click("#lang");
    }

    @Test
    void operator_hasTheInboxButNotTheConnectionPage() {
        logIn("operator");
        page.navigate(url("/#/wecom/tasks"));
        page.waitForSelector("#view[data-ready=wecom] #wc-tasks");
        assertThat(page.locator("#wc-tabs a").allTextContents()).containsExactly("群主任务", "群活码");

        page.navigate(url("/#/wecom/settings"));
        page.waitForSelector("#view[data-ready=wecom] #not-allowed");
        assertThat(page.locator("#wc-settings").count()).isZero();

        // This install runs without the WeCom connector: said in words, not as the server's 404.
        page.navigate(url("/#/wecom/live-codes"));
        page.waitForSelector("#view[data-ready=wecom]");
        assertThat(page.textContent("#view")).doesNotContain("No static resource");
        assertThat(page.textContent("#wc-codes-off")).contains("企业微信未连接");
        assertThat(page.locator("#wc-code-create").count()).isZero();
    }
}
