package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class RuleSetReadApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetStore store;

    @Autowired
    AuditTrail audit;

    @Test
    void list_namesEveryShippedRuleSetWithItsActiveVersion() {
        Reply list = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/rulesets");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("name")).contains("moderation", "pruning", "welcome");
        assertThat(list.body().get(0).get("version").asInt()).isPositive();
        assertThat(list.body().get(0).get("publishedAt").asText()).isNotBlank();
    }

    @Test
    void oneRuleSet_showsTheActiveSourceAndHistoryNewestFirst() {
        String name = storedWithTwoVersions();

        Reply detail = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/rulesets/" + name);

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().get("version").asInt()).isEqualTo(1);
        assertThat(detail.body().get("source").asText()).contains("rule \"Greets\"");
        assertThat(detail.body().get("history").findValuesAsText("comment")).containsExactly("加一条规则 ✨", "first");
        assertThat(detail.body().get("history").get(0).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aVersion_isReadWithItsSourceAndDiffedAgainstAnother() {
        String name = storedWithTwoVersions();
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply v2 = viewer.get("/api/v1/rulesets/" + name + "/versions/2");
        Reply diff = viewer.get("/api/v1/rulesets/" + name + "/diff?from=1&to=2");

        assertThat(v2.status()).isEqualTo(200);
        assertThat(v2.body().get("source").asText()).contains("rule \"Says goodbye\"");
        assertThat(v2.body().get("author").asText()).isEqualTo("compliance");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body().get("diff").asText())
                .contains("--- " + name + ".drl v1")
                .contains("+++ " + name + ".drl v2")
                .contains("+rule \"Says goodbye\"")
                .doesNotContain("-rule \"Greets\"");
    }

    @Test
    void theFirstVersionAgainstThePreviousOne_isAnsweredThatThereIsNoEarlierVersion() {
        String name = "greeting-" + UUID.randomUUID().toString().substring(0, 8);
        store.insertFirst(
                name, "package x;\nrule \"Greets\"\nwhen\nthen\nend\n", "system", "first", OffsetDateTime.now());
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply active = viewer.get("/api/v1/rulesets/" + name + "/diff");
        Reply first = viewer.get("/api/v1/rulesets/" + name + "/diff?to=1");

        for (Reply reply : List.of(active, first)) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("detail").asText())
                    .isEqualTo("Version 1 is the first version of rule set '" + name
                            + "'; there is no earlier version to compare it with");
            assertThat(reply.body().get("detailZh").asText()).isEqualTo("版本 1 是规则集 " + name + " 的第一个版本，没有更早的版本可比较");
        }
    }

    @Test
    void unknownRuleSetOrVersion_is404AndAWrongVersionType400() {
        String name = storedWithTwoVersions();
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        assertThat(viewer.get("/api/v1/rulesets/no-such-rules").status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/rulesets/" + name + "/versions/9").status())
                .isEqualTo(404);
        assertThat(viewer.get("/api/v1/rulesets/" + name + "/versions/two").status())
                .isEqualTo(400);
    }

    @Test
    void rulesRequireAPersonOrTheRulesReadScope() {
        assertThat(ApiClient.withKey(port, null).get("/api/v1/rulesets").status())
                .isEqualTo(401);
    }

    @Test
    void audit_isListedNewestFirstAndFilteredBySubjectType() {
        String subject = "word-list-" + UUID.randomUUID();
        audit.record("compliance", "WORD_LIST", subject, "CHANGED", "加词 🚫", "+ 加微信");
        audit.record("compliance", "WORD_LIST", subject, "CHANGED", "再加词", "+ 私聊");
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply filtered = viewer.get("/api/v1/audit?subjectType=WORD_LIST&subject=" + subject + "&limit=1");
        Reply seeded = viewer.get("/api/v1/audit?subjectType=RULE_SET&limit=500");

        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).hasSize(1);
        assertThat(filtered.body().get(0).get("comment").asText()).isEqualTo("再加词");
        assertThat(filtered.body().get(0).get("actor").asText()).isEqualTo("compliance");
        assertThat(seeded.body().findValuesAsText("subjectType")).containsOnly("RULE_SET");
        assertThat(seeded.body().findValuesAsText("subject")).contains("moderation", "welcome", "pruning");
        assertThat(viewer.get("/api/v1/audit?limit=0").status()).isEqualTo(400);
        assertThat(ApiClient.withKey(port, "qf_dev_key").get("/api/v1/audit").status())
                .isEqualTo(403);
    }

    /** A rule set the engine does not run, so other tests never see its versions. */
    private String storedWithTwoVersions() {
        String name = "greeting-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = "package x;\nrule \"Greets\"\nwhen\nthen\nend\n";
        store.insertFirst(name, v1, "system", "first", OffsetDateTime.now());
        store.insertVersion(
                name,
                2,
                v1 + "rule \"Says goodbye\"\nwhen\nthen\nend\n",
                "compliance",
                "加一条规则 ✨",
                OffsetDateTime.now());
        return name;
    }
}
