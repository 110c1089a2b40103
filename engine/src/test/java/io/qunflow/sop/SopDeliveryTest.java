package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The group-sop workflow on a simulated engine clock: posts go out when the calendar says. */
@ApiTest
class SopDeliveryTest {

    private static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.parse("2030-11-18T08:30:00+08:00");

    /** The calendar's own posts, without the positioning the group's lifecycle posts when it opens. */
    private static final String CALENDAR_POSTS = " JOIN qf_sop_entry e ON e.id = p.entry_id";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SopCalendarService calendars;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private String restaurantGroup() {
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String groupId = TestGroup.of(port).name("小馆子福利群").intro("每日菜单与秒杀").open().id;
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/templates/restaurant", "")
                        .status())
                .isEqualTo(201);
        return groupId;
    }

    /** Moves the engine clock to the SOP timer's due date and runs it, as the job executor would. */
    private OffsetDateTime fireNextPost(String groupId) {
        Job timer = management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("group-sop")
                        .processInstanceBusinessKey(groupId)
                        .singleResult()
                        .getId())
                .timers()
                .singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        return OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), MONDAY_MORNING.getOffset());
    }

    @Test
    void theRestaurantTemplate_sendsMenuVideoAndFlashSaleAtTheirTimes_dayAfterDay() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        String groupId = restaurantGroup();

        List<OffsetDateTime> fired = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fired.add(fireNextPost(groupId));
        }

        assertThat(fired)
                .extracting(t -> t.toLocalDateTime().toString())
                .containsExactly(
                        "2030-11-18T11:00",
                        "2030-11-18T12:00",
                        "2030-11-18T18:00",
                        "2030-11-19T11:00",
                        "2030-11-19T12:00",
                        "2030-11-19T18:00");
        List<String> sent = jdbc.sql("SELECT a.text FROM qf_action a JOIN qf_sop_post p ON p.action_id = a.id"
                        + CALENDAR_POSTS + " WHERE p.group_id = ? AND a.type = 'SEND_MESSAGE' ORDER BY a.seq")
                .param(groupId)
                .query(String.class)
                .list();
        assertThat(sent).hasSize(6);
        assertThat(sent.get(0)).contains("今日菜单");
        assertThat(sent.get(2)).contains("限量秒杀", "https://example.com/mp/flash-sale");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/groups/" + groupId + "/sop/posts")
                        .body()
                        .get("items")
                        .findValuesAsText("text"))
                .as("the calendar's six, and the positioning the lifecycle posted when the group opened")
                .hasSize(7)
                .filteredOn(text -> text.startsWith("【小馆子福利群】"))
                .hasSize(1);
    }

    /** A New York group, its calendar's one daily post at a time that the spring-forward night skips. */
    private String newYorkGroupPostingDailyAt(String time) {
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String groupId = TestGroup.of(port).name("纽约华人妈妈群").open().id;
        assertThat(operator.put("/api/v1/groups/" + groupId, """
                        {"timeZone":"America/New_York","comment":"群在纽约"}""").status()).isEqualTo(200);
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                        {"entries":[{"cadence":"DAILY","time":"%s","purpose":"CONTENT","contentKind":"TEXT","text":"夜读分享"}]}""".formatted(time))
                        .status())
                .isEqualTo(201);
        return groupId;
    }

    private List<String> calendarPostsSent(String groupId) {
        return jdbc.sql("SELECT p.due_at FROM qf_action a JOIN qf_sop_post p ON p.action_id = a.id" + CALENDAR_POSTS
                        + " WHERE p.group_id = ? AND a.type = 'SEND_MESSAGE' ORDER BY p.due_at")
                .param(groupId)
                .query((rs, n) ->
                        rs.getObject(1, OffsetDateTime.class).toInstant().toString())
                .list();
    }

    @Test
    void aDailyPostAtATimeTheClocksSkip_goesOutAnHourLaterThatNight_notSilentlyDropped() {
        // 2031-03-09 is the second Sunday of March: New York's clocks go from 02:00 straight to 03:00.
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2031-03-07T12:00:00-05:00").toInstant()));
        String groupId = newYorkGroupPostingDailyAt("02:30");

        List<OffsetDateTime> fired = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fired.add(fireNextPost(groupId));
        }

        assertThat(fired)
                .extracting(t -> t.toInstant().toString())
                .containsExactly("2031-03-08T07:30:00Z", "2031-03-09T07:30:00Z", "2031-03-10T06:30:00Z");
        assertThat(calendarPostsSent(groupId))
                .as("03:30 EDT on the night 02:30 does not exist, then 02:30 EDT again")
                .containsExactly("2031-03-08T07:30:00Z", "2031-03-09T07:30:00Z", "2031-03-10T06:30:00Z");
    }

    @Test
    void aDailyPostAtATimeTheClocksRepeat_goesOutOnce_atTheFirstOfTheTwo() {
        // 2031-11-02 is the first Sunday of November: New York lives 01:00–02:00 twice.
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2031-11-01T12:00:00-04:00").toInstant()));
        String groupId = newYorkGroupPostingDailyAt("01:30");

        for (int i = 0; i < 3; i++) {
            fireNextPost(groupId);
        }

        assertThat(calendarPostsSent(groupId))
                .containsExactly("2031-11-02T05:30:00Z", "2031-11-03T06:30:00Z", "2031-11-04T06:30:00Z");
    }

    @Test
    void aGroupMovedToAnotherTimeZone_postsAtItsNewMorning_notAtTheOldZonesHour() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String groupId = TestGroup.of(port).name("海外华人群").open().id;
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                        {"entries":[{"cadence":"DAILY","time":"09:30","purpose":"CONTENT","contentKind":"TEXT","text":"早安"}]}""")
                        .status())
                .isEqualTo(201);

        // 08:30 in Shanghai is 19:30 the evening before in New York: the group's next 09:30 is 14:30 UTC.
        assertThat(operator.put("/api/v1/groups/" + groupId, """
                        {"timeZone":"America/New_York","comment":"群在纽约"}""").status()).isEqualTo(200);
        OffsetDateTime fired = fireNextPost(groupId);

        assertThat(fired.toInstant().toString()).isEqualTo("2030-11-18T14:30:00Z");
        assertThat(calendarPostsSent(groupId)).containsExactly("2030-11-18T14:30:00Z");
    }

    @Test
    void aOneOffPostTheGroupsNewTimeZonePutsInThePast_isSentAtOnce_shownAmongThePosts_andAudited() {
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String groupId = TestGroup.of(port).name("跨时区快闪群").open().id;
        // Eleven hours ahead on UTC's clocks: three hours ahead in Shanghai (UTC+8), three hours past on Kiritimati
        // (UTC+14).
        LocalDateTime local = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofHours(11)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                        {"entries":[{"cadence":"ONCE","date":"%s","time":"%s","purpose":"CONTENT","contentKind":"TEXT",
                          "text":"快闪开抢"}]}""".formatted(
                                        local.toLocalDate(), local.toLocalTime()))
                        .status())
                .isEqualTo(201);
        assertThat(calendarPostsSent(groupId)).isEmpty();

        assertThat(operator.put("/api/v1/groups/" + groupId, """
                        {"timeZone":"Pacific/Kiritimati","comment":"群搬到基里巴斯"}""").status()).isEqualTo(200);

        String due = local.atZone(ZoneId.of("Pacific/Kiritimati")).toInstant().toString();
        assertThat(calendarPostsSent(groupId)).containsExactly(due);
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/posts")
                        .body()
                        .get("items")
                        .findValuesAsText("text"))
                .contains("快闪开抢");
        String when = local.toLocalDate() + " " + local.toLocalTime();
        assertThat(jdbc.sql("SELECT actor || ' ' || change || ' ' || comment || ' ' || comment_zh FROM qf_audit"
                                + " WHERE subject_type = 'SOP_CALENDAR' AND subject = ? AND change LIKE '%LATE'")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("system SENT_LATE one-off post of " + when + " sent late: the group's time zone moved"
                        + " from Asia/Shanghai to Pacific/Kiritimati, which put its time in the past"
                        + " 一次性帖子（" + when + "）已补发：社群时区从 Asia/Shanghai 改为 Pacific/Kiritimati 后，它的发布时间已经过去");
    }

    @Test
    void aPostMovedToLaterTheSameDayAfterItWentOut_isNotSentTwiceThatDay_butAtItsNewTimeFromTomorrow() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String groupId = TestGroup.of(port).name("早安打卡群").open().id;
        String entryId = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                        {"entries":[{"cadence":"DAILY","time":"09:30","purpose":"CONTENT","contentKind":"TEXT","text":"早安"}]}""")
                .body()
                .get(0)
                .get("id")
                .asText();
        fireNextPost(groupId);

        // 09:31: the operator fixes a word and moves the post to 10:00.
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plusMinutes(61).toInstant()));
        assertThat(operator.put("/api/v1/groups/" + groupId + "/sop/entries/" + entryId, """
                        {"entry":{"cadence":"DAILY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"早安！"}}""")
                        .status())
                .isEqualTo(200);
        fireNextPost(groupId);
        fireNextPost(groupId);

        assertThat(calendarPostsSent(groupId))
                .as("Monday 09:30 Beijing, then Tuesday 10:00; not Monday 10:00 as well")
                .containsExactly("2030-11-18T01:30:00Z", "2030-11-19T02:00:00Z");
    }

    @Test
    void aRerunOfTheSameTimer_sendsNothingTwice_andTheDailyCapHolds() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        String groupId = restaurantGroup();
        OffsetDateTime eleven = fireNextPost(groupId);

        int before = jdbc.sql("SELECT COUNT(*) FROM qf_sop_post p" + CALENDAR_POSTS + " WHERE p.group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
        assertThat(calendars.deliver(groupId, eleven)).isEmpty();
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        compliance.put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"1\",\"comment\":\"一天一条\"}");
        try {
            assertThat(calendars.deliver(groupId, eleven.plusHours(1))).isEmpty();
        } finally {
            compliance.put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"5\",\"comment\":\"恢复\"}");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_sop_post p" + CALENDAR_POSTS + " WHERE p.group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(before)
                .isEqualTo(1);
    }

    @Test
    void aCalendarChange_replansTheWaitingWorkflow_andDissolvingTheGroupEndsIt() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        String groupId = restaurantGroup();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"DAILY","time":"09:30","purpose":"ACTIVITY","contentKind":"TEXT","text":"早安签到"}]}""");

        assertThat(fireNextPost(groupId).toLocalDateTime().toString()).isEqualTo("2030-11-18T09:30");

        operator.post("/api/v1/groups/" + groupId + "/dissolve", "");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("group-sop")
                        .processInstanceBusinessKey(groupId)
                        .count())
                .isZero();
    }

    @Test
    void aRestaurantCalendar_overSimulatedDays_neverSendsMoreADayThanTheDailyCap() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        String groupId = restaurantGroup();
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        for (int i = 0; i < 3; i++) {
            fireNextPost(groupId);
        }
        assertThat(compliance
                        .put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"2\",\"comment\":\"试行每天两条\"}")
                        .status())
                .isEqualTo(200);
        List<OffsetDateTime> fired = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                fired.add(fireNextPost(groupId));
            }
        } finally {
            compliance.put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"5\",\"comment\":\"恢复\"}");
        }

        // The 18:00 timers still fire on the capped days; they find the day full and send nothing.
        assertThat(fired)
                .extracting(t -> t.toLocalTime().toString())
                .containsExactly("11:00", "12:00", "18:00", "11:00", "12:00", "18:00");
        List<String> sent = jdbc.sql("SELECT p.due_at FROM qf_action a JOIN qf_sop_post p ON p.action_id = a.id"
                        + CALENDAR_POSTS + " WHERE p.group_id = ? AND a.type = 'SEND_MESSAGE' ORDER BY p.due_at")
                .param(groupId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)
                        .atZoneSameInstant(MONDAY_MORNING.getOffset())
                        .toLocalDateTime()
                        .toString())
                .list();
        assertThat(sent)
                .containsExactly(
                        "2030-11-18T11:00",
                        "2030-11-18T12:00",
                        "2030-11-18T18:00",
                        "2030-11-19T11:00",
                        "2030-11-19T12:00",
                        "2030-11-20T11:00",
                        "2030-11-20T12:00");
    }
}
