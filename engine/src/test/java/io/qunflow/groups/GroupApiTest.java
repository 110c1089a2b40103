package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class GroupApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.withKey(port, "qf_dev_key");
    }

    @Test
    void theSameGroupCreatedOnTwoNodesAtOnce_existsOnce_withOneLifecycle_andTheOtherIsAConflict() throws Exception {
        String id = "g-" + UUID.randomUUID();
        String body = """
                {"id":"%s","name":"同时建的群","intro":"两个节点","type":"CONTENT"}""".formatted(id);

        List<Reply> created =
                AtOnce.send(() -> api.post("/api/v1/groups", body), () -> api.post("/api/v1/groups", body));

        assertThat(created).extracting(Reply::status).containsExactlyInAnyOrder(201, 409);
        assertThat(created)
                .filteredOn(reply -> reply.status() == 409)
                .singleElement()
                .satisfies(
                        reply -> assertThat(reply.body().get("detail").asText()).contains("already exists"));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void createGroup_startsItsLifecycleInLaunch() {
        String id = "g-" + UUID.randomUUID();

        Reply reply = api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈育儿群👶","intro":"育儿干货｜母婴好物","type":"TRAFFIC","tags":["母婴","上海"]}""".formatted(id));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("phase").asText()).isEqualTo("LAUNCH");
        assertThat(reply.body().get("memberCount").asInt()).isZero();
        assertThat(reply.body().get("name").asText()).isEqualTo("宝妈育儿群👶");
        String processInstanceId = reply.body().get("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .processInstanceBusinessKey(id)
                        .count())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/groups/" + id)
                        .body()
                        .get("processInstanceId")
                        .asText())
                .isEqualTo(processInstanceId);
        String announcement = jdbc.sql("SELECT text FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE'")
                .param(id)
                .query(String.class)
                .single();
        assertThat(announcement).contains("宝妈育儿群👶").contains("育儿干货｜母婴好物");
    }

    @Test
    void createGroup_withoutIdGetsOne() {
        Reply reply = api.post("/api/v1/groups", "{\"name\":\"快闪群\",\"intro\":\"双11限时\",\"type\":\"FLASH\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("id").asText()).startsWith("grp_");
    }

    @Test
    void createGroup_twiceWithOneId_isAConflict() {
        String body =
                "{\"id\":\"g-%s\",\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}".formatted(UUID.randomUUID());
        api.post("/api/v1/groups", body);

        Reply again = api.post("/api/v1/groups", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asText()).isEqualTo("urn:qunflow:problem:conflict");
        String id = again.body().get("detail").asText().split("'")[1];
        assertThat(again.body().get("detailZh").asText()).isEqualTo("社群 " + id + " 已存在");
    }

    @Test
    void createGroup_withBadFields_listsEveryProblem() {
        Reply reply = api.post(
                "/api/v1/groups",
                "{\"id\":\"a b\",\"name\":\"\",\"type\":\"PARTY\",\"capacity\":1,\"tags\":[\"ok\",\" \"],"
                        + "\"timeZone\":\"Mars/Olympus\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText()).isEqualTo("The group is invalid");
        // Every problem at once, in the order the request's fields are declared.
        assertThat(reply.body().get("errors").findValuesAsText("field"))
                .containsExactly("id", "name", "intro", "type", "capacity", "tags[1]", "timeZone");
        assertThat(reply.body().get("errors").findValuesAsText("message"))
                .containsExactly(
                        "must be 1 to 100 characters without whitespace, slashes or control characters",
                        "is required",
                        "is required",
                        "must be one of [TRAFFIC, CONTENT, FLASH, CHECKIN]",
                        "must be between 2 and 100000",
                        "is required",
                        "must be a time-zone id such as Asia/Shanghai");
        // The same in Chinese, for the web UI.
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("社群信息有误");
        assertThat(reply.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly(
                        "须为 1 到 100 个字符，不含空格、斜杠或控制字符",
                        "必填",
                        "必填",
                        "须为以下之一：[TRAFFIC, CONTENT, FLASH, CHECKIN]",
                        "须在 2 到 100000 之间",
                        "必填",
                        "须为时区名称，例如 Asia/Shanghai");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("a b")
                        .count())
                .isZero();
    }

    @Test
    void unknownGroup_isNotFound() {
        Reply reply = api.get("/api/v1/groups/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText()).isEqualTo("Group 'nope' does not exist");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("社群 nope 不存在");
    }

    @Test
    void tooLongAName_saysTheLimitInChinese_andSpringsOwnRefusalsToo() {
        Reply tooLong = api.post(
                "/api/v1/groups", "{\"name\":\"%s\",\"intro\":\"i\",\"type\":\"CONTENT\"}".formatted("群".repeat(101)));
        Reply wrongMethod = api.get("/api/v1/groups/nope/dissolve");
        Reply wrongType = api.get("/api/v1/groups/nope/members?page=x");
        Reply badQuery = api.get("/api/v1/actions?limit=0");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("最多 100 个字符（表情算两个）");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().get("detailZh").asText()).isEqualTo("这个地址不接受这种请求方式");
        assertThat(wrongType.status()).isEqualTo(400);
        // The summary is for a person: it says what is wrong in words, the API's name stays in errors[].
        assertThat(wrongType.body().get("detail").asText())
                .isEqualTo("A value in the address is not of the kind it takes");
        assertThat(wrongType.body().get("detailZh").asText()).isEqualTo("地址中有一个值的格式不对");
        assertThat(wrongType.body().get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(wrongType.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must be a whole number");
        assertThat(wrongType.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("须为整数");
        assertThat(badQuery.body().get("detailZh").asText()).isEqualTo("动作查询有误");
        assertThat(badQuery.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("须为 1 到 1000 之间的整数");
    }

    @Test
    void viewer_mayReadButNotCreate() {
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply refused = viewer.post("/api/v1/groups", "{\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:qunflow:problem:forbidden");
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("你的账号角色或密钥无权做这件事");
        assertThat(viewer.get("/api/v1/groups").status()).isEqualTo(200);
    }

    @Test
    void aGroupDissolvedOnTwoNodesAtOnce_isArchivedOnce_andBothAnswer200() throws Exception {
        String id = "g-" + UUID.randomUUID();
        api.post("/api/v1/groups", "{\"id\":\"%s\",\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}".formatted(id));

        List<Reply> dissolved = AtOnce.send(
                () -> api.post("/api/v1/groups/" + id + "/dissolve", ""),
                () -> api.post("/api/v1/groups/" + id + "/dissolve", ""));

        assertThat(dissolved).extracting(Reply::status).containsOnly(200);
        assertThat(dissolved)
                .allSatisfy(
                        reply -> assertThat(reply.body().get("phase").asText()).isEqualTo("ARCHIVED"));
        assertThat(jdbc.sql("SELECT change FROM qf_audit WHERE subject_type = 'GROUP' AND subject = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("DISSOLVED");
    }

    @Test
    void dissolvingAGroup_archivesIt() {
        String id = "g-" + UUID.randomUUID();
        api.post("/api/v1/groups", "{\"id\":\"%s\",\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}".formatted(id));

        Reply reply = api.post("/api/v1/groups/" + id + "/dissolve", "");
        Reply again = ApiClient.asUser(port, "operator", "qunflow").post("/api/v1/groups/" + id + "/dissolve", "");

        assertThat(reply.body().get("phase").asText()).isEqualTo("ARCHIVED");
        assertThat(again.status()).isEqualTo(200);
        // Who dissolved it, once: a group cannot come back, so the trail must say who ended it.
        assertThat(jdbc.sql("SELECT actor, change FROM qf_audit WHERE subject_type = 'GROUP' AND subject = ?")
                        .param(id)
                        .query((rs, n) -> rs.getString("actor") + " " + rs.getString("change"))
                        .list())
                .containsExactly("key:dev DISSOLVED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .isZero();
    }
}
