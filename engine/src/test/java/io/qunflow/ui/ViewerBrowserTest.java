package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ViewerBrowserTest extends BrowserTest {

    private static final String EDIT_CONTROLS =
            "#rs-validate, #rs-publish, #rs-revert, #rs-comment, #dr-run, #bt-start,"
                    + " #sh-start, .rollback, #wl-add, #wl-import, .remove, .pm-save, #wf-deploy, #wf-comment";

    @Test
    void viewer_readsTheRuleWorkbenchWithoutEditControls_andEveryEditEndpointAnswers403() {
        logIn("viewer");
        assertThat(page.locator(".nav a[data-route]").allTextContents())
                .containsExactly("社群看板", "生命周期监控", "规则工作台", "任务", "违规复核");

        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");
        assertThat(page.textContent("#rs-read-only")).isEqualTo("只读：只有合规角色可以修改、试运行和发布规则。");
        assertThat(page.getAttribute("#rs-editor .cm-content", "contenteditable"))
                .isEqualTo("false");
        assertThat(page.locator("#rs-history tr").count()).isPositive();
        assertThat(page.locator(EDIT_CONTROLS).count()).isZero();

        for (String tab : new String[] {"words", "parameters", "audit"}) {
            page.click("#wb-tabs a[data-tab=" + tab + "]");
            page.waitForSelector("#view[data-ready=" + tab + "]");
            assertThat(page.locator(EDIT_CONTROLS).count()).as(tab).isZero();
            if (tab.equals("words")) {
                assertThat(page.locator("#wl-entries tr").count())
                        .as("the word list is readable")
                        .isPositive();
            }
        }
        page.navigate(url("/#/workflows"));
        page.waitForSelector("#not-allowed");
        assertThat(page.locator(EDIT_CONTROLS).count()).isZero();

        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        String source =
                viewer.get("/api/v1/rulesets/moderation").body().get("source").asText();
        String rules = "{\"source\":" + JsonNodeFactory.instance.textNode(source) + ",\"comment\":\"x\"}";
        assertThat(viewer.post("/api/v1/rulesets/moderation/validate", rules).status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/rulesets/moderation/versions", rules).status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/rulesets/moderation/rollback", "{\"version\":1,\"comment\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/rulesets/moderation/dry-run", "{\"events\":[]}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/rulesets/moderation/shadow", rules).status())
                .isEqualTo(403);
        assertThat(viewer.post(
                                "/api/v1/word-lists/entries",
                                "{\"term\":\"只读\",\"category\":\"SCAM\",\"severity\":\"LOW\",\"comment\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete("/api/v1/word-lists/entries?term=x&comment=x").status())
                .isEqualTo(403);
        assertThat(viewer.put("/api/v1/parameters/moderation.strike-window-days", "{\"value\":\"7\",\"comment\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/workflows", "<definitions/>").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/word-lists/entries?q=" + URLEncoder.encode("只读", StandardCharsets.UTF_8))
                        .body())
                .isEmpty();
    }
}
