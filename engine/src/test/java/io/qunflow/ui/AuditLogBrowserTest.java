package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Words;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log says in words every change the engine records, the variable parts of a code included. */
class AuditLogBrowserTest extends BrowserTest {

    @Autowired
    AuditTrail audit;

    /**
     * Every form of change the engine writes (the {@code audit.record} calls under
     * engine/src/main/java), by subject type, with what the page says for it in Chinese.
     */
    private static Map<String[], String> changes() {
        Map<String[], String> changes = new LinkedHashMap<>();
        changes.put(new String[] {"workflow", "deployed version 12"}, "部署版本 12");
        changes.put(new String[] {"workflow", "suspended version 3"}, "暂停版本 3（未通过当前检查）");
        changes.put(new String[] {"workflow", "MIGRATED"}, "迁移实例");
        changes.put(new String[] {"RULE_SET", "ROLLED_BACK_TO_V7"}, "回滚到版本 7");
        changes.put(new String[] {"RULE_SET", "EVALUATION_RAN_AWAY"}, "执行超时，版本已暂停");
        changes.put(new String[] {"MEMBER", "CONTACT_DEL_FOLLOW_USER"}, "客户删除了跟进成员");
        changes.put(new String[] {"MEMBER", "CONTACT_DEL_EXTERNAL_CONTACT"}, "跟进成员删除了客户");
        changes.put(new String[] {"MEMBER", "REMOVE_MEMBER DONE"}, "群主已处理：移出群");
        changes.put(new String[] {"MEMBER", "SEND_RED_ENVELOPE DISMISSED"}, "群主未处理（已驳回）：发红包");
        changes.put(new String[] {"WEBHOOK", "REGISTERED"}, "登记");
        changes.put(new String[] {"WEBHOOK", "DELETED"}, "删除");
        changes.put(new String[] {"GROUP", "DISSOLVED"}, "解散");
        return changes;
    }

    @Test
    void everyChangeTheEngineRecords_readsAsChineseWords_withItsVersionOrAction_andNoCodeShows() {
        String subject = "au-" + UUID.randomUUID();
        changes().keySet().forEach(c -> audit.record("system", c[0], subject, c[1], "浏览器测试", null));
        audit.record("wecom", "WORD_LIST", "import (replace)", "IMPORTED", "浏览器测试", null);

        logIn("compliance");
        page.navigate(url("/#/audit"));
        page.waitForSelector("#view[data-ready=audit] #au-table");
        page.fill("#au-subject", subject);
        page.dispatchEvent("#au-subject", "change");
        page.waitForSelector("#au-table tr[data-subject=\"" + subject + "\"]");

        Locator rows = page.locator("#au-table tbody tr[data-subject=\"" + subject + "\"]");
        assertThat(rows.count()).isEqualTo(changes().size());
        for (Map.Entry<String[], String> change : changes().entrySet()) {
            Locator row = page.locator("#au-table tr[data-subject=\"" + subject + "\"]:has(.au-change[data-change=\""
                    + change.getKey()[1] + "\"])");
            assertThat(row.locator(".au-change").textContent())
                    .as(change.getKey()[1])
                    .isEqualTo(change.getValue());
            assertThat(row.locator(".au-actor").textContent()).isEqualTo("系统");
        }
        String table = page.textContent("#au-table tbody");
        changes().keySet().forEach(c -> assertThat(table).doesNotContain(c[0], c[1]));
        assertThat(table).doesNotContain("WEBHOOK", "deployed", "suspended", "CONTACT_", "DONE", "DISMISSED");

        page.fill("#au-subject", "import (replace)");
        page.dispatchEvent("#au-subject", "change");
        page.waitForSelector("#au-table tr[data-subject=\"import (replace)\"]");
        Locator imported =
                page.locator("#au-table tr[data-subject=\"import (replace)\"]").first();
        assertThat(imported.textContent()).contains("导入（替换全部）", "敏感词", "导入").doesNotContain("import", "IMPORTED");
        assertThat(imported.locator(".au-actor").textContent()).isEqualTo("企业微信");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }

    @Test
    void theEnginesOwnComments_readInChinese_andAPersonsCommentAsTheyWroteIt() {
        String subject = "au-" + UUID.randomUUID();
        audit.record(
                "system",
                "API_KEY",
                subject,
                "ROTATED",
                new Words("key 'shop': the old secret no longer works", "密钥“shop”：旧的密钥值已失效"),
                null);
        audit.record("admin", "API_KEY", subject, "REVOKED", "shop 不再使用 (moved to the new ERP)", null);

        logIn("admin");
        page.navigate(url("/#/audit"));
        page.waitForSelector("#view[data-ready=audit] #au-table");
        page.fill("#au-subject", subject);
        page.dispatchEvent("#au-subject", "change");
        page.waitForSelector("#au-table tr[data-subject=\"" + subject + "\"]");

        assertThat(page.locator("#au-table tr[data-subject=\"" + subject + "\"] .au-comment")
                        .allTextContents())
                .containsExactly("shop 不再使用 (moved to the new ERP)", "密钥“shop”：旧的密钥值已失效");
    }
}
