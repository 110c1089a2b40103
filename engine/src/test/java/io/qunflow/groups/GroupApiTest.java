package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
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
    }

    @Test
    void viewer_mayReadButNotCreate() {
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");

        Reply refused = viewer.post("/api/v1/groups", "{\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:qunflow:problem:forbidden");
        assertThat(viewer.get("/api/v1/groups").status()).isEqualTo(200);
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
