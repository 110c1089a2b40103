package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import io.qunflow.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleWorkbenchBrowserTest extends BrowserTest {

    // A condition left open: Drools reports it where the parser gives up, at the rule's "then".
    private static final String BROKEN_RULE = """

            rule "Half-written rule"
            when
                $v : Verdict( undecided
            then
            end
            """;

    private static final String BARGAIN_RULE = """

            rule "Bargain-chain begging is deleted"
            when
                ChatMessage( !staff, text contains "砍一刀" )
                not Offence( )
                $v : Verdict( undecided )
            then
                $v.decide("DELETE_MESSAGE", "拼多多砍一刀求助不属于本群内容");
                update($v);
            end
            """;

    private ApiClient compliance() {
        return ApiClient.asUser(port, "compliance", "qunflow");
    }

    private JsonNode moderation() {
        return compliance().get("/api/v1/rulesets/moderation").body();
    }

    private void appendToEditor(String text) {
        page.click("#rs-editor .cm-content");
        page.keyboard().press("Control+End");
        page.keyboard().insertText(text);
        page.waitForSelector("#rs-title.dirty");
    }

    @Test
    void compliance_syntaxErrorIsMarkedAtItsLineAndRefused_thenFixedDryRunPublishedAuditedAndRolledBack() {
        JsonNode before = moderation();
        int active = before.get("version").asInt();
        logIn("compliance");
        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");
        assertThat(page.textContent("#rs-title")).isEqualTo("moderation · v" + active);

        appendToEditor(BROKEN_RULE);
        // The parser gives up at the broken rule's "then", the last one in the text.
        String edited = (String) page.evaluate("window.qunflow.ruleEditor.source()");
        int brokenThen = edited.lines().toList().lastIndexOf("then") + 1;
        page.fill("#rs-comment", "试一下");
        page.click("#rs-publish");

        page.waitForSelector("#rs-status.error:has-text(\"拒绝发布\")");
        assertThat(page.textContent("#rs-status")).isEqualTo("规则有错误，已拒绝发布：请先修正标出的行。");
        Locator problem = page.locator("#rs-problems li.problem.error").first();
        assertThat(problem.getAttribute("data-line")).isEqualTo(String.valueOf(brokenThen));
        assertThat(problem.textContent())
                .startsWith("第 " + brokenThen + " 行")
                .contains("规则第 " + brokenThen + " 行")
                .contains("有误：编译未通过");
        // Drools' own words stay beside the Chinese summary, as the technical detail.
        assertThat(problem.locator(".technical").textContent()).isNotBlank();
        // The editor marks that very line: underlined text and a marker in the gutter beside it.
        assertThat(page.textContent(".cm-line:has(.cm-lintRange-error)")).isEqualTo("then");
        BoundingBox marker =
                page.locator(".cm-gutter-lint .cm-lint-marker-error").first().boundingBox();
        BoundingBox number = page.locator(
                        ".cm-lineNumbers .cm-gutterElement",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^" + brokenThen + "$")))
                .boundingBox();
        assertThat(marker.y + marker.height / 2)
                .as("the gutter marker sits beside line " + brokenThen)
                .isBetween(number.y, number.y + number.height);
        assertThat(page.isDisabled("#rs-publish")).isTrue();
        assertThat(moderation().get("version").asInt()).as("nothing published").isEqualTo(active);

        page.click("#rs-editor .cm-content");
        page.keyboard().press("Control+z");
        appendToEditor(BARGAIN_RULE);
        page.click("#rs-validate");
        page.waitForSelector("#rs-status.success:has-text(\"校验通过\")");
        assertThat(page.isDisabled("#rs-publish")).isFalse();
        assertThat(page.locator(".cm-lintRange-error").count()).isZero();

        page.selectOption("#dr-sample", "bargain");
        page.click("#dr-run");
        page.waitForSelector("#dr-results tr[data-event=s1]");
        assertThat(page.textContent("#dr-version")).isEqualTo("判定所用：编辑器中的草稿");
        // In words first, with the code the rule wrote beside it.
        assertThat(page.textContent("#dr-results tr[data-event=s1] .dr-decisions .outcome"))
                .startsWith("删除消息")
                .endsWith("DELETE_MESSAGE");
        assertThat(page.textContent("#dr-results tr[data-event=s1] .dr-decisions"))
                .contains("Bargain-chain begging is deleted");
        assertThat(page.textContent("#dr-results tr[data-event=s1] .dr-actions .action"))
                .startsWith("删除消息")
                .endsWith("DELETE_MESSAGE");
        assertThat(page.textContent("#dr-results")).doesNotContain("null");

        page.fill("#rs-comment", "拦截砍一刀求助🙏");
        page.click("#rs-publish");

        waitUntilPublished();
        assertThat(page.textContent("#rs-status")).isEqualTo("已发布：moderation 版本 " + (active + 1));
        JsonNode published = moderation();
        assertThat(published.get("version").asInt()).isEqualTo(active + 1);
        assertThat(published.get("source").asText()).contains("Bargain-chain begging is deleted");
        assertThat(published.at("/history/0/comment").asText()).isEqualTo("拦截砍一刀求助🙏");

        page.click("#wb-tabs a[data-tab=audit]");
        page.waitForSelector("#view[data-ready=audit] #au-table");
        Locator audited = page.locator("#au-table tr[data-subject-type=RULE_SET][data-subject=moderation]")
                .first();
        assertThat(audited.locator(".au-comment").textContent()).isEqualTo("拦截砍一刀求助🙏");
        // Words, never the codes the server stores.
        assertThat(audited.textContent()).contains("compliance", "规则集").doesNotContain("PUBLISHED", "RULE_SET");
        assertThat(audited.locator(".au-change").textContent()).isEqualTo("发布");

        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");
        page.click("#rs-panels button[data-panel=history]");
        page.click("#rs-history tr[data-version=\"" + (active + 1) + "\"] .show-diff");
        page.waitForSelector("#rs-diff");
        assertThat(page.locator("#rs-diff .diff-add", new Page.LocatorOptions().setHasText("砍一刀"))
                        .count())
                .isPositive();
        page.click("#rs-history tr[data-version=\"" + active + "\"] .rollback");
        page.fill("#rb-comment", "先撤回，等运营确认");
        page.click("#rb-confirm");

        page.waitForSelector("#rs-status.success:has-text(\"已回滚\")");
        assertThat(page.textContent("#rs-status")).isEqualTo("已回滚到版本 " + active + "（发布为新版本 " + (active + 2) + "）");
        JsonNode rolledBack = moderation();
        assertThat(rolledBack.get("version").asInt()).isEqualTo(active + 2);
        assertThat(rolledBack.get("source").asText())
                .isEqualTo(before.get("source").asText());
        assertThat(rolledBack.at("/history/0/comment").asText()).isEqualTo("先撤回，等运营确认");
        assertThat(page.textContent("#rs-title")).isEqualTo("moderation · v" + (active + 2));
    }

    @Test
    void aDryRunsWarnings_areSummedUpInChinese_withTheCheckersOwnWordsBeneath() {
        int active = moderation().get("version").asInt();
        logIn("compliance");
        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");

        appendToEditor("""

                rule "A rule that does nothing"
                when
                    ChatMessage( text contains "什么也不做" )
                then
                end
                """);
        page.selectOption("#dr-sample", "bargain");
        page.click("#dr-run");
        page.waitForSelector("#dr-results ul.problems li.problem");

        Locator warning = page.locator("#dr-results ul.problems li.problem").first();
        assertThat(warning.textContent()).contains("规则第").contains("有提醒");
        assertThat(warning.locator(".technical").textContent()).contains("does nothing when it fires");
        assertThat(moderation().get("version").asInt()).as("nothing published").isEqualTo(active);
    }

    @Test
    void backtestAndShadow_showTheProgressTheOutcomeDiffAndTheDisagreements() {
        String groupId = newGroup("回测影子测试群");
        // A past day no other test posts on (events may not be dated ahead of the server), so the
        // backtest replays exactly these two events.
        message(groupId, "m-bargain", "2025-04-01T12:00:00Z", "帮我砍一刀吧🙏");
        message(groupId, "m-spam", "2025-04-01T13:00:00Z", "加微信领福利");
        logIn("compliance");
        page.navigate(url("/#/rules/moderation"));
        page.waitForSelector("#view[data-ready=rules] #rs-editor .cm-content");
        appendToEditor(BARGAIN_RULE);

        page.click("#rs-panels button[data-panel=backtest]");
        page.fill("#bt-from", "2025-04-01T00:00");
        page.fill("#bt-to", "2025-04-02T00:00");
        page.click("#bt-start");

        page.waitForSelector("#bt-progress-text[data-status=DONE]");
        assertThat(page.evalOnSelector("#bt-progress", "p => p.value === p.max && p.max === 4"))
                .isEqualTo(true);
        assertThat(page.textContent("#bt-summary")).isEqualTo("重放 2 个事件：1 个事件的结果不同，涉及 1 位成员。");
        assertThat(page.locator("#bt-outcomes tr[data-outcome=DELETE_MESSAGE] td")
                        .allTextContents())
                .containsExactly("DELETE_MESSAGE", "1", "2", "+1");
        assertThat(page.textContent("#bt-members")).contains("m-bargain").doesNotContain("m-spam");

        try {
            page.fill("#rs-comment", "先影子跑一下，看看误伤");
            page.click("#rs-panels button[data-panel=shadow]");
            page.click("#sh-start");
            page.waitForSelector("#sh-stop");
            String member = "m-" + UUID.randomUUID();
            message(groupId, member, OffsetDateTime.now().toString(), "帮我砍一刀");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> compliance()
                            .get("/api/v1/rulesets/moderation/shadow/disagreements")
                            .body()
                            .toString()
                            .contains(member));

            page.click("#rs-panels button[data-panel=history]");
            page.click("#rs-panels button[data-panel=shadow]");

            Locator row = page.locator("#sh-disagreements tr", new Page.LocatorOptions().setHasText(member));
            row.waitFor();
            assertThat(row.textContent()).contains("DELETE_MESSAGE").contains(groupId);
            assertThat(page.textContent("#sh-status")).contains("compliance");
            page.click("#sh-stop");
            page.waitForSelector("#sh-status:has-text(\"当前没有运行中的影子规则。\")");
            assertThat(compliance().get("/api/v1/rulesets/moderation/shadow").status())
                    .isEqualTo(404);
        } finally {
            compliance().delete("/api/v1/rulesets/moderation/shadow");
        }
    }

    private void message(String groupId, String memberId, String at, String text) {
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s","at":"%s","payload":{"text":"%s"}}""".formatted(
                                        UUID.randomUUID(), memberId, at, text))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void wordList_complianceAddsFindsAndRemovesATerm_eachChangeAuditedWithItsReason() {
        String term = "刷单返利" + UUID.randomUUID().toString().substring(0, 6);
        logIn("compliance");
        page.navigate(url("/#/words"));
        page.waitForSelector("#view[data-ready=words] #wl-entries tr");

        page.fill("#wl-comment", "新出现的刷单话术");
        page.fill("#wl-term", term);
        page.selectOption("#wl-new-category", "SCAM");
        page.selectOption("#wl-severity", "HIGH");
        page.click("#wl-add");

        page.waitForSelector("#wl-status.success");
        page.fill("#wl-search", term);
        page.waitForFunction("() => document.querySelectorAll('#wl-entries tr').length === 1");
        assertThat(page.getAttribute("#wl-entries tr", "data-term")).isEqualTo(term);
        assertThat(page.textContent("#wl-entries tr"))
                .contains("兼职刷单诈骗")
                .contains("高")
                .contains("compliance");
        assertThat(compliance()
                        .get("/api/v1/word-lists/entries?q=" + encode(term))
                        .body()
                        .get(0)
                        .get("severity")
                        .asText())
                .isEqualTo("HIGH");

        page.fill("#wl-comment", "误报太多，先撤下");
        page.click("#wl-entries tr[data-term=\"" + term + "\"] .remove");

        page.waitForFunction("() => document.querySelectorAll('#wl-entries tr').length === 0");
        assertThat(compliance()
                        .get("/api/v1/word-lists/entries?q=" + encode(term))
                        .body())
                .isEmpty();
        JsonNode audit = compliance()
                .get("/api/v1/audit?subjectType=WORD_LIST&subject=" + encode(term))
                .body();
        assertThat(audit.findValuesAsText("comment")).containsExactly("误报太多，先撤下", "新出现的刷单话术");
        assertThat(page.getAttribute("#wl-export", "href")).isEqualTo("/api/v1/word-lists/export");

        page.fill("#wl-comment", "从风控表格导入");
        page.setInputFiles(
                "#wl-file",
                new FilePayload(
                        "new-words.csv",
                        "text/csv",
                        ("term,category,severity\n" + term + ",GAMBLING,SEVERE\n").getBytes(StandardCharsets.UTF_8)));

        page.waitForSelector("#wl-status.success:has-text(\"导入完成\")");
        assertThat(page.textContent("#wl-status")).isEqualTo("导入完成：新增 1，更新 0，未变 0，删除 0。");
        page.waitForFunction("() => document.querySelectorAll('#wl-entries tr').length === 1");
        assertThat(page.textContent("#wl-entries tr")).contains("赌博").contains("严重");
        assertThat(compliance()
                        .delete("/api/v1/word-lists/entries?term=" + encode(term) + "&comment=" + encode("测试后清理"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void parameters_complianceChangesAThresholdWithAReason_andAValueOutOfBoundsIsRefused() {
        String name = "moderation.strike-window-days";
        String before = compliance()
                .get("/api/v1/parameters/" + name)
                .body()
                .at("/parameter/value")
                .asText();
        String next = before.equals("45") ? "46" : "45";
        logIn("compliance");
        page.navigate(url("/#/parameters"));
        String row = "#pm-table tr[data-parameter=\"" + name + "\"]";
        page.waitForSelector(row);

        page.fill(row + " .pm-value", "99999");
        page.fill(row + " .pm-comment", "试试上限");
        page.click(row + " .pm-save");
        page.waitForSelector("#pm-status.error");
        assertThat(compliance()
                        .get("/api/v1/parameters/" + name)
                        .body()
                        .at("/parameter/value")
                        .asText())
                .isEqualTo(before);

        page.fill(row + " .pm-value", next);
        page.fill(row + " .pm-comment", "大促期间延长宽恕期");
        page.click(row + " .pm-save");

        page.waitForSelector("#pm-status.success");
        JsonNode stored = compliance().get("/api/v1/parameters/" + name).body();
        assertThat(stored.at("/parameter/value").asText()).isEqualTo(next);
        assertThat(stored.at("/history/0/comment").asText()).isEqualTo("大促期间延长宽恕期");
        assertThat(page.inputValue(row + " .pm-value")).isEqualTo(next);
        compliance().put("/api/v1/parameters/" + name, "{\"value\":\"" + before + "\",\"comment\":\"测试后还原\"}");
    }

    @Test
    void parameters_complianceListsTheShopsOwnSites_aWildcardIsRefusedNamingIt_andAnEmptyValueClearsTheList() {
        String name = "moderation.own-link-hosts";
        logIn("compliance");
        page.navigate(url("/#/parameters"));
        String row = "#pm-table tr[data-parameter=\"" + name + "\"]";
        page.waitForSelector(row);
        try {
            page.fill(row + " .pm-value", "brand.com *.brand.com");
            page.fill(row + " .pm-comment", "本店网站");
            page.click(row + " .pm-save");
            page.waitForSelector("#pm-status.error");
            assertThat(page.textContent("#pm-status")).contains("*.brand.com");
            assertThat(compliance()
                            .get("/api/v1/parameters/" + name)
                            .body()
                            .at("/parameter/value")
                            .asText())
                    .isEmpty();

            page.fill(row + " .pm-value", "Brand.com，店铺.brand.com");
            page.click(row + " .pm-save");
            page.waitForFunction(
                    "() => document.querySelector('#pm-status').textContent.includes('「店铺.brand.com」不是域名')");

            page.fill(row + " .pm-value", "Brand.com，shop.brand.com");
            page.click(row + " .pm-save");
            page.waitForSelector("#pm-status.success");
            page.waitForFunction(
                    "selector => document.querySelector(selector).value === 'brand.com shop.brand.com'",
                    row + " .pm-value");
            assertThat(compliance()
                            .get("/api/v1/parameters/" + name)
                            .body()
                            .at("/parameter/value")
                            .asText())
                    .isEqualTo("brand.com shop.brand.com");

            page.fill(row + " .pm-value", "");
            page.fill(row + " .pm-comment", "不再放行");
            page.click(row + " .pm-save");
            page.waitForFunction("selector => document.querySelector(selector).value === ''", row + " .pm-value");
            JsonNode stored = compliance().get("/api/v1/parameters/" + name).body();
            assertThat(stored.at("/parameter/value").asText()).isEmpty();
            assertThat(stored.at("/history/0/comment").asText()).isEqualTo("不再放行");
        } finally {
            compliance().put("/api/v1/parameters/" + name, "{\"value\":\"\",\"comment\":\"测试后还原\"}");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
