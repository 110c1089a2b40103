package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.TestDatabase;
import io.qunflow.wecom.MockWeCom;
import io.qunflow.wecom.WeComTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The owner inbox with the connector on: the owner by their WeCom name, the userid beside it, in both languages. */
@WeComTest
@ContextConfiguration(
        initializers = {TestDatabase.WeComBrowser.class, MockWeCom.class},
        inheritInitializers = false)
class WeComStaffNamesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void ownerInbox_namesTheOwnerAsWeComDoes_withTheUseridBeside() {
        MockWeCom.reset("tok-staff-names-browser");
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        MockWeCom.answerGet("user/get", "userid", owner, """
                {"errcode":0,"errmsg":"ok","userid":"%s","name":"何店长"}""".formatted(owner));
        String groupId = newGroup("母婴团购群");
        String taskId = "otk-" + owner;
        jdbc.sql("INSERT INTO qf_wecom_owner_task (id, action_id, action_type, group_id, member_id, owner_user_id,"
                        + " status, created_at) VALUES (?, ?, 'REMOVE_MEMBER', ?, 'wmSpammer', ?, 'OPEN', ?)")
                .params(taskId, "act-" + taskId, groupId, owner, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        logIn("operator");

        page.navigate(url("/#/wecom/tasks"));
        String cell = "#wc-task-table tr[data-id='" + taskId + "'] .wc-owner";
        page.waitForSelector(cell);
        // The first view asks WeCom in the background; the name shows once it is kept.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT name FROM qf_wecom_staff_name WHERE user_id = ?")
                        .param(owner)
                        .query((rs, row) -> rs.getString("name"))
                        .list()
                        .contains("何店长"));
        page.reload();
        page.waitForSelector(cell + " .named-id");

        assertThat(page.textContent(cell + " .named-name")).isEqualTo("何店长");
        assertThat(page.textContent(cell + " .named-id")).isEqualTo(owner);
        assertThat(page.getAttribute(cell, "title")).isEqualTo("企业微信账号：" + owner);
        page.click("#lang");
        page.waitForSelector(cell);
        assertThat(page.getAttribute(cell, "title")).isEqualTo("WeCom userid: " + owner);
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
        page.click("#lang");
    }
}
