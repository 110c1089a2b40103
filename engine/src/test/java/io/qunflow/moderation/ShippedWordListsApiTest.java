package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.audit.AuditEntry;
import io.qunflow.audit.AuditTrail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation seeded by an earlier release gets the terms a new release adds to a shipped
 * file at its next start, once, with an audit entry; a shipped term compliance removed stays
 * removed, also where the earlier release did not remember what it offered (the audit trail says
 * what compliance took out); a shipped term a release withdrew is taken out where it is still listed
 * as shipped, and stays where compliance listed or changed it. Each case takes the installation back to an earlier release's state
 * in the database, then starts the update as a start does.
 */
@ApiTest
class ShippedWordListsApiTest {

    private static final String FILE = "gambling.csv";
    private static final String NEW_IN_THIS_RELEASE = "时时彩";
    private static final String REMOVED_BY_COMPLIANCE = "百家乐";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShippedWordLists shipped;

    @Autowired
    WordListService wordLists;

    @Autowired
    LiveScreener live;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void listEveryShippedTermAgain() {
        for (LexiconEntry entry : ShippedLexicon.byFile().get(FILE)) {
            if (wordLists.entries(null, null).stream().noneMatch(e -> e.term().equals(entry.term()))) {
                wordLists.add(entry.term(), entry.category(), entry.severity(), "test", "测试结束，恢复");
            }
            jdbc.sql(
                            "INSERT INTO qf_lexicon_shipped_term (file_name, term, offered_at) SELECT ?, ?, CURRENT_TIMESTAMP"
                                    + " WHERE NOT EXISTS (SELECT 1 FROM qf_lexicon_shipped_term WHERE file_name = ? AND term = ?)")
                    .params(FILE, entry.term(), FILE, entry.term())
                    .update();
        }
    }

    @Test
    void aTermANewReleaseAddsToASeededFile_isListedAtTheNextStart_once_withAnAuditEntry() {
        asIfAnEarlierReleaseHadNotShipped(NEW_IN_THIS_RELEASE);
        long auditBefore = shippedTermAudits().size();

        startUp();

        assertThat(listed(NEW_IN_THIS_RELEASE)).isTrue();
        assertThat(wordLists.screen("今晚一起玩时时彩", MessageFlags.NONE).clean()).isFalse();
        List<AuditEntry> audits = shippedTermAudits();
        assertThat(audits).hasSize((int) auditBefore + 1);
        assertThat(audits.get(0).diff()).isEqualTo("+ 时时彩,GAMBLING,SEVERE");
        assertThat(audits.get(0).commentZh()).contains("本版本").contains(FILE);
        assertThat(offered()).contains(NEW_IN_THIS_RELEASE);

        startUp();

        assertThat(shippedTermAudits()).hasSize((int) auditBefore + 1);
    }

    @Test
    void aShippedTermComplianceRemoved_staysRemoved_atTheNextStart() {
        wordLists.remove(REMOVED_BY_COMPLIANCE, "compliance", "我们的客户群里常聊这个游戏");

        startUp();

        assertThat(listed(REMOVED_BY_COMPLIANCE)).isFalse();
        assertThat(wordLists.screen("周末去澳门玩百家乐", MessageFlags.NONE).clean()).isTrue();
    }

    @Test
    void anInstallationSeededBeforeTermsWereRemembered_getsTheNewTerms_butNotOnesComplianceRemoved() {
        wordLists.remove(REMOVED_BY_COMPLIANCE, "compliance", "我们的客户群里常聊这个游戏");
        asIfAnEarlierReleaseHadNotShipped(NEW_IN_THIS_RELEASE);
        jdbc.sql("DELETE FROM qf_lexicon_shipped_term WHERE file_name = ?")
                .param(FILE)
                .update();

        startUp();

        assertThat(listed(NEW_IN_THIS_RELEASE)).isTrue();
        assertThat(listed(REMOVED_BY_COMPLIANCE)).isFalse();
        assertThat(offered())
                .containsExactlyInAnyOrderElementsOf(ShippedLexicon.byFile().get(FILE).stream()
                        .map(LexiconEntry::term)
                        .distinct()
                        .toList());
        assertThat(ApiClient.asUser(port, "compliance", "qunflow")
                        .get("/api/v1/word-lists/entries?q=" + URLEncoder.encode("时时彩", StandardCharsets.UTF_8))
                        .body()
                        .findValuesAsText("addedBy"))
                .containsExactly("system");
    }

    @Test
    void aTermAReleaseWithdrew_isTakenOutAtTheNextStart_once_withAnAuditEntry() {
        asIfAnEarlierReleaseHadShipped("私袜", Category.PORN, Severity.SEVERE);
        assertThat(wordLists.screen("这款丝袜不勾丝，黑色的还有货", MessageFlags.NONE).clean())
                .isFalse();
        long auditBefore = withdrawalAudits().size();

        startUp();

        assertThat(listed("私袜")).isFalse();
        assertThat(wordLists.screen("这款丝袜不勾丝，黑色的还有货", MessageFlags.NONE).clean())
                .isTrue();
        assertThat(wordLists.screen("收二手丝袜，私聊", MessageFlags.NONE).clean()).isFalse();
        List<AuditEntry> audits = withdrawalAudits();
        assertThat(audits).hasSize((int) auditBefore + 1);
        assertThat(audits.get(0).diff()).isEqualTo("- 私袜,PORN,SEVERE");
        assertThat(audits.get(0).commentZh()).contains("撤回");

        startUp();

        assertThat(withdrawalAudits()).hasSize((int) auditBefore + 1);
    }

    @Test
    void aWithdrawnTermComplianceListedOrChanged_staysListed() {
        wordLists.add("日结", Category.SCAM, Severity.HIGH, "compliance", "我们的群里日结兼职广告很多");
        asIfAnEarlierReleaseHadShipped("私袜", Category.PORN, Severity.HIGH);

        startUp();

        assertThat(listed("日结")).isTrue();
        assertThat(listed("私袜")).isTrue();
    }

    @AfterEach
    void unlistTheWithdrawnTerms() {
        for (LexiconEntry withdrawn : ShippedLexicon.withdrawn()) {
            jdbc.sql("DELETE FROM qf_lexicon_entry WHERE term = ?")
                    .param(withdrawn.term())
                    .update();
        }
        live.rebuild();
    }

    private void asIfAnEarlierReleaseHadShipped(String term, Category category, Severity severity) {
        jdbc.sql("INSERT INTO qf_lexicon_entry (term, category, severity, added_by, added_at)"
                        + " VALUES (?, ?, ?, 'system', CURRENT_TIMESTAMP)")
                .params(term, category.name(), severity.name())
                .update();
        live.rebuild();
    }

    private List<AuditEntry> withdrawalAudits() {
        return audit.recent("WORD_LIST", ShippedLexicon.WITHDRAWN, 100).stream()
                .filter(e -> e.change().equals("SHIPPED_TERMS_WITHDRAWN"))
                .toList();
    }

    private void asIfAnEarlierReleaseHadNotShipped(String term) {
        jdbc.sql("DELETE FROM qf_lexicon_entry WHERE term = ?").param(term).update();
        jdbc.sql("DELETE FROM qf_lexicon_shipped_term WHERE file_name = ? AND term = ?")
                .params(FILE, term)
                .update();
        live.rebuild();
    }

    private void startUp() {
        tx.executeWithoutResult(status -> shipped.bringUpToDate());
        live.rebuild();
    }

    private boolean listed(String term) {
        return wordLists.entries(null, null).stream().anyMatch(e -> e.term().equals(term));
    }

    private List<String> offered() {
        return jdbc.sql("SELECT term FROM qf_lexicon_shipped_term WHERE file_name = ?")
                .param(FILE)
                .query(String.class)
                .list();
    }

    private List<AuditEntry> shippedTermAudits() {
        return audit.recent("WORD_LIST", FILE, 100).stream()
                .filter(e -> e.change().equals("SHIPPED_TERMS_ADDED"))
                .toList();
    }
}
