package io.qunflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.Phase;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** Per post reach/click/pay and per group series, from events posted through the API by their own times. */
/*
 * These tests post events at fixed hours of the group's current day (Shanghai): a streak ending
 * today, posts at 09:00 and 12:00 today and what was clicked and paid after them. Run in Shanghai's
 * early hours those hours are still ahead, beyond the 5 minutes the events API allows; the test
 * reads "today" as it was meant, so it allows a day (in a context the two share).
 */
@ApiTest
@TestPropertySource(properties = "qunflow.events.max-clock-skew=P1D")
@ContextConfiguration(initializers = TestDatabase.DaySkew.class, inheritInitializers = false)
class MetricsApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    SopCalendarService calendars;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcClient jdbc;

    private ApiClient api() {
        return ApiClient.withKey(port, "qf_dev_key");
    }

    private String group() {
        String groupId = "metrics-" + UUID.randomUUID();
        assertThat(api().post("/api/v1/groups", """
                {"id":"%s","name":"指标测试群","intro":"看数据","type":"CONTENT"}""".formatted(groupId)).status())
                .isEqualTo(201);
        return groupId;
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toOffsetDateTime();
    }

    private void event(String groupId, String type, String memberId, OffsetDateTime at, String payload) {
        Reply reply = api().post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        UUID.randomUUID(), type, memberId, at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    @Test
    void postMetrics_countReachClicksAndOrdersByLastClickWithinTheWindow() {
        String groupId = group();
        LocalDate today = today();
        for (String m : List.of("amy", "bob", "cat")) {
            event(groupId, "MEMBER_JOINED", m, at(today.minusDays(1), "10:00"), "{}");
        }
        assertThat(api().post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[
                 {"cadence":"DAILY","time":"09:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"早餐秒杀","link":"https://example.com/a"},
                 {"cadence":"DAILY","time":"12:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"午餐拼团","link":"https://example.com/b"}]}""").status())
                .isEqualTo(201);
        SopPost breakfast = calendars.deliver(groupId, at(today, "09:00")).get(0);
        event(groupId, "MEMBER_JOINED", "dan", at(today, "11:00"), "{}");
        SopPost lunch = calendars.deliver(groupId, at(today, "12:00")).get(0);

        String clickBreakfast = "{\"postId\":\"" + breakfast.id() + "\"}";
        String clickLunch = "{\"postId\":\"" + lunch.id() + "\"}";
        event(groupId, "LINK_CLICKED", "amy", at(today, "09:10"), clickBreakfast);
        event(groupId, "LINK_CLICKED", "amy", at(today, "09:11"), clickBreakfast);
        event(groupId, "LINK_CLICKED", "bob", at(today, "09:20"), clickBreakfast);
        event(groupId, "LINK_CLICKED", "amy", at(today, "12:05"), clickLunch);
        event(groupId, "LINK_CLICKED", "cat", at(today, "12:06"), "{\"postId\":\"not-a-post\"}");
        // Amy's last click before paying was on lunch; Bob's on breakfast, 100 minutes earlier.
        event(groupId, "ORDER_PAID", "amy", at(today, "12:30"), "{\"amountCents\":5000,\"orderId\":\"o1\"}");
        event(groupId, "ORDER_PAID", "bob", at(today, "11:00"), "{\"amountCents\":3000,\"orderId\":\"o2\"}");
        event(groupId, "ORDER_PAID", "cat", at(today, "12:30"), "{\"amountCents\":900,\"orderId\":\"o3\"}");

        Reply reply = ApiClient.asUser(port, "viewer", "qunflow")
                .get("/api/v1/groups/" + groupId + "/sop/posts/metrics?days=7");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode posts = calendarPosts(reply.body());
        assertThat(posts).hasSize(2);
        JsonNode newest = posts.get(0);
        assertThat(newest.path("postId").asText()).isEqualTo(lunch.id());
        assertThat(newest.path("entryId").asText()).isEqualTo(lunch.entryId());
        assertThat(newest.path("kind").asText()).isEqualTo("ACTIVITY");
        assertThat(newest.path("text").asText()).contains("午餐拼团");
        assertThat(newest.path("reach").asInt()).isEqualTo(4);
        assertThat(newest.path("clicks").asInt()).isEqualTo(1);
        assertThat(newest.path("orders").asInt()).isEqualTo(1);
        assertThat(newest.path("gmvCents").asLong()).isEqualTo(5000);
        JsonNode older = posts.get(1);
        assertThat(older.path("reach").asInt()).isEqualTo(3);
        assertThat(older.path("clicks").asInt()).isEqualTo(3);
        assertThat(older.path("clickers").asInt()).isEqualTo(2);
        assertThat(older.path("orders").asInt()).isEqualTo(1);
        assertThat(older.path("gmvCents").asLong()).isEqualTo(3000);
        assertThat(OffsetDateTime.parse(older.path("sentAt").asText())).isEqualTo(at(today, "09:00"));
        assertThat(jdbc.sql("SELECT reach || '/' || purpose FROM qf_sop_post WHERE id = ?")
                        .param(breakfast.id())
                        .query(String.class)
                        .single())
                .isEqualTo("3/ACTIVITY");

        JsonNode narrow =
                calendarPosts(api().get("/api/v1/groups/" + groupId + "/sop/posts/metrics?days=1&attributionHours=1")
                        .body());
        assertThat(narrow.get(1).path("orders").asInt()).isZero();
        assertThat(narrow.get(0).path("orders").asInt()).isEqualTo(1);
    }

    @Test
    void metricsRequests_areRefusedWithTheField_whenDaysOrWindowAreOutOfRange_andUnknownGroupsAreNotFound() {
        String groupId = group();
        for (String query : List.of("days=0", "days=367", "days=abc")) {
            Reply reply = api().get("/api/v1/groups/" + groupId + "/metrics?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().path("errors").get(0).path("field").asText())
                    .isEqualTo("days");
        }
        Reply window = api().get("/api/v1/groups/" + groupId + "/sop/posts/metrics?attributionHours=0");
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.body().path("errors").get(0).path("field").asText()).isEqualTo("attributionHours");
        assertThat(api().get("/api/v1/groups/nope-" + UUID.randomUUID() + "/metrics")
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/groups/" + groupId + "/sop/posts/metrics")
                        .body()
                        .findValuesAsText("kind"))
                .as("only the positioning its lifecycle posted when the group opened")
                .containsExactly("NOTICE");
    }

    /**
     * The posts of the group's calendar, newest first: without the positioning the group's
     * lifecycle posted when it opened, which is measured too but is not what these tests are about.
     */
    private static JsonNode calendarPosts(JsonNode posts) {
        ArrayNode calendar = JsonNodeFactory.instance.arrayNode();
        posts.forEach(post -> {
            if (!post.path("text").asText().startsWith("【指标测试群】")) {
                calendar.add(post);
            }
        });
        return calendar;
    }

    @Test
    void groupMetrics_replayMembershipActivityAndRewardsByEventTime_evenForEventsPostedLate() {
        String groupId = group();
        String elsewhere = group();
        LocalDate today = today();
        LocalDate d0 = today.minusDays(2);
        LocalDate d1 = today.minusDays(1);
        String mx = "mx-" + UUID.randomUUID();
        // Member ids of their own: "new" means seen in no group before, and other tests share the database.
        String u = "-" + UUID.randomUUID();
        event(elsewhere, "MEMBER_JOINED", mx, at(d0, "08:00"), "{}");

        event(groupId, "MEMBER_JOINED", "m1" + u, at(d0, "10:00"), "{\"channel\":\"poster\"}");
        event(groupId, "MEMBER_JOINED", "m2" + u, at(d1, "10:00"), "{\"channel\":\"poster\"}");
        event(groupId, "MEMBER_JOINED", "m3" + u, at(d1, "11:00"), "{}");
        event(groupId, "MEMBER_JOINED", mx, at(d1, "12:00"), "{}");
        event(groupId, "MESSAGE_POSTED", "m1" + u, at(d1, "12:00"), "{\"text\":\"大家好\"}");
        event(groupId, "MEMBER_LEFT", "m2" + u, at(today, "00:30"), "{}");
        event(groupId, "MESSAGE_POSTED", "m1" + u, at(today, "00:40"), "{\"text\":\"今天吃什么\"}");
        event(groupId, "MESSAGE_POSTED", "m3" + u, at(today, "00:45"), "{\"text\":\"加我微信领红包\"}");
        event(groupId, "ORDER_PAID", "m1" + u, at(today, "00:50"), "{\"amountCents\":2000,\"orderId\":\"o1\"}");
        // Posted last, happened first: it lands on its own day.
        event(groupId, "MEMBER_JOINED", "m5" + u, at(d0, "09:00"), "{}");

        Reply reply = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/groups/" + groupId + "/metrics?days=3");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.path("groupId").asText()).isEqualTo(groupId);
        assertThat(body.path("from").asText()).isEqualTo(d0.toString());
        assertThat(body.path("to").asText()).isEqualTo(today.toString());
        JsonNode s = body.path("series");
        assertThat(texts(s.path("days"))).containsExactly(d0.toString(), d1.toString(), today.toString());
        assertThat(ints(s.path("members"))).containsExactly(2, 5, 4);
        assertThat(ints(s.path("joined"))).containsExactly(2, 3, 0);
        assertThat(ints(s.path("left"))).containsExactly(0, 0, 1);
        assertThat(ints(s.path("messages"))).containsExactly(0, 1, 2);
        assertThat(ints(s.path("activeMembers7d"))).containsExactly(0, 1, 2);
        assertThat(s.path("activityRate").get(1).asDouble()).isEqualTo(0.2);
        assertThat(s.path("activityRate").get(2).asDouble()).isEqualTo(0.5);
        assertThat(ints(s.path("orders"))).containsExactly(0, 0, 1);
        assertThat(ints(s.path("gmvCents"))).containsExactly(0, 0, 2000);
        for (int i = 0; i < 3; i++) {
            assertThat(s.path("core").get(i).asInt()
                            + s.path("active").get(i).asInt()
                            + s.path("silent").get(i).asInt()
                            + s.path("churned").get(i).asInt())
                    .isEqualTo(s.path("members").get(i).asInt());
        }
        // Welcome points and envelopes land on the day of the join that earned them.
        assertThat(ints(s.path("pointsGranted"))).containsExactly(20, 30, 0);
        long envelopes = jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM qf_red_envelope WHERE group_id = ?"
                        + " AND status = 'SENT'")
                .param(groupId)
                .query(Long.class)
                .single();
        assertThat(ints(s.path("redEnvelopeCents")).stream()
                        .mapToLong(Integer::longValue)
                        .sum())
                .isEqualTo(envelopes)
                .isPositive();

        assertThat(body.path("moderation")).hasSize(1);
        assertThat(body.path("moderation").get(0).toString())
                .isEqualTo("{\"category\":\"CONTACT\",\"warnings\":1,\"deletions\":1,\"removals\":0,\"mutes\":0}");
        assertThat(body.path("source").toString())
                .isEqualTo("[{\"channel\":\"poster\",\"newMembers\":2,"
                        + "\"existingMembers\":0},{\"channel\":\"unknown\",\"newMembers\":2,\"existingMembers\":1}]");
        JsonNode process = body.path("process");
        assertThat(process.path("joinRate").asDouble()).isEqualTo(1.0);
        assertThat(process.path("growth").isNull()).isTrue();
        assertThat(process.path("retention7").isNull()).isTrue();
        JsonNode result = body.path("result");
        assertThat(result.path("orders").asInt()).isEqualTo(1);
        assertThat(result.path("buyers").asInt()).isEqualTo(1);
        assertThat(result.path("gmvCents").asLong()).isEqualTo(2000);
        assertThat(result.path("conversion").asDouble()).isEqualTo(0.2);
        assertThat(result.path("rewardsCostCents").asLong()).isEqualTo(envelopes);
        assertThat(result.path("dailyRedEnvelopeBudgetCents").asLong()).isEqualTo(20000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_member_change WHERE group_id = ? AND change_kind <> 'LAYER'")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);

        JsonNode month =
                api().get("/api/v1/groups/" + groupId + "/metrics").body().path("series");
        assertThat(month.path("days")).hasSize(30);
        assertThat(month.path("redEnvelopeCents")).hasSize(30);
        assertThat(month.path("members").get(29).asInt())
                .isEqualTo(4)
                .isEqualTo(api().get("/api/v1/groups/" + groupId)
                        .body()
                        .path("memberCount")
                        .asInt());
    }

    @Test
    void groupMetrics_showThePhaseAtEachDaysEnd_fromTheDayTheGroupWasOpened() {
        String moved = group();
        String stayed = group();
        groups.enterPhase(moved, Phase.of("WARM_UP"));

        JsonNode movedPhases = api().get("/api/v1/groups/" + moved + "/metrics?days=3")
                .body()
                .path("series")
                .path("phase");
        JsonNode stayedPhases = api().get("/api/v1/groups/" + stayed + "/metrics?days=3")
                .body()
                .path("series")
                .path("phase");

        assertThat(movedPhases).hasSize(3);
        assertThat(movedPhases.get(0).isNull())
                .as("before the group was opened")
                .isTrue();
        assertThat(movedPhases.get(1).isNull()).isTrue();
        assertThat(movedPhases.get(2).asText()).isEqualTo("WARM_UP");
        assertThat(stayedPhases.get(2).asText()).isEqualTo("LAUNCH");
        assertThat(jdbc.sql("SELECT phase FROM qf_phase_change WHERE group_id = ? ORDER BY id")
                        .param(moved)
                        .query(String.class)
                        .list())
                .containsExactly("LAUNCH", "WARM_UP");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }
}
