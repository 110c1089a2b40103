package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RulePublishingTest
class PublishApiTest {

    static final String BARGAIN_RULE = """

            rule "Bargain-chain begging is deleted"
            when
                ChatMessage( !staff, text contains "砍一刀" )
                not Offence( )
                $v : Verdict( )
            then
                $v.decide("DELETE_MESSAGE", "拼多多砍一刀求助不属于本群内容");
            end
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleEngine engine;

    ApiClient compliance;
    ApiClient connector;
    String groupId;

    @BeforeEach
    void openGroup() {
        compliance = ApiClient.asUser(port, "compliance", "qunflow");
        connector = ApiClient.withKey(port, "qf_dev_key");
        groupId = "g-" + UUID.randomUUID();
        assertThat(connector.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈好物分享群","intro":"好物推荐","type":"TRAFFIC"}""".formatted(groupId)).status())
                .isEqualTo(201);
    }

    static String body(String source, String comment) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("source", source);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body.toString();
    }

    private JsonNode message(String memberId, String text) {
        Reply reply = connector.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s","at":"2026-11-11T20:00:00+08:00",
                 "payload":{"text":%s}}""".formatted(
                        UUID.randomUUID(), memberId, JsonNodeFactory.instance.textNode(text)));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void publishingAnAddedWord_changesTheNextOutcome_andRollbackRestoresIt() {
        JsonNode active = compliance.get("/api/v1/rulesets/moderation").body();
        int before = active.get("version").asInt();
        assertThat(message("m1", "帮我砍一刀吧🙏").get("decisions")).isEmpty();

        Reply published = compliance.post(
                "/api/v1/rulesets/moderation/versions",
                body(active.get("source").asText() + BARGAIN_RULE, "双11砍一刀刷屏，先删消息 ✂️"));

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().get("version").asInt()).isEqualTo(before + 1);
        assertThat(engine.activeVersion("moderation")).isEqualTo(before + 1);
        JsonNode decided = message("m2", "帮我砍一刀吧🙏").get("decisions").get(0);
        assertThat(decided.get("outcome").asText()).isEqualTo("DELETE_MESSAGE");
        assertThat(decided.get("rule").asText()).isEqualTo("Bargain-chain begging is deleted");
        assertThat(decided.get("ruleSetVersion").asInt()).isEqualTo(before + 1);

        Reply rolledBack = compliance.post(
                "/api/v1/rulesets/moderation/rollback", "{\"version\":%d,\"comment\":\"误删太多，先回滚\"}".formatted(before));

        assertThat(rolledBack.status()).isEqualTo(201);
        assertThat(rolledBack.body().get("version").asInt()).isEqualTo(before + 2);
        assertThat(rolledBack.body().get("source").asText())
                .isEqualTo(active.get("source").asText());
        assertThat(message("m3", "帮我砍一刀吧🙏").get("decisions")).isEmpty();
        JsonNode history = compliance.get("/api/v1/rulesets/moderation").body().get("history");
        assertThat(history.get(0).get("version").asInt()).isEqualTo(before + 2);
        assertThat(history.findValuesAsText("comment")).contains("双11砍一刀刷屏，先删消息 ✂️", "误删太多，先回滚");
        JsonNode audit = compliance
                .get("/api/v1/audit?subjectType=RULE_SET&subject=moderation&limit=2")
                .body();
        assertThat(audit.get(0).get("change").asText()).isEqualTo("ROLLED_BACK_TO_V" + before);
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("compliance");
        assertThat(audit.get(0).get("diff").asText()).contains("-rule \"Bargain-chain begging is deleted\"");
        assertThat(audit.get(1).get("change").asText()).isEqualTo("PUBLISHED");
        assertThat(audit.get(1).get("comment").asText()).isEqualTo("双11砍一刀刷屏，先删消息 ✂️");
        assertThat(audit.get(1).get("diff").asText()).contains("+    ChatMessage( !staff, text contains \"砍一刀\" )");
    }

    @Test
    void refusedSources_storeNothingAndTheActiveVersionKeepsServing() {
        JsonNode active = compliance.get("/api/v1/rulesets/moderation").body();
        int before = active.get("version").asInt();
        String[] refused = {
            "Runtime.getRuntime().exec(\"rm -rf /\");",
            "new java.io.File(\"/tmp/x\").delete();",
            "Class.forName(\"java.lang.Runtime\");",
        };

        for (String code : refused) {
            String source = active.get("source").asText() + """

                    rule "Sneaks out"
                    when
                        $v : Verdict( )
                    then
                        %s
                    end
                    """.formatted(code);
            Reply reply = compliance.post("/api/v1/rulesets/moderation/versions", body(source, "试试"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("errors").get(0).get("message").asText())
                    .startsWith("line ");
        }
        Reply noComment = compliance.post(
                "/api/v1/rulesets/moderation/versions",
                body(active.get("source").asText(), null));
        Reply syntax = compliance.post("/api/v1/rulesets/moderation/versions", body("rule \"x\" when then", "x"));

        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body().get("detail").asText()).isEqualTo("The new version is invalid");
        assertThat(noComment.body().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.body().get("detailZh").asText()).startsWith("规则有误，已拒绝：共 ");
        assertThat(syntax.body().get("errors").findValuesAsText("messageZh"))
                .isNotEmpty()
                .allMatch(m -> m.startsWith("规则"));
        assertThat(engine.activeVersion("moderation")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT MAX(version) FROM qf_rule_set_version WHERE name = 'moderation'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        assertThat(message("m9", "加微信领券")
                        .get("decisions")
                        .get(0)
                        .get("ruleSetVersion")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void aRollbackToAFractionalVersion_isRefused_notCutToAWholeOne() {
        int newest = jdbc.sql("SELECT MAX(version) FROM qf_rule_set_version WHERE name = 'moderation'")
                .query(Integer.class)
                .single();

        Reply fraction =
                compliance.post("/api/v1/rulesets/moderation/rollback", "{\"version\":1.5,\"comment\":\"回滚\"}");

        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.contentType()).startsWith("application/problem+json");
        assertThat(fraction.body().get("errors").findValuesAsText("field")).containsExactly("version");
        assertThat(fraction.body().get("errors").findValuesAsText("message")).containsExactly("must be a whole number");
        assertThat(jdbc.sql("SELECT MAX(version) FROM qf_rule_set_version WHERE name = 'moderation'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(newest);
    }

    @Test
    void onlyComplianceMayPublishOrRollBack() {
        ApiClient designer = ApiClient.asUser(port, "designer", "qunflow");

        assertThat(designer.post("/api/v1/rulesets/moderation/versions", body("package x;", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(connector
                        .post("/api/v1/rulesets/moderation/rollback", "{\"version\":1,\"comment\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(compliance
                        .post("/api/v1/rulesets/moderation/rollback", "{\"version\":999,\"comment\":\"x\"}")
                        .status())
                .isEqualTo(404);
        Reply noVersion = compliance.post("/api/v1/rulesets/moderation/rollback", "{\"comment\":\"x\"}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.contentType()).startsWith("application/problem+json");
        assertThat(noVersion.body().get("detail").asText()).isEqualTo("The rollback is invalid");
        assertThat(noVersion.body().get("errors").findValuesAsText("field")).containsExactly("version");
        assertThat(noVersion.body().get("errors").findValuesAsText("message")).containsExactly("is required");
        assertThat(noVersion.body().get("errors").findValuesAsText("messageZh")).containsExactly("必填");
    }

    @Test
    void aRollbackToTheActiveVersion_orToOneWithItsSource_isRefusedAndStoresNothing() {
        JsonNode active = compliance.get("/api/v1/rulesets/moderation").body();
        int before = active.get("version").asInt();
        Reply published = compliance.post(
                "/api/v1/rulesets/moderation/versions",
                body(active.get("source").asText() + BARGAIN_RULE, "先拦截砍一刀"));
        Reply rolledBack = compliance.post(
                "/api/v1/rulesets/moderation/rollback", "{\"version\":%d,\"comment\":\"撤回\"}".formatted(before));
        assertThat(published.status()).isEqualTo(201);
        assertThat(rolledBack.status()).isEqualTo(201);
        int newest = before + 2;
        int audited = auditEntries();

        Reply toActive = compliance.post(
                "/api/v1/rulesets/moderation/rollback", "{\"version\":%d,\"comment\":\"再回滚一次\"}".formatted(newest));
        Reply toSameSource = compliance.post(
                "/api/v1/rulesets/moderation/rollback", "{\"version\":%d,\"comment\":\"再回滚一次\"}".formatted(before));

        assertThat(toActive.status()).isEqualTo(409);
        assertThat(toActive.contentType()).startsWith("application/problem+json");
        assertThat(toActive.body().get("detail").asText())
                .isEqualTo("Version " + newest
                        + " of rule set 'moderation' is already the active one; nothing was changed");
        assertThat(toActive.body().get("detailZh").asText())
                .isEqualTo("版本 " + newest + " 已是规则集 moderation 的生效版本，未做任何更改");
        assertThat(toSameSource.status()).isEqualTo(409);
        assertThat(toSameSource.body().get("detail").asText())
                .isEqualTo("Version " + before + " of rule set 'moderation' has the same source as the active version "
                        + newest + "; nothing was changed");
        assertThat(toSameSource.body().get("detailZh").asText())
                .isEqualTo("规则集 moderation 的版本 " + before + " 与生效版本 " + newest + " 的源码相同，未做任何更改");
        assertThat(newestStored()).isEqualTo(newest);
        assertThat(engine.activeVersion("moderation")).isEqualTo(newest);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    void publishingTheActiveSourceAgain_isRefusedAndStoresNothing() {
        JsonNode active = compliance.get("/api/v1/rulesets/moderation").body();
        int before = active.get("version").asInt();
        int audited = auditEntries();

        Reply again = compliance.post(
                "/api/v1/rulesets/moderation/versions",
                body(active.get("source").asText(), "再发一次"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText())
                .isEqualTo("The source is the same as the active version " + before
                        + " of rule set 'moderation'; nothing was published");
        assertThat(again.body().get("detailZh").asText()).isEqualTo("源码与规则集 moderation 的生效版本 " + before + " 相同，未发布新版本");
        assertThat(newestStored()).isEqualTo(before);
        assertThat(engine.activeVersion("moderation")).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    private int newestStored() {
        return jdbc.sql("SELECT MAX(version) FROM qf_rule_set_version WHERE name = 'moderation'")
                .query(Integer.class)
                .single();
    }

    private int auditEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'RULE_SET' AND subject = 'moderation'")
                .query(Integer.class)
                .single();
    }
}
