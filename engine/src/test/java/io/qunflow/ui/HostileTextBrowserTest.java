package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

/**
 * A hostile user's text ends up on other people's screens: it must show as text and run nothing.
 * The pages' policy is the second wall: markup that slips into a page by mistake still runs no
 * script of its own.
 */
class HostileTextBrowserTest extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=window.pwned=1>群<b>x</b>";

    @Test
    void aGroupNamedWithMarkup_isShownAsText_andThePagesRunOnlyTheEnginesScripts() {
        String groupId = newGroup(MARKUP);
        logIn("admin");

        Response shell = page.navigate(url("/#/"));
        assertThat(shell.headerValue("Content-Security-Policy"))
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval");
        page.waitForSelector("#view[data-ready=dashboard] #chart-members canvas");
        assertThat(page.locator("tr[data-group='" + groupId + "'] td a").first().textContent())
                .isEqualTo(MARKUP);
        page.navigate(url("/#/groups/" + groupId));
        page.waitForSelector("#view[data-ready=group]");
        assertThat(page.textContent("#group-name")).startsWith(MARKUP);
        // The heavy libraries draw under the policy too: bpmn-js, CodeMirror.
        page.navigate(url("/#/workflows"));
        page.waitForSelector("#view[data-ready=workflows] #canvas svg");
        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");

        assertThat(page.locator("#view img").count()).isZero();
        assertThat(page.evaluate("window.pwned")).isNull();
        assertThat(refusedByPolicy).isEmpty();

        // Markup some future code might put into the page by mistake: its handlers do not run.
        page.evaluate(
                "() => { document.getElementById('view').insertAdjacentHTML('beforeend',"
                        + " '<img id=planted src=x onerror=\"window.pwned=1\"><a id=planted-link href=\"javascript:window.pwned=2\">x</a>');"
                        + " const s = document.createElement('script'); s.textContent = 'window.pwned = 3'; document.body.append(s); }");
        page.click("#planted-link");
        page.waitForCondition(() -> refusedByPolicy.size() >= 3 || page.evaluate("window.pwned") != null);
        assertThat(page.evaluate("window.pwned")).isNull();
        // Refused on purpose here; every other test expects nothing refused.
        refusedByPolicy.clear();
    }

    @Test
    void swaggerUi_worksUnderThePagesPolicy() {
        page.navigate(url("/swagger-ui.html"));

        page.waitForSelector(".swagger-ui .info .title");
        page.waitForSelector(".swagger-ui .opblock");
        // Nothing refused: closeContext checks.
    }

    @Test
    void aLinkWithABrokenEscape_saysThereIsNoSuchPage() {
        logIn("viewer");

        page.navigate(url("/#/groups/%E0%A4%A"));

        assertThat(page.textContent("#view #not-found")).isEqualTo("没有这个页面。");
    }

    @Test
    void aLiveCodeWhoseQrAddressIsNoWebPage_isShownWithoutALink() {
        // The connector keeps whatever address WeCom's answer holds (and this context runs no
        // WeCom): the list is answered here as the server would pass such an answer on.
        page.route(
                "**/api/v1/wecom/live-codes",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("application/json")
                        .setBody("""
                        [%s, %s]""".formatted(
                                        code("safe", "https://wework.qpic.cn/wwpic/qr.png"),
                                        code("bad", "javascript:window.pwned=1")))));
        logIn("operator");

        page.navigate(url("/#/wecom/live-codes"));
        page.waitForSelector("#view[data-ready=wecom] #wc-code-table");

        assertThat(page.getAttribute("tr[data-config-id=cfg-safe] a", "href"))
                .isEqualTo("https://wework.qpic.cn/wwpic/qr.png");
        assertThat(page.locator("tr[data-config-id=cfg-bad] a").count()).isZero();
    }

    private static String code(String state, String qrCode) {
        return """
                {"configId":"cfg-%1$s","state":"%1$s","remark":null,"chatIds":["wr1"],"activeChatIds":["wr1"],
                 "groupNames":{},"autoCreateRoom":false,"qrCode":"%2$s","rotatedAt":null}""".formatted(state, qrCode);
    }
}
