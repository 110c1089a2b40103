package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code PUT /api/v1/groups/{id}}: operators edit an open group's positioning, texts and capacity. */
@ApiTest
class GroupEditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient system;
    ApiClient operator;

    @BeforeEach
    void clients() {
        system = ApiClient.withKey(port, "qf_dev_key");
        operator = ApiClient.asUser(port, "operator", "qunflow");
    }

    private String group() {
        String id = "edit-" + UUID.randomUUID();
        assertThat(system.post("/api/v1/groups", """
                {"id":"%s","name":"烘焙爱好者","intro":"面包甜点交流","type":"CONTENT","tags":["烘焙"]}""".formatted(id)).status()).isEqualTo(201);
        return id;
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("SELECT name, intro, type, capacity, tags, welcome_message, group_rules, time_zone"
                        + " FROM qf_group WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    @Test
    void edit_byAnOperator_storesEveryField_auditsTheChanges_andTheNextJoinerGetsTheNewTexts() {
        String id = group();

        Reply edited = operator.put("/api/v1/groups/" + id, """
                {"name":"烘焙打卡营🍞","intro":"每天一款面包，21 天养成","type":"CHECKIN","capacity":200,
                 "tags":["烘焙","打卡"],"welcomeMessage":"欢迎来到烘焙打卡营！","groupRules":"群规：每天打卡，禁止广告。",
                 "timeZone":"Asia/Hong_Kong","comment":"改成打卡群"}""");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("name").asText()).isEqualTo("烘焙打卡营🍞");
        assertThat(edited.body().get("type").asText()).isEqualTo("CHECKIN");
        assertThat(edited.body().get("phase").asText()).isEqualTo("LAUNCH");
        Map<String, Object> stored = row(id);
        assertThat(stored)
                .containsEntry("name", "烘焙打卡营🍞")
                .containsEntry("intro", "每天一款面包，21 天养成")
                .containsEntry("type", "CHECKIN")
                .containsEntry("capacity", 200)
                .containsEntry("tags", "[\"烘焙\",\"打卡\"]")
                .containsEntry("welcome_message", "欢迎来到烘焙打卡营！")
                .containsEntry("group_rules", "群规：每天打卡，禁止广告。")
                .containsEntry("time_zone", "Asia/Hong_Kong");
        JsonNode audit =
                operator.get("/api/v1/audit?subjectType=GROUP&subject=" + id).body();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("operator");
        assertThat(audit.get(0).get("change").asText()).isEqualTo("EDITED");
        assertThat(audit.get(0).get("comment").asText()).isEqualTo("改成打卡群");
        assertThat(audit.get(0).get("diff").asText())
                .contains("name: 烘焙爱好者 → 烘焙打卡营🍞")
                .contains("capacity: 500 → 200")
                .contains("timeZone: Asia/Shanghai → Asia/Hong_Kong");

        Reply joined = system.post("/api/v1/groups/" + id + "/events", """
                {"eventId":"%s-join","type":"MEMBER_JOINED","memberId":"m1","at":"%s","payload":{"role":"MEMBER","nickname":"小麦"}}""".formatted(id, OffsetDateTime.now()));
        assertThat(joined.body().findValuesAsText("text")).contains("@小麦 欢迎来到烘焙打卡营！\n群规：每天打卡，禁止广告。");
    }

    @Test
    void edit_leavesOutOrBlanksFields_thatKeepTheirValues_andAnEditChangingNothingIsNotAudited() {
        String id = group();

        Reply edited = operator.put("/api/v1/groups/" + id, """
                {"capacity":300,"name":"  "}""");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(row(id))
                .containsEntry("name", "烘焙爱好者")
                .containsEntry("capacity", 300)
                .containsEntry("type", "CONTENT");
        assertThat(operator.put("/api/v1/groups/" + id, "{\"capacity\":300}").status())
                .isEqualTo(200);
        assertThat(operator.get("/api/v1/audit?subjectType=GROUP&subject=" + id).body())
                .hasSize(1);
    }

    @Test
    void edit_refusesBadFields_anUnknownGroup_aCapacityBelowTheMembers_andADissolvedGroup() {
        String id = group();
        for (int i = 1; i <= 3; i++) {
            system.post("/api/v1/groups/" + id + "/events", """
                    {"eventId":"%s-j%d","type":"MEMBER_JOINED","memberId":"m%d","at":"%s","payload":{"role":"MEMBER"}}""".formatted(id, i, i, OffsetDateTime.now()));
        }

        Reply bad = operator.put("/api/v1/groups/" + id, """
                {"type":"PARTY","capacity":1,"timeZone":"Mars/Olympus","tags":[""]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .containsExactly("type", "capacity", "tags[0]", "timeZone");
        Reply hidden = operator.put("/api/v1/groups/" + id, """
                {"welcomeMessage":"欢迎\u202e！告公","groupRules":"群规\u200b：禁止广告"}""");
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("groupRules", "welcomeMessage");
        assertThat(hidden.body().get("errors").findValuesAsText("messageZh"))
                .anySatisfy(m -> assertThat(m).contains("第 3 个字符 U+202E"));
        assertThat(String.valueOf(row(id).get("welcome_message"))).doesNotContain("\u202e");
        assertThat(String.valueOf(row(id).get("group_rules"))).doesNotContain("\u200b");
        Reply tooSmall = operator.put("/api/v1/groups/" + id, "{\"capacity\":2}");
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.body().get("errors").get(0).get("message").asText())
                .isEqualTo("must be at least the 3 members the group has");
        assertThat(row(id)).containsEntry("capacity", 500).containsEntry("type", "CONTENT");
        assertThat(operator.put("/api/v1/groups/nope-" + UUID.randomUUID(), "{\"capacity\":10}")
                        .status())
                .isEqualTo(404);

        assertThat(system.post("/api/v1/groups/" + id + "/dissolve", "").status())
                .isEqualTo(200);
        Reply dissolved = operator.put("/api/v1/groups/" + id, "{\"capacity\":100}");
        assertThat(dissolved.status()).isEqualTo(409);
        assertThat(row(id)).containsEntry("capacity", 500);
    }

    @Test
    void edit_isForOperatorsAdminsAndGroupKeys_notViewersOrEventOnlyKeys() {
        String id = group();
        String eventsOnly = ApiClient.asUser(port, "admin", "qunflow")
                .post("/api/v1/keys", "{\"name\":\"只发事件\",\"scopes\":[\"events\"]}")
                .body()
                .get("key")
                .asText();

        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .put("/api/v1/groups/" + id, "{\"capacity\":100}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.asUser(port, "compliance", "qunflow")
                        .put("/api/v1/groups/" + id, "{\"capacity\":100}")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.withKey(port, eventsOnly)
                        .put("/api/v1/groups/" + id, "{\"capacity\":100}")
                        .status())
                .isEqualTo(403);
        assertThat(row(id)).containsEntry("capacity", 500);
        assertThat(system.put("/api/v1/groups/" + id, "{\"capacity\":100}").status())
                .isEqualTo(200);
        assertThat(ApiClient.asUser(port, "admin", "qunflow")
                        .put("/api/v1/groups/" + id, "{\"capacity\":120}")
                        .status())
                .isEqualTo(200);
        assertThat(row(id)).containsEntry("capacity", 120);
    }
}
