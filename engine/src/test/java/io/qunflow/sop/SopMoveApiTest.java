package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code PUT /groups/{id}/sop/entries/{entryId}}: an entry moved to another day or time, as a whole or not at all. */
@ApiTest
class SopMoveApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient operator;
    String groupId;

    @BeforeEach
    void groupWithACalendar() {
        operator = ApiClient.asUser(port, "operator", "qunflow");
        groupId = TestGroup.of(port).name("搬家测试群").intro("SOP").open().id;
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[
                  {"cadence":"WEEKLY","dayOfWeek":"MONDAY","time":"20:00","purpose":"TOPIC","contentKind":"TEXT","text":"周一话题"},
                  {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"09:00","purpose":"CONTENT","contentKind":"TEXT","text":"周五一"},
                  {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"周五二"},
                  {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"11:00","purpose":"CONTENT","contentKind":"TEXT","text":"周五三"},
                  {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"12:00","purpose":"CONTENT","contentKind":"TEXT","text":"周五四"},
                  {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"13:00","purpose":"CONTENT","contentKind":"TEXT","text":"周五五"}]}""")
                        .status())
                .isEqualTo(201);
    }

    private String entry(String text) {
        for (JsonNode e : operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                .body()
                .get("items")) {
            if (e.get("text").asText().equals(text)) {
                return e.get("id").asText();
            }
        }
        throw new AssertionError("no entry " + text);
    }

    @Test
    void move_toAnotherDayAndTime_keepsTheEntryId_storesIt_andAuditsBeforeAndAfter() {
        String id = entry("周一话题");

        Reply moved = operator.put("/api/v1/groups/" + groupId + "/sop/entries/" + id, """
                {"entry":{"cadence":"WEEKLY","dayOfWeek":"WEDNESDAY","time":"21:30","purpose":"TOPIC","contentKind":"TEXT","text":"周三话题"},
                 "comment":"周一大家都忙"}""");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().get("id").asText()).isEqualTo(id);
        assertThat(moved.body().get("dayOfWeek").asText()).isEqualTo("WEDNESDAY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_sop_entry WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);
        JsonNode stored = operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                .body()
                .get("items");
        assertThat(stored.findValuesAsText("text")).contains("周三话题").doesNotContain("周一话题");
        JsonNode audit = operator.get("/api/v1/audit?subjectType=SOP_CALENDAR&subject=" + groupId)
                .body()
                .get(0);
        assertThat(audit.get("change").asText()).isEqualTo("MOVED");
        assertThat(audit.get("comment").asText()).isEqualTo("周一大家都忙");
        assertThat(audit.get("diff").asText()).contains("- 每周一 20:00").contains("+ 每周三 21:30");
    }

    @Test
    void move_ontoAFullDay_isRefusedWithTheRulesWords_andLeavesTheEntryWhereItWas() {
        String id = entry("周一话题");

        Reply refused = operator.put("/api/v1/groups/" + groupId + "/sop/entries/" + id, """
                {"entry":{"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"21:00","purpose":"TOPIC","contentKind":"TEXT","text":"周一话题"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("message").asText()).isEqualTo("每周五安排了6条，超过每天5条的上限");
        JsonNode stored = operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                .body()
                .get("items");
        for (JsonNode e : stored) {
            if (e.get("id").asText().equals(id)) {
                assertThat(e.get("dayOfWeek").asText()).isEqualTo("MONDAY");
            }
        }
        assertThat(operator.put("/api/v1/groups/" + groupId + "/sop/entries/sop_nope", """
                {"entry":{"cadence":"DAILY","time":"08:00","purpose":"CONTENT","contentKind":"TEXT","text":"x"}}""")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .put("/api/v1/groups/" + groupId + "/sop/entries/" + id, """
                {"entry":{"cadence":"DAILY","time":"08:00","purpose":"CONTENT","contentKind":"TEXT","text":"x"}}""")
                        .status())
                .isEqualTo(403);
    }
}
