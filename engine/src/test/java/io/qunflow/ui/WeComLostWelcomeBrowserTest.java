package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.TestDatabase;
import io.qunflow.wecom.MockWeCom;
import io.qunflow.wecom.WeComTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A group whose welcome template's add WeCom never answered, on the connection page with the
 * connector on and the mock WeCom behind it: an admin reads what to check in WeCom, retries, and
 * reads WeCom's answer, a refusal first and then the template added.
 */
@WeComTest
@ContextConfiguration(
        initializers = {TestDatabase.WeComBrowser.class, MockWeCom.class},
        inheritInitializers = false)
class WeComLostWelcomeBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADD = "externalcontact/group_welcome_template/add";

    @Autowired
    JdbcClient jdbc;

    String groupId;

    @BeforeEach
    void aGroupWhoseAddWasNotAnswered() {
        MockWeCom.reset("tok-lost-welcome-browser");
        groupId = newGroup("新品体验群 🎁");
        OffsetDateTime lostAt = OffsetDateTime.now(ZoneOffset.UTC);
        // As WelcomeTemplates leaves a group whose add lost its answer: the claim, its words, when.
        jdbc.sql("INSERT INTO qf_wecom_welcome_template (group_id, template_id, body, updated_at, add_answer_lost_at)"
                        + " VALUES (?, '', ?, ?, ?)")
                .params(groupId, "欢迎 %NICKNAME% 入群", lostAt, lostAt)
                .update();
    }

    @Test
    void admin_readsWhatToCheck_retries_andSeesWeComsAnswer_inBothLanguages() throws Exception {
        MockWeCom.answer(ADD, "{\"errcode\":41055,\"errmsg\":\"welcome template count reach limit\"}");
        logIn("admin");
        page.navigate(url("/#/wecom/settings"));
        String row = "#wc-lost-table tr[data-group-id='" + groupId + "'] ";
        page.waitForSelector(row);
        assertThat(page.textContent("#wc-lost h2")).isEqualTo("应答丢失的入群欢迎语");
        assertThat(page.textContent("#wc-lost p.muted"))
                .contains("客户联系 → 入群欢迎语")
                .contains("重新添加");
        assertThat(page.textContent(row + ".wc-group .named-name")).isEqualTo("新品体验群 🎁");
        assertThat(page.textContent(row + ".wc-group .named-id")).isEqualTo(groupId);
        assertThat(page.textContent(row + ".wc-message")).isEqualTo("欢迎 %NICKNAME% 入群");

        page.click(row + "button.wc-retry");
        page.waitForSelector("#wc-settings-status.error");
        assertThat(page.textContent("#wc-settings-status"))
                .as("WeCom's refusal in plain Chinese, its errcode beside")
                .contains("企业微信的入群欢迎语素材库已满")
                .contains("企业微信错误码 41055");
        assertThat(page.isEnabled(row + "button.wc-retry"))
                .as("refused, the group waits for another try")
                .isTrue();
        assertThat(lostAtOf(groupId)).isNotNull();

        MockWeCom.answer(ADD, "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-browser-1\"}");
        page.click(row + "button.wc-retry");
        page.waitForSelector("#wc-settings-status.success");

        assertThat(page.textContent("#wc-settings-status")).isEqualTo("已重新添加，企业微信的欢迎语素材 ID：tpl-browser-1");
        assertThat(page.locator(row).count())
                .as("added, the group is no longer listed")
                .isZero();
        assertThat(MockWeCom.requests(ADD))
                .hasSize(2)
                .allSatisfy(add -> assertThat(JSON.readTree(add.getBodyAsString())
                                .path("text")
                                .path("content")
                                .asText())
                        .isEqualTo("欢迎 %NICKNAME% 入群"));
        assertThat(jdbc.sql("SELECT template_id, add_answer_lost_at FROM qf_wecom_welcome_template WHERE group_id = ?")
                        .param(groupId)
                        .query((rs, n) -> Map.of(
                                "templateId",
                                rs.getString("template_id"),
                                "lost",
                                rs.getObject("add_answer_lost_at") != null))
                        .single())
                .isEqualTo(Map.of("templateId", "tpl-browser-1", "lost", false));

        page.click("#lang");
        page.waitForSelector("#view[data-ready=wecom] #wc-lost");
        assertThat(page.textContent("#wc-lost h2")).isEqualTo("Welcome templates WeCom did not answer");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
        page.click("#lang");
    }

    @Test
    void operator_seesNeitherTheListNorARetryButton_andWeComIsNotAsked() {
        logIn("operator");
        page.navigate(url("/#/wecom/settings"));
        page.waitForSelector("#view[data-ready=wecom] #not-allowed");

        assertThat(page.locator("#wc-lost").count()).isZero();
        assertThat(page.locator("button.wc-retry").count()).isZero();
        assertThat(MockWeCom.requests(ADD)).isEmpty();
        assertThat(lostAtOf(groupId)).isNotNull();
    }

    private OffsetDateTime lostAtOf(String group) {
        return jdbc.sql("SELECT add_answer_lost_at FROM qf_wecom_welcome_template WHERE group_id = ?")
                .param(group)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single();
    }
}
