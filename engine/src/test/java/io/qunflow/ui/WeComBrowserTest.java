package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The WeCom pages in both languages: the owner inbox for operators, the connection page for admins only. */
class WeComBrowserTest extends BrowserTest {

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
