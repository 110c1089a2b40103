package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner tasks name the group owner as WeCom's user/get does, the userid beside it: asked of
 * WeCom in the background after a page wanted the name (the page shows the userid meanwhile) and
 * kept a day, then asked again; a member WeCom will not name keeps the userid alone, and is not
 * asked about again within the day.
 */
@WeComTest
class StaffNamesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient operator;
    String owner;
    String taskId;

    @BeforeEach
    void anOpenTaskOfAnOwnerQunflowHasNoNameFor() {
        MockWeCom.reset("tok-staff-names");
        operator = ApiClient.asUser(port, "operator", "qunflow");
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        owner = "owner-" + run;
        String chatId = "wrStaff" + run;
        ApiClient.Reply group = operator.post("/api/v1/groups", """
                {"id":"%s","name":"母婴团购群","intro":"每晚八点团购","type":"FLASH"}""".formatted(chatId));
        assertThat(group.status()).as(group.raw()).isEqualTo(201);
        taskId = "otk-" + run;
        // As the connector leaves a task for an owner's hands.
        jdbc.sql("INSERT INTO qf_wecom_owner_task (id, action_id, action_type, group_id, member_id, owner_user_id,"
                        + " message_text, status, created_at) VALUES (?, ?, 'REMOVE_MEMBER', ?, 'wmSpammer', ?,"
                        + " '加我微信领红包', 'OPEN', ?)")
                .params(taskId, "act-" + taskId, chatId, owner, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @Test
    void ownerTasks_nameTheOwnerAsWeComDoes_askingOnceADay_neverWhileThePageWaits() {
        MockWeCom.answerGet("user/get", "userid", owner, """
                {"errcode":0,"errmsg":"ok","userid":"%s","name":"何店长"}""".formatted(owner));

        JsonNode first = ours(operator.get("/api/v1/wecom/owner-tasks?status=OPEN"));
        assertThat(first.get("ownerUserId").asText()).isEqualTo(owner);
        assertThat(first.get("ownerName").isNull())
                .as("the first view does not wait for WeCom: the userid is shown until the name is kept")
                .isTrue();
        awaitKept("何店长");

        JsonNode listed = ours(operator.get("/api/v1/wecom/owner-tasks?status=OPEN"));
        assertThat(listed.get("ownerName").asText()).isEqualTo("何店长");
        ApiClient.Reply one = operator.get("/api/v1/wecom/owner-tasks/" + taskId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("ownerName").asText()).isEqualTo("何店长");
        assertThat(asked()).as("kept a day: WeCom is not asked again").isEqualTo(1);

        jdbc.sql("UPDATE qf_wecom_staff_name SET fetched_at = fetched_at - INTERVAL '25' HOUR WHERE user_id = ?")
                .param(owner)
                .update();
        MockWeCom.answerGet("user/get", "userid", owner, """
                {"errcode":0,"errmsg":"ok","userid":"%s","name":"何店长（母婴）"}""".formatted(owner));

        assertThat(ours(operator.get("/api/v1/wecom/owner-tasks?status=OPEN"))
                        .get("ownerName")
                        .asText())
                .as("the name kept is shown while WeCom is asked again")
                .isEqualTo("何店长");
        awaitKept("何店长（母婴）");
        assertThat(ours(operator.get("/api/v1/wecom/owner-tasks?status=OPEN"))
                        .get("ownerName")
                        .asText())
                .isEqualTo("何店长（母婴）");
        assertThat(asked()).isEqualTo(2);
    }

    @Test
    void anOwnerWeComWillNotName_keepsTheUseridAlone_andIsNotAskedAgainWithinTheDay() {
        MockWeCom.answerGet("user/get", "userid", owner, """
                {"errcode":60011,"errmsg":"no privilege to access/modify contact/party/agent"}""");

        ApiClient.Reply list = operator.get("/api/v1/wecom/owner-tasks?status=OPEN");

        assertThat(list.status()).isEqualTo(200);
        JsonNode listed = ours(list);
        assertThat(listed.get("ownerUserId").asText()).isEqualTo(owner);
        assertThat(listed.has("ownerName"))
                .as("always there, null for a client to show the userid")
                .isTrue();
        assertThat(listed.get("ownerName").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows() == 1);
        assertThat(kept()).isNull();
        assertThat(ours(operator.get("/api/v1/wecom/owner-tasks?status=OPEN"))
                        .get("ownerName")
                        .isNull())
                .isTrue();
        assertThat(asked()).isEqualTo(1);
    }

    /** Waits, a bounded time, for the background ask to keep this name for the owner. */
    private void awaitKept(String name) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows() == 1 && name.equals(kept()));
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_wecom_staff_name WHERE user_id = ?")
                .param(owner)
                .query(Integer.class)
                .single();
    }

    private JsonNode ours(ApiClient.Reply list) {
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        for (JsonNode task : list.body()) {
            if (task.get("id").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("task " + taskId + " not listed: " + list.raw());
    }

    /** The name kept for the owner (null when none is), the row being there. */
    private String kept() {
        List<String> rows = jdbc.sql("SELECT name FROM qf_wecom_staff_name WHERE user_id = ?")
                .param(owner)
                .query((rs, row) -> rs.getString("name"))
                .list();
        assertThat(rows).as("one row kept for the owner").hasSize(1);
        return rows.get(0);
    }

    /** How often WeCom was asked for the owner's name. */
    private long asked() {
        return MockWeCom.requests("user/get").stream()
                .filter(r -> owner.equals(r.queryParameter("userid").firstValue()))
                .count();
    }
}
