package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class WorkflowApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deploy_asDesigner_storesANewVersionListsItAndAuditsIt() {
        String key = "wf-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = Bpmn.oneTask(key, Bpmn.serviceTask("postContentDelegate", Bpmn.input("content", "DAILY_TOPIC")));

        Reply first = Bpmn.deploy(port, "designer", xml);
        Reply second = Bpmn.deploy(port, "designer", xml.replace("任务", "每日话题"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().at("/definitions/0/key").asText()).isEqualTo(key);
        assertThat(second.body().at("/definitions/0/version").asInt()).isEqualTo(2);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isEqualTo(2);
        JsonNode listed = definition(
                ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/workflows")
                        .body(),
                key);
        assertThat(listed.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(listed.get("versions")).hasSize(2);
        assertThat(listed.at("/versions/0/source").asText()).isEqualTo(WorkflowCatalog.SOURCE);
        Reply v1 = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/workflows/" + key + "/xml?version=1");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.raw()).contains("name=\"任务\"").doesNotContain("每日话题");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'workflow' AND subject = ?"
                                + " AND actor = 'designer'")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void deploy_withAComment_recordsTheCommentInTheAuditTrail() {
        String key = "wf-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = Bpmn.oneTask(key, Bpmn.serviceTask("postContentDelegate", Bpmn.input("content", "DAILY_TOPIC")));
        String comment = "启动期改为两天 🚀";

        Reply deployed =
                Bpmn.deploy(port, "designer", xml, "?comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8));
        Reply silent = Bpmn.deploy(port, "designer", xml.replace("任务", "每日话题"));

        assertThat(deployed.status()).isEqualTo(201);
        assertThat(silent.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT comment FROM qf_audit WHERE subject_type = 'workflow' AND subject = ? ORDER BY id")
                        .param(key)
                        .query(String.class)
                        .list())
                .containsExactly(comment, "Deployed without a comment");
        Reply audit =
                ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/audit?subjectType=workflow&subject=" + key);
        assertThat(audit.body().findValuesAsText("comment")).containsExactly("Deployed without a comment", comment);
        // The engine's words come in Chinese too; the designer's stay as they wrote them.
        assertThat(audit.body().get(0).get("commentZh").asText()).isEqualTo("部署时未填写说明");
        assertThat(audit.body().get(1).get("commentZh").isNull()).isTrue();
    }

    @Test
    void deploy_unknownDelegate_isRefusedNamingTheElementAndStoresNothing() {
        String key = "wf-" + UUID.randomUUID().toString().substring(0, 8);

        Reply reply = Bpmn.deploy(port, "designer", Bpmn.oneTask(key, Bpmn.serviceTask("sendCouponsDelegate", "")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().at("/errors/0/elementId").asText()).isEqualTo("Task");
        assertThat(reply.body().at("/errors/0/message").asText()).contains("sendCouponsDelegate");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("流程有 1 处问题");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void deploy_qunflowTaskInputs_areCheckedBeforeDeploying() {
        String key = "wf-" + UUID.randomUUID().toString().substring(0, 8);

        Reply unknownRuleSet = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(key, Bpmn.serviceTask("runRuleSetDelegate", Bpmn.input("ruleSet", "lottery"))));
        Reply badContent = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(key, Bpmn.serviceTask("postContentDelegate", Bpmn.input("content", "COUPON"))));
        Reply noAmount = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(key, Bpmn.serviceTask("grantRewardDelegate", Bpmn.input("reward", "RED_ENVELOPE"))));

        assertThat(unknownRuleSet.status()).isEqualTo(400);
        assertThat(unknownRuleSet.body().at("/errors/0/message").asText())
                .contains("pruning")
                .contains("lottery");
        assertThat(badContent.body().at("/errors/0/message").asText()).contains("CALENDAR", "TEMPLATE");
        assertThat(noAmount.body().at("/errors/0/message").asText()).contains("amountCents");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void deploy_refusesRedEnvelopeWordsWithHiddenCharacters_beforeAnyMemberIsSentThem() {
        String key = "envelope-words-" + UUID.randomUUID().toString().substring(0, 8);
        Reply hidden = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTask(
                        key,
                        Bpmn.serviceTask(
                                "grantRewardDelegate",
                                Bpmn.input("reward", "RED_ENVELOPE")
                                        + Bpmn.input("amountCents", "88")
                                        + Bpmn.input("text", "恭喜\u2066发财"))));

        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body().get("errors").findValuesAsText("attribute")).containsExactly("text");
        assertThat(hidden.body().at("/errors/0/messageZh").asText())
                .startsWith("输入 text（红包祝福语）不能含不可见或改变文字方向的字符（第 3 个字符 U+2066）");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void deploy_timerThatIsNotADuration_isRefusedOnTheTimer() {
        String broken = Bpmn.shippedLifecycle().replace("${launchPeriod}", "两天");
        long before = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("group-lifecycle")
                .count();

        Reply reply = Bpmn.deploy(port, "designer", broken);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/errors/0/elementId").asText()).isEqualTo("Timer_LaunchPeriod");
        assertThat(reply.body().at("/errors/0/message").asText()).contains("两天").contains("ISO 8601");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("group-lifecycle")
                        .count())
                .isEqualTo(before);
    }

    @Test
    void deploy_whatCamundaCannotRun_isRefusedWithCamundasElementId() {
        String key = "wf-" + UUID.randomUUID().toString().substring(0, 8);
        String noImplementation = """
                <bpmn:serviceTask id="Task" name="没有实现">
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:serviceTask>""";

        Reply reply = Bpmn.deploy(port, "designer", Bpmn.oneTask(key, noImplementation));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/errors/0/elementId").asText()).isEqualTo("Task");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void deploy_notBpmn_isA400WithTheLine() {
        Reply notXml = Bpmn.deploy(port, "designer", "<bpmn:definitions><oops></bpmn:definitions>");
        Reply empty = Bpmn.deploy(port, "designer", "");

        assertThat(notXml.status()).isEqualTo(400);
        assertThat(notXml.body().at("/errors/0/line").asInt()).isEqualTo(1);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void deploy_withoutABodyOrWithTooLongAComment_isA400NamingTheField_andNothingIsDeployed() {
        String xml = Bpmn.oneTask(
                "wf-long-comment", Bpmn.serviceTask("postContentDelegate", Bpmn.input("content", "CAMPAIGN")));

        Reply empty = Bpmn.deploy(port, "designer", "");
        Reply longComment = Bpmn.deploy(port, "designer", xml, "?comment=" + "x".repeat(2001));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.body().get("detail").asText()).isEqualTo("The BPMN file is invalid");
        assertThat(empty.body().get("errors").findValuesAsText("field")).containsExactly("body");
        assertThat(empty.body().get("errors").findValuesAsText("message")).containsExactly("is required");
        assertThat(longComment.status()).isEqualTo(400);
        assertThat(longComment.body().get("detail").asText()).isEqualTo("The BPMN file is invalid");
        assertThat(longComment.body().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(longComment.body().get("errors").findValuesAsText("message"))
                .containsExactly("must be at most 2000 characters (an emoji counts as two)");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("wf-long-comment")
                        .count())
                .isZero();
    }

    @Test
    void deploy_byAnyoneButADesigner_isForbidden() {
        String xml = Bpmn.oneTask(
                "wf-forbidden", Bpmn.serviceTask("postContentDelegate", Bpmn.input("content", "CAMPAIGN")));

        assertThat(Bpmn.deploy(port, "viewer", xml).status()).isEqualTo(403);
        assertThat(Bpmn.deploy(port, "operator", xml).status()).isEqualTo(403);
        assertThat(Bpmn.deploy(port, "compliance", xml).status()).isEqualTo(403);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("wf-forbidden")
                        .count())
                .isZero();
    }

    @Test
    void xml_ofAVersionBelowOne_isABadRequest_notAServerError() {
        for (String version : List.of("0", "-1")) {
            Reply reply = ApiClient.asUser(port, "viewer", "qunflow")
                    .get("/api/v1/workflows/group-lifecycle/xml?version=" + version);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().at("/errors/0/field").asText()).isEqualTo("version");
            assertThat(reply.body().at("/errors/0/message").asText()).isEqualTo("must be 1 or more");
            assertThat(reply.body().at("/errors/0/messageZh").asText()).isEqualTo("须不小于 1");
        }
    }

    @Test
    void xml_ofAnUnknownWorkflow_is404() {
        Reply reply = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/workflows/no-such-flow/xml");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void positionAndStatistics_showWhereAGroupWaits() {
        String groupId = "g-" + UUID.randomUUID();
        String instance = ApiClient.withKey(port, "qf_dev_key")
                .post("/api/v1/groups", """
                        {"id":"%s","name":"新品快闪群","intro":"限时三天","type":"FLASH"}""".formatted(groupId))
                .body()
                .get("processInstanceId")
                .asText();
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        JsonNode position =
                viewer.get("/api/v1/workflows/instances/" + instance).body();
        JsonNode lifecycle = definition(viewer.get("/api/v1/workflows").body(), "group-lifecycle-flash");

        assertThat(position.get("businessKey").asText()).isEqualTo(groupId);
        assertThat(position.get("key").asText())
                .as("a flash-sale group runs its type's lifecycle")
                .isEqualTo("group-lifecycle-flash");
        assertThat(position.get("ended").asBoolean()).isFalse();
        assertThat(position.get("activities")).extracting(JsonNode::asText).containsExactly("Timer_LaunchPeriod");
        JsonNode version = null;
        for (JsonNode v : lifecycle.get("versions")) {
            if (v.get("version").asInt() == position.get("version").asInt()) {
                version = v;
            }
        }
        assertThat(version).isNotNull();
        assertThat(version.get("runningInstances").asLong()).isPositive();
        assertThat(version.get("activities").findValuesAsText("activityId")).contains("Timer_LaunchPeriod");
        assertThat(viewer.get("/api/v1/workflows/instances/no-such-instance").status())
                .isEqualTo(404);
    }

    private static JsonNode definition(JsonNode definitions, String key) {
        for (JsonNode definition : definitions) {
            if (definition.get("key").asText().equals(key)) {
                return definition;
            }
        }
        throw new AssertionError("No workflow " + key + " in " + definitions);
    }
}
