package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@RulePublishingTest
class ShadowApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    ApiClient compliance;
    ApiClient connector;
    String groupId;
    String activeSource;

    @BeforeEach
    void openGroup() {
        compliance = ApiClient.asUser(port, "compliance", "qunflow");
        connector = ApiClient.withKey(port, "qf_dev_key");
        groupId = "g-" + UUID.randomUUID();
        connector.post("/api/v1/groups", """
                {"id":"%s","name":"母婴团购群","intro":"团购","type":"TRAFFIC"}""".formatted(groupId));
        activeSource = compliance
                .get("/api/v1/rulesets/moderation")
                .body()
                .get("source")
                .asText();
    }

    @AfterEach
    void stopShadow() {
        compliance.delete("/api/v1/rulesets/moderation/shadow");
    }

    private JsonNode message(String memberId, String text) {
        Reply reply = connector.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s","at":"2026-11-11T20:00:00+08:00",
                 "payload":{"text":%s}}""".formatted(
                        UUID.randomUUID(), memberId, JsonNodeFactory.instance.textNode(text)));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode disagreements() {
        return compliance
                .get("/api/v1/rulesets/moderation/shadow/disagreements?limit=500")
                .body();
    }

    /** Waits until the shadow worker has stored a disagreement for the member. */
    private JsonNode disagreementsOnceListed(String memberId) {
        return await().atMost(Duration.ofSeconds(10)).until(this::disagreements, list -> mentions(list, memberId));
    }

    private static boolean mentions(JsonNode list, String memberId) {
        for (JsonNode d : list) {
            if (memberId.equals(d.path("memberId").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aShadowCandidate_isNeverActedOn_andItsDisagreementsAreListed() {
        Reply started = compliance.post(
                "/api/v1/rulesets/moderation/shadow",
                PublishApiTest.body(activeSource + PublishApiTest.BARGAIN_RULE, "先影子跑一周看看误伤"));
        assertThat(started.status()).isEqualTo(201);
        String bargainer = "m-" + UUID.randomUUID();
        String spammer = "m-" + UUID.randomUUID();

        String marker = "m-" + UUID.randomUUID();

        JsonNode live = message(bargainer, "帮我砍一刀吧🙏");
        message(spammer, "加微信领福利");
        message(marker, "帮我砍一刀");

        assertThat(live.get("decisions")).isEmpty();
        assertThat(live.get("actions")).isEmpty();
        // One worker compares in arrival order: once the marker is listed, the spammer was compared.
        JsonNode list = disagreementsOnceListed(marker);
        JsonNode found = null;
        for (JsonNode d : list) {
            if (bargainer.equals(d.path("memberId").asText())) {
                found = d;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("groupId").asText()).isEqualTo(groupId);
        assertThat(found.get("eventId").asText()).isEqualTo(live.get("eventId").asText());
        assertThat(found.get("activeOutcomes")).isEmpty();
        assertThat(found.get("candidateOutcomes").get(0).asText()).isEqualTo("DELETE_MESSAGE");
        assertThat(found.get("activeVersion").asInt()).isPositive();
        assertThat(mentions(list, spammer))
                .as("agreeing evaluations are not listed")
                .isFalse();
        JsonNode status = compliance.get("/api/v1/rulesets/moderation/shadow").body();
        assertThat(status.get("evaluated").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(status.get("startedBy").asText()).isEqualTo("compliance");

        Reply stopped = compliance.delete("/api/v1/rulesets/moderation/shadow");
        String later = "m-" + UUID.randomUUID();
        message(later, "帮我砍一刀吧");

        assertThat(stopped.status()).isEqualTo(200);
        assertThat(compliance.get("/api/v1/rulesets/moderation/shadow").status())
                .isEqualTo(404);
        JsonNode audit = compliance
                .get("/api/v1/audit?subjectType=RULE_SET&subject=moderation&limit=2")
                .body();
        assertThat(audit.findValuesAsText("change")).containsExactly("SHADOW_STOPPED", "SHADOW_STARTED");
        // A new shadow's first disagreement comes after anything the stopped one could still have queued.
        compliance.post(
                "/api/v1/rulesets/moderation/shadow",
                PublishApiTest.body(activeSource + PublishApiTest.BARGAIN_RULE, "再跑一次"));
        String afterRestart = "m-" + UUID.randomUUID();
        message(afterRestart, "帮我砍一刀");
        assertThat(mentions(disagreementsOnceListed(afterRestart), later)).isFalse();
    }

    @Test
    void aCandidateDisagreeingOnEveryEvent_keepsOnlyTheNewestDisagreementsStored() {
        List<Object[]> earlier = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < Shadows.MAX_KEPT; i++) {
            earlier.add(new Object[] {"moderation", 1, "old-" + i, groupId, "m-old", "", "DELETE_MESSAGE", at});
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO qf_shadow_disagreement (rule_set, active_version, event_id, group_id, member_id,"
                        + " active_outcomes, candidate_outcomes, seen_at) VALUES (?,?,?,?,?,?,?,?)",
                earlier);
        compliance.post(
                "/api/v1/rulesets/moderation/shadow",
                PublishApiTest.body(activeSource + PublishApiTest.BARGAIN_RULE, "每条都不一致"));
        String marker = "m-" + UUID.randomUUID();

        message(marker, "帮我砍一刀");

        disagreementsOnceListed(marker);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_shadow_disagreement WHERE rule_set = 'moderation'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(Shadows.MAX_KEPT);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_shadow_disagreement WHERE event_id = 'old-0'")
                        .query(Integer.class)
                        .single())
                .as("the oldest goes first")
                .isZero();
    }

    @Test
    void aShadowStartedOverARunningOne_recordsTheReplacedOnesEndInTheAudit() {
        compliance.post(
                "/api/v1/rulesets/moderation/shadow",
                PublishApiTest.body(activeSource + PublishApiTest.BARGAIN_RULE, "第一版影子"));
        String marker = "m-" + UUID.randomUUID();
        message(marker, "帮我砍一刀");
        disagreementsOnceListed(marker);

        Reply second =
                compliance.post("/api/v1/rulesets/moderation/shadow", PublishApiTest.body(activeSource, "第二版影子"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("comment").asText()).isEqualTo("第二版影子");
        JsonNode audit = compliance
                .get("/api/v1/audit?subjectType=RULE_SET&subject=moderation&limit=3")
                .body();
        assertThat(audit.findValuesAsText("change"))
                .containsExactly("SHADOW_STARTED", "SHADOW_STOPPED", "SHADOW_STARTED");
        assertThat(audit.get(1).get("comment").asText())
                .startsWith("replaced by a new shadow after ")
                .contains(" 1 disagreements");
        assertThat(audit.get(1).get("commentZh").asText())
                .startsWith("被新的影子运行取代：共评估 ")
                .endsWith("与生效版本不一致 1 次");
        assertThat(audit.get(0).get("commentZh").isNull())
                .as("the person's own comment is kept in their words alone")
                .isTrue();
    }

    @Test
    void aFailingCandidate_isRecorded_andTheLivePathIsUnaffected() {
        String failing = activeSource + """

                rule "Fails on every message"
                when
                    ChatMessage( )
                    $v : Verdict( )
                then
                    $v.decide("NOTE", "about to fail");
                    throw new IllegalStateException("candidate bug");
                end
                """;
        compliance.post("/api/v1/rulesets/moderation/shadow", PublishApiTest.body(failing, "看看会不会炸"));
        String spammer = "m-" + UUID.randomUUID();

        JsonNode live = message(spammer, "加微信领福利");

        assertThat(live.get("decisions").findValuesAsText("outcome")).contains("WARN_MEMBER");
        JsonNode list = disagreementsOnceListed(spammer);
        JsonNode found = null;
        for (JsonNode d : list) {
            if (spammer.equals(d.path("memberId").asText())) {
                found = d;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("candidateOutcomes").get(0).asText()).isEqualTo("ERROR");
        assertThat(found.get("detail").asText()).contains("candidate bug");
        assertThat(found.get("activeOutcomes").toString()).contains("WARN_MEMBER");
    }

    @Test
    void onlyComplianceStartsAShadow_andARefusedSourceStartsNothing() {
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .post("/api/v1/rulesets/moderation/shadow", PublishApiTest.body(activeSource, "x"))
                        .status())
                .isEqualTo(403);
        assertThat(compliance
                        .post(
                                "/api/v1/rulesets/moderation/shadow",
                                PublishApiTest.body(
                                        activeSource
                                                + "\nrule \"x\"\nwhen\nthen\n  Runtime.getRuntime().halt(0);\nend\n",
                                        "x"))
                        .status())
                .isEqualTo(400);
        assertThat(compliance
                        .post("/api/v1/rulesets/moderation/shadow", PublishApiTest.body(activeSource, null))
                        .status())
                .isEqualTo(400);
        assertThat(compliance.get("/api/v1/rulesets/moderation/shadow").status())
                .isEqualTo(404);
        assertThat(compliance.delete("/api/v1/rulesets/moderation/shadow").status())
                .isEqualTo(404);
    }
}
