package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Essence posts (群精华) kept per group, and discussion topics (群话题) scheduled like posts. */
@ApiTest
class EssenceAndTopicsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SopCalendarService calendars;

    ApiClient operator;

    @BeforeEach
    void login() {
        operator = ApiClient.asUser(port, "operator", "qunflow");
    }

    private String group(String type) {
        return TestGroup.of(port).name("读书交流群").intro("每周共读").type(type).open().id;
    }

    private String message(String groupId, String type, String text) {
        String eventId = "e-" + UUID.randomUUID();
        Reply posted = operator.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"reader_1","at":"2026-11-20T20:00:00+08:00",
                 "payload":{"text":"%s"}}""".formatted(eventId, type, text));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        return eventId;
    }

    @Test
    void aMessage_isKeptAsEssenceOnce_listedNewestFirst_andCanBeUnkept() {
        String groupId = group("CONTENT");
        String eventId = message(groupId, "MESSAGE_POSTED", "《小王子》读后感：真正重要的东西用眼睛是看不见的 🌹\u200b");

        Reply kept = operator.post("/api/v1/groups/" + groupId + "/sop/essence", """
                {"messageEventId":"%s","note":"本周最佳分享"}""".formatted(eventId));

        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        assertThat(kept.body().path("source").asText()).isEqualTo("MESSAGE");
        assertThat(kept.body().path("memberId").asText()).isEqualTo("reader_1");
        assertThat(kept.body().path("text").asText()).isEqualTo("《小王子》读后感：真正重要的东西用眼睛是看不见的 🌹\u200b");
        assertThat(kept.body().path("markedBy").asText()).isEqualTo("operator");
        assertThat(jdbc.sql("SELECT note FROM qf_essence WHERE group_id = ? AND source_id = ?")
                        .params(groupId, eventId)
                        .query(String.class)
                        .single())
                .isEqualTo("本周最佳分享");

        Reply again = operator.post("/api/v1/groups/" + groupId + "/sop/essence", """
                {"messageEventId":"%s"}""".formatted(eventId));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        JsonNode listed = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/groups/" + groupId + "/sop/essence")
                .body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText())
                .isEqualTo(kept.body().path("id").asText());

        assertThat(operator.delete("/api/v1/groups/" + groupId + "/sop/essence/"
                                + kept.body().path("id").asText())
                        .status())
                .isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_essence WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(operator.delete("/api/v1/groups/" + groupId + "/sop/essence/"
                                + kept.body().path("id").asText())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anSopPost_canBeKeptAsEssence_withItsText() {
        String groupId = group("CONTENT");
        operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"DAILY","time":"20:00","purpose":"CONTENT","contentKind":"TEXT","text":"今晚共读第三章"}]}""");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        SopPost post = calendars
                .deliver(
                        groupId,
                        day.atTime(20, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
                .get(0);

        Reply kept = operator.post("/api/v1/groups/" + groupId + "/sop/essence", """
                {"postId":"%s"}""".formatted(post.id()));

        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        assertThat(kept.body().path("source").asText()).isEqualTo("POST");
        assertThat(kept.body().path("text").asText()).isEqualTo("今晚共读第三章");
        assertThat(kept.body().path("memberId").isNull()).isTrue();
    }

    @Test
    void essenceRequests_thatNameNothingTwoThingsOrTheWrongThing_areRefused() {
        String groupId = group("CONTENT");
        String checkIn = message(groupId, "CHECKED_IN", "");
        String path = "/api/v1/groups/" + groupId + "/sop/essence";

        assertThat(operator.post(path, "{}").status()).isEqualTo(400);
        assertThat(operator.post(path, "{\"messageEventId\":\"a\",\"postId\":\"b\"}")
                        .status())
                .isEqualTo(400);
        Reply wrongType = operator.post(path, "{\"messageEventId\":\"%s\"}".formatted(checkIn));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("errors").get(0).path("field").asText())
                .isEqualTo("messageEventId");
        assertThat(operator.post(path, "{\"messageEventId\":\"nope\"}").status())
                .isEqualTo(404);
        assertThat(operator.post(path, "{\"postId\":\"nope\"}").status()).isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post(path, "{\"postId\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_essence WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void topics_areScheduledAsTopicEntries_deliveredLikePosts_andHeldToTheDailyCap() {
        String groupId = group("CONTENT");

        Reply added = operator.post("/api/v1/groups/" + groupId + "/sop/topics", """
                {"entries":[{"cadence":"WEEKLY","dayOfWeek":"FRIDAY","time":"21:00","text":"本周话题：你最近在读什么书？📚"},
                            {"cadence":"DAILY","time":"08:00","text":"早安话题：今天的小目标"}]}""");

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.body().findValuesAsText("purpose")).containsOnly("TOPIC");
        assertThat(added.body().findValuesAsText("contentKind")).containsOnly("TEXT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_sop_entry WHERE group_id = ? AND purpose = 'TOPIC'")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        calendars.deliver(
                groupId, day.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
        JsonNode scheduled = operator.get("/api/v1/groups/" + groupId + "/sop/entries?purpose=TOPIC")
                .body();
        JsonNode sent =
                operator.get("/api/v1/groups/" + groupId + "/sop/topics").body();
        assertThat(scheduled.path("items")).hasSize(2);
        assertThat(sent.path("items")).hasSize(1);
        assertThat(sent.path("total").asInt()).isEqualTo(1);
        assertThat(sent.path("items").get(0).path("text").asText()).isEqualTo("早安话题：今天的小目标");
        assertThat(sent.path("items").get(0).path("purpose").asText()).isEqualTo("TOPIC");

        Reply tooMany = operator.post("/api/v1/groups/" + groupId + "/sop/topics", """
                {"entries":[{"cadence":"DAILY","time":"09:00","text":"话题1"},{"cadence":"DAILY","time":"10:00","text":"话题2"},
                            {"cadence":"DAILY","time":"11:00","text":"话题3"},{"cadence":"DAILY","time":"12:00","text":"话题4"}]}""");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.raw()).contains("上限");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_sop_entry WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
