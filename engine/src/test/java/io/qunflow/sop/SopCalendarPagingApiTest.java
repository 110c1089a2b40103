package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /groups/{id}/sop/entries} a page at a time, as the member list is paged: {@code page}
 * from 0, {@code size} 1 to 100, 20 by default, and the whole calendar's {@code total}.
 */
@ApiTest
class SopCalendarPagingApiTest {

    private static final int ENTRIES = 23;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A group with 23 one-off posts, one a day from the day after tomorrow: more than one page. */
    private String groupWithACalendarLongerThanAPage() {
        String groupId =
                TestGroup.of(port).name("日程很长的群").intro("每天一条").type("CONTENT").open().id;
        LocalDate first = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        String entries = String.join(
                ",",
                IntStream.range(0, ENTRIES)
                        .mapToObj(i -> """
                        {"cadence":"ONCE","date":"%s","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"第%d天"}""".formatted(first.plusDays(i), i + 1))
                        .toList());
        Reply added = ApiClient.asUser(port, "operator", "qunflow")
                .post("/api/v1/groups/" + groupId + "/sop/entries", "{\"entries\":[" + entries + "]}");
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        return groupId;
    }

    private List<String> storedIds(String groupId) {
        return jdbc.sql("SELECT id FROM qf_sop_entry WHERE group_id = ?")
                .param(groupId)
                .query(String.class)
                .list();
    }

    @Test
    void theCalendar_comesAPageAtATime_20ByDefault_withTheWholeCalendarsTotal() {
        String groupId = groupWithACalendarLongerThanAPage();
        ApiClient viewer = ApiClient.asUser(port, "viewer", "qunflow");
        String path = "/api/v1/groups/" + groupId + "/sop/entries";

        Reply first = viewer.get(path);
        Reply second = viewer.get(path + "?page=1");
        Reply small = viewer.get(path + "?page=2&size=10");

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("items")).hasSize(20);
        assertThat(first.body().get("total").asInt()).isEqualTo(ENTRIES);
        assertThat(first.body().get("page").asInt()).isZero();
        assertThat(first.body().get("size").asInt()).isEqualTo(20);
        assertThat(second.body().get("items")).hasSize(3);
        List<String> paged = new ArrayList<>(first.body().get("items").findValuesAsText("id"));
        paged.addAll(second.body().get("items").findValuesAsText("id"));
        assertThat(paged).as("each entry on exactly one page").doesNotHaveDuplicates();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(storedIds(groupId));
        assertThat(small.body().get("items").findValuesAsText("id")).isEqualTo(paged.subList(20, 23));
        assertThat(small.body().get("size").asInt()).isEqualTo(10);
    }

    @Test
    void aPageOutsideTheLimits_isA400NamingTheFields_inBothLanguages_likeTheMemberList() {
        String groupId = groupWithACalendarLongerThanAPage();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        String path = "/api/v1/groups/" + groupId + "/sop/entries";

        for (Reply bad :
                List.of(operator.get(path + "?page=-1&size=101"), operator.get(path + "?page=1000001&size=0"))) {
            assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
            assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");
            assertThat(bad.body().get("detailZh").asText()).isNotBlank();
            assertThat(bad.body().get("errors").findValuesAsText("messageZh")).allMatch(zh -> !zh.isBlank());
        }
        Reply farEnough = operator.get(path + "?page=1000000&size=100");
        assertThat(farEnough.status()).isEqualTo(200);
        assertThat(farEnough.body().get("items")).isEmpty();
        assertThat(farEnough.body().get("total").asInt()).isEqualTo(ENTRIES);
        assertThat(operator.get("/api/v1/groups/nope/sop/entries").status()).isEqualTo(404);
        assertThat(storedIds(groupId)).as("reading changes nothing").hasSize(ENTRIES);
    }
}
