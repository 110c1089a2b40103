package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /groups/{id}/sop/posts} and {@code .../sop/topics} a page at a time, newest first, as
 * the calendar is paged: {@code page} from 0, {@code size} 1 to 100, 20 by default, and the
 * {@code total} of every post (or topic) the group sent. Both lists grow with every post.
 */
@ApiTest
class SopPostPagingApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.of(2030, 11, 18);
    private static final int DAYS = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SopCalendarService calendars;

    /**
     * A group whose calendar posted four times a day (09:00 content; 12:00 a topic and a content
     * post at the same moment; 20:00 activity) for eight days: 32 posts, 8 of them topics, more
     * than a page, and posts that tie on their due time.
     */
    private String groupThatPostedForEightDays() {
        String groupId =
                TestGroup.of(port).name("天天发帖的群").intro("一天四条").type("CONTENT").open().id;
        Reply added =
                ApiClient.asUser(port, "operator", "qunflow").post("/api/v1/groups/" + groupId + "/sop/entries", """
                        {"entries":[
                          {"cadence":"DAILY","time":"09:00","purpose":"CONTENT","contentKind":"TEXT","text":"早安干货"},
                          {"cadence":"DAILY","time":"12:00","purpose":"TOPIC","contentKind":"TEXT","text":"午间话题"},
                          {"cadence":"DAILY","time":"12:00","purpose":"CONTENT","contentKind":"TEXT","text":"午间干货"},
                          {"cadence":"DAILY","time":"20:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"晚间秒杀"}]}""");
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        for (int day = 0; day < DAYS; day++) {
            for (int hour : new int[] {9, 12, 20}) {
                OffsetDateTime due =
                        FIRST_DAY.plusDays(day).atTime(hour, 0).atZone(SHANGHAI).toOffsetDateTime();
                assertThat(calendars.deliver(groupId, due)).hasSize(hour == 12 ? 2 : 1);
            }
        }
        return groupId;
    }

    private List<String> storedPostIds(String groupId, String purposeFilter) {
        return jdbc.sql("SELECT id FROM qf_sop_post WHERE group_id = ?" + purposeFilter)
                .param(groupId)
                .query(String.class)
                .list();
    }

    private int sendMessageActions(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE'")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    private static List<OffsetDateTime> dueTimes(List<JsonNode> pages) {
        List<OffsetDateTime> due = new ArrayList<>();
        pages.forEach(p -> p.get("items")
                .forEach(i -> due.add(OffsetDateTime.parse(i.get("dueAt").asText()))));
        return due;
    }

    /** Every page of a list, {@code size} items a page, until one comes back short. */
    private static List<JsonNode> everyPage(ApiClient api, String path, int size) {
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            Reply reply = api.get(path + "?size=" + size + "&page=" + page);
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            pages.add(reply.body());
            if (reply.body().get("items").size() < size) {
                return pages;
            }
        }
    }

    private static List<String> ids(List<JsonNode> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.addAll(p.get("items").findValuesAsText("id")));
        return ids;
    }

    @Test
    void thePostsSent_comeAPageAtATime_newestFirst_20ByDefault_withTheTotalOfEveryPost() {
        String groupId = groupThatPostedForEightDays();
        List<String> stored = storedPostIds(groupId, "");
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        String path = "/api/v1/groups/" + groupId + "/sop/posts";

        Reply first = viewer.get(path);
        Reply second = viewer.get(path + "?page=1");
        Reply small = viewer.get(path + "?page=1&size=5");
        List<JsonNode> pagesOfThree = everyPage(viewer, path, 3);

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(stored)
                .as("the calendar's 32, and whatever the lifecycle posted on opening")
                .hasSizeBetween(32, 40);
        assertThat(first.body().get("items")).hasSize(20);
        assertThat(first.body().get("total").asInt()).isEqualTo(stored.size());
        assertThat(first.body().get("page").asInt()).isZero();
        assertThat(first.body().get("size").asInt()).isEqualTo(20);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("items")).hasSize(stored.size() - 20);
        assertThat(second.body().get("page").asInt()).isEqualTo(1);
        assertThat(first.body().get("items").get(0).get("text").asText())
                .as("the last post sent comes first")
                .isEqualTo("晚间秒杀");
        assertThat(OffsetDateTime.parse(
                                first.body().get("items").get(0).get("dueAt").asText())
                        .toInstant())
                .isEqualTo(FIRST_DAY
                        .plusDays(DAYS - 1)
                        .atTime(20, 0)
                        .atZone(SHANGHAI)
                        .toInstant());
        List<OffsetDateTime> due = dueTimes(List.of(first.body(), second.body()));
        for (int i = 1; i < due.size(); i++) {
            assertThat(due.get(i)).as("newest first, post %d", i).isBeforeOrEqualTo(due.get(i - 1));
        }
        List<String> paged = ids(List.of(first.body(), second.body()));
        assertThat(paged).as("each post on exactly one page").doesNotHaveDuplicates();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(small.body().get("items").findValuesAsText("id")).isEqualTo(paged.subList(5, 10));
        assertThat(small.body().get("size").asInt()).isEqualTo(5);
        assertThat(ids(pagesOfThree))
                .as("pages of three cut between posts due at the same moment, and still give each once")
                .isEqualTo(paged);
    }

    @Test
    void theTopicsSent_comeAPageAtATime_newestFirst_andTheScheduledOnesAreTheCalendarsTopicEntries() {
        String groupId = groupThatPostedForEightDays();
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        String path = "/api/v1/groups/" + groupId + "/sop/topics";

        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Reply reply = viewer.get(path + "?size=3&page=" + page);
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            pages.add(reply.body());
        }
        Reply byDefault = viewer.get(path);
        Reply scheduled = viewer.get("/api/v1/groups/" + groupId + "/sop/entries?purpose=TOPIC");

        assertThat(pages).extracting(p -> p.get("items").size()).containsExactly(3, 3, 2);
        assertThat(pages).extracting(p -> p.get("total").asInt()).containsOnly(DAYS);
        assertThat(ids(pages))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(storedPostIds(groupId, " AND purpose = 'TOPIC'"));
        assertThat(pages.stream()
                        .flatMap(p -> p.get("items").findValuesAsText("purpose").stream())
                        .toList())
                .containsOnly("TOPIC");
        List<OffsetDateTime> due = dueTimes(pages);
        assertThat(due.get(0).toInstant())
                .isEqualTo(FIRST_DAY
                        .plusDays(DAYS - 1)
                        .atTime(12, 0)
                        .atZone(SHANGHAI)
                        .toInstant());
        for (int i = 1; i < due.size(); i++) {
            assertThat(due.get(i)).as("newest first, topic %d", i).isBefore(due.get(i - 1));
        }
        assertThat(byDefault.body().get("items")).hasSize(DAYS);
        assertThat(byDefault.body().get("size").asInt()).isEqualTo(20);
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(200);
        assertThat(scheduled.body().get("items").findValuesAsText("text")).containsExactly("午间话题");
        assertThat(scheduled.body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aPageOutsideTheLimits_isA400NamingTheFields_inBothLanguages_andAnUnknownGroupA404() {
        String groupId = groupThatPostedForEightDays();
        int posts = storedPostIds(groupId, "").size();
        int actions = sendMessageActions(groupId);
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");

        for (String list : List.of("posts", "topics")) {
            String path = "/api/v1/groups/" + groupId + "/sop/" + list;
            for (Reply bad :
                    List.of(operator.get(path + "?page=-1&size=101"), operator.get(path + "?page=1000001&size=0"))) {
                assertThat(bad.status()).as(list + " " + bad.raw()).isEqualTo(400);
                assertThat(bad.body().get("errors").findValuesAsText("field"))
                        .containsExactlyInAnyOrder("page", "size");
                assertThat(bad.body().get("detailZh").asText()).contains("有误");
                assertThat(bad.body().get("errors").findValuesAsText("messageZh"))
                        .hasSize(2)
                        .allMatch(zh -> !zh.isBlank());
            }
            Reply farEnough = operator.get(path + "?page=1000000&size=100");
            assertThat(farEnough.status()).isEqualTo(200);
            assertThat(farEnough.body().get("items")).isEmpty();
            assertThat(farEnough.body().get("total").asInt()).isPositive();
            Reply unknown = operator.get("/api/v1/groups/nope/sop/" + list);
            assertThat(unknown.status()).as(unknown.raw()).isEqualTo(404);
            assertThat(unknown.body().get("detailZh").asText()).isNotBlank();
        }
        Reply badPurpose = operator.get("/api/v1/groups/" + groupId + "/sop/entries?purpose=SPAM");
        assertThat(badPurpose.status()).as(badPurpose.raw()).isEqualTo(400);
        assertThat(badPurpose.body().get("errors").findValuesAsText("field")).containsExactly("purpose");
        assertThat(badPurpose.body().get("errors").findValuesAsText("messageZh"))
                .singleElement()
                .asString()
                .contains("须为以下之一");

        assertThat(storedPostIds(groupId, "")).as("reading sends nothing").hasSize(posts);
        assertThat(sendMessageActions(groupId)).as("reading sends nothing").isEqualTo(actions);
    }
}
