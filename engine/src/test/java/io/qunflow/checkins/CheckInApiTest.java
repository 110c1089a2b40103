package io.qunflow.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/*
 * These tests post events at fixed hours of the group's current day (Shanghai): a streak ending
 * today, posts at 09:00 and 12:00 today and what was clicked and paid after them. Run in Shanghai's
 * early hours those hours are still ahead, beyond the 5 minutes the events API allows; the test
 * reads "today" as it was meant, so it allows a day (in a context the two share).
 */
@ApiTest
@TestPropertySource(properties = "qunflow.events.max-clock-skew=P1D")
@ContextConfiguration(initializers = TestDatabase.DaySkew.class, inheritInitializers = false)
class CheckInApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStreakOfAMemberTheGroupNeverSaw_isA404InBothLanguages_andRecordsNobody() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId =
                io.qunflow.TestGroup.of(port).idStartingWith("ci-unknown").open().id;

        Reply reply = api.get("/api/v1/groups/" + groupId + "/members/nobody-here/check-ins");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(404);
        assertThat(reply.body().get("detail").asText()).isEqualTo("Member 'nobody-here' does not exist");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("成员 nobody-here 不存在");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_member WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void oneCheckInPerDayInTheGroupsTimeZone_streaksEarnTieredPoints_andTheStreakIsReadable() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        api.post("/api/v1/groups", """
                {"id":"%s","name":"21天早起打卡","intro":"每天早起打卡","type":"CHECKIN","timeZone":"Asia/Shanghai"}""".formatted(groupId));
        LocalDate today = LocalDate.now(SHANGHAI);
        // 23:30 and 00:30 Shanghai time are one UTC day but two days in the group.
        Reply first = checkIn(api, groupId, "c1", ZonedDateTime.of(today.minusDays(2), LocalTime.NOON, SHANGHAI));
        Reply second =
                checkIn(api, groupId, "c2", ZonedDateTime.of(today.minusDays(1), LocalTime.of(23, 30), SHANGHAI));
        Reply third = checkIn(api, groupId, "c3", ZonedDateTime.of(today, LocalTime.of(0, 30), SHANGHAI));
        Reply repeat = checkIn(api, groupId, "c4", ZonedDateTime.of(today, LocalTime.of(0, 45), SHANGHAI));

        assertThat(points(first)).containsExactly("5");
        assertThat(points(second)).containsExactly("5");
        assertThat(points(third)).as("day 3 of the streak earns the bonus").containsExactly("5", "20");
        assertThat(points(repeat))
                .as("a second check-in the same day earns nothing")
                .isEmpty();
        assertThat(third.body().get("decisions").findValuesAsText("reason"))
                .contains("签到积分 5（连续3天，累计3天）", "连续签到3天奖励 20 积分");

        JsonNode streak = api.get("/api/v1/groups/" + groupId + "/members/early-bird/check-ins")
                .body();
        assertThat(streak.get("currentStreak").asInt()).isEqualTo(3);
        assertThat(streak.get("longestStreak").asInt()).isEqualTo(3);
        assertThat(streak.get("totalDays").asInt()).isEqualTo(3);
        assertThat(streak.get("checkedInToday").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/groups/" + groupId + "/members/early-bird/points")
                        .body()
                        .get("balance")
                        .asLong())
                .isEqualTo(35);
        assertThat(api.get("/api/v1/groups/" + groupId + "/members/early-bird")
                        .body()
                        .get("activity")
                        .get("checkIns7d")
                        .asInt())
                .isEqualTo(3);
    }

    private static Reply checkIn(ApiClient api, String groupId, String id, ZonedDateTime at) {
        Reply reply =
                api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-%s","type":"CHECKED_IN","memberId":"early-bird","at":"%s","payload":{}}""".formatted(groupId, id, at.toOffsetDateTime()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    private static java.util.List<String> points(Reply reply) {
        return reply.body().get("actions").findValuesAsText("points");
    }
}
