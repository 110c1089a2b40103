package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import io.qunflow.ApiClient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An operator finds a silent member, reads why they are silent, and keeps them from pruning. */
class MembersBrowserTest extends BrowserTest {

    private String groupId;

    private ApiClient system() {
        return ApiClient.withKey(port, "qf_dev_key");
    }

    private void event(String type, String memberId, OffsetDateTime at, String payload) {
        ApiClient.Reply reply = system().post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        UUID.randomUUID(), type, memberId, at, payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    /** 24 members: a quiet one who joined three weeks ago and never spoke, a chatty one, and 22 more. */
    private void groupWithMembers() {
        groupId = newGroup("成员页测试群");
        OffsetDateTime now = OffsetDateTime.now();
        event("MEMBER_JOINED", "wx_quiet", now.minusDays(21), "{\"nickname\":\"小静\"}");
        event("MEMBER_JOINED", "wx_chatty", now.minusDays(21), "{\"nickname\":\"话痨阿强\"}");
        for (int day = 0; day < 10; day++) {
            event("MESSAGE_POSTED", "wx_chatty", now.minusDays(day).minusMinutes(5), "{\"text\":\"大家早上好，今天分享一个小技巧\"}");
        }
        event("CHECKED_IN", "wx_chatty", now.minusMinutes(1), "{}");
        List<String> batch = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            batch.add("""
                    {"groupId":"%s","eventId":"%s","type":"MEMBER_JOINED","memberId":"wx_more_%02d","at":"%s","payload":{"nickname":"会员%02d"}}""".formatted(groupId, UUID.randomUUID(), i, now.minusDays(2), i));
        }
        assertThat(system().post("/api/v1/events:batch", "{\"events\":[" + String.join(",", batch) + "]}")
                        .body()
                        .get("accepted")
                        .asInt())
                .isEqualTo(22);
    }

    @Test
    void operator_findsASilentMember_readsWhy_andKeepsThemFromPruningWithAReason() {
        groupWithMembers();
        JsonNode quiet =
                system().get("/api/v1/groups/" + groupId + "/members/wx_quiet").body();
        assertThat(quiet.get("layer").asText()).isEqualTo("silent");
        logIn("operator");
        page.navigate(url("/#/groups/" + groupId));
        page.click("#group-members");
        page.waitForSelector("#view[data-ready=members] [data-testid=member-table] tr[data-member]");

        assertThat(page.textContent("#mb-page")).isEqualTo("第 1 / 2 页，共 24 人");
        assertThat(page.getAttribute("#mb-rows tr[data-member] >> nth=0", "data-member"))
                .as("the most recently active first")
                .isEqualTo("wx_chatty");
        assertThat(page.textContent("#mb-rows tr[data-member=wx_chatty] .mb-points"))
                .isNotEqualTo("0");
        page.click("#mb-next");
        page.waitForSelector("#mb-page:has-text(\"第 2 / 2 页\")");
        assertThat(page.locator("#mb-rows tr[data-member]").count()).isEqualTo(4);

        page.selectOption("#mb-layer", "silent");
        page.waitForSelector("#mb-page:has-text(\"第 1 / \")");
        page.fill("#mb-search", "小静");
        page.waitForFunction("() => document.querySelectorAll('#mb-rows tr[data-member]').length === 1");
        Locator row = page.locator("#mb-rows tr[data-member=wx_quiet]");
        assertThat(row.locator(".mb-layer").textContent()).isEqualTo("沉默");
        assertThat(row.locator(".mb-last-active").textContent()).isEqualTo("从未发言");
        row.click();

        page.waitForSelector("#mb-drawer[data-member=wx_quiet] #mb-explanation li");
        List<String> why = new ArrayList<>();
        quiet.get("explanation").forEach(line -> why.add(line.asText()));
        assertThat(page.locator("#mb-explanation li").allTextContents()).containsExactlyElementsOf(why);
        assertThat(page.textContent("#mb-d-layer")).startsWith("沉默");
        assertThat(page.textContent("#mb-checkins")).startsWith("累计打卡 0 天");

        page.click("#mb-dry-run");
        page.waitForSelector("#mb-candidates tr[data-member=wx_quiet]");
        assertThat(page.textContent("#mb-candidates tr[data-member=wx_quiet]")).contains("警告");
        assertThat(page.textContent("#mb-candidates tr[data-member=wx_quiet] .mb-open .named-name"))
                .as("the candidate by the nickname the operator knows, the id beside it")
                .isEqualTo("小静");
        assertThat(page.textContent("#mb-candidates tr[data-member=wx_quiet] .mb-open .named-id"))
                .isEqualTo("wx_quiet");
        assertThat(page.locator("#mb-candidates tr[data-member=wx_chatty]").count())
                .isZero();
        page.click("#mb-candidates tr[data-member=wx_quiet] .mb-keep");
        page.waitForSelector("#mb-status.error");
        page.fill("#mb-candidates tr[data-member=wx_quiet] .mb-keep-reason", "每月都下单的老客户，只是不爱说话");
        page.click("#mb-candidates tr[data-member=wx_quiet] .mb-keep");

        page.waitForSelector("#mb-spared tr[data-member=wx_quiet]");
        page.waitForSelector("#mb-status.success");
        assertThat(page.textContent("#mb-status")).contains("已保留 小静（wx_quiet）");
        assertThat(page.textContent("#mb-spared tr[data-member=wx_quiet] .named-name"))
                .isEqualTo("小静");
        assertThat(page.textContent("#mb-spared tr[data-member=wx_quiet]"))
                .contains("kept from pruning by operator: 每月都下单的老客户，只是不爱说话");
        assertThat(page.locator("#mb-candidates tr[data-member=wx_quiet]").count())
                .isZero();
        page.waitForSelector("#mb-rows tr[data-member=wx_quiet] .mb-kept .badge");
        screenshotForTheGuide("members");
        JsonNode kept =
                system().get("/api/v1/groups/" + groupId + "/members/wx_quiet").body();
        assertThat(kept.get("keptReason").asText()).isEqualTo("每月都下单的老客户，只是不爱说话");
        assertThat(kept.get("keptBy").asText()).isEqualTo("operator");
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .get("/api/v1/audit?subjectType=MEMBER_PRUNING&subject=" + groupId + "/wx_quiet")
                        .body()
                        .findValuesAsText("comment"))
                .containsExactly("每月都下单的老客户，只是不爱说话");

        page.click("#mb-rows tr[data-member=wx_quiet]");
        page.waitForSelector("#mb-kept-note");
        assertThat(page.textContent("#mb-kept-note")).contains("operator 已将此成员保留");
    }

    @Test
    void viewers_readTheMembersInEitherLanguage_butMayNotDryRunOrKeep() {
        groupWithMembers();
        logIn("viewer");
        page.navigate(url("/#/groups/" + groupId + "/members"));
        page.waitForSelector("#view[data-ready=members] [data-testid=member-table] tr[data-member]");

        assertThat(page.locator("#mb-dry-run").count()).isZero();
        assertThat(page.textContent("#mb-pruning-card")).contains("运营人员可在这里试运行淘汰规则");
        page.fill("#mb-search", "wx_quiet");
        page.click("#mb-rows tr[data-member=wx_quiet]");
        page.waitForSelector("#mb-drawer[data-member=wx_quiet] #mb-explanation li");
        page.click("#lang");
        page.waitForSelector("#view[data-ready=members] [data-testid=member-table] tr[data-member]");
        assertThat(page.locator("#member-table thead th").allTextContents())
                .contains("Member", "Layer", "Persona", "Strikes", "Points", "Last active");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }
}
