package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Monthly calendar entries ({@code cadence: MONTHLY, dayOfMonth}) through the API: saved, refused, checked by the rules. */
@ApiTest
class SopMonthlyApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient operator;

    @BeforeEach
    void login() {
        operator = ApiClient.asUser(port, "operator", "qunflow");
    }

    private String group() {
        return TestGroup.of(port)
                .name("会员福利群")
                .intro("月初发券，月末盘点")
                .type("CONTENT")
                .open()
                .id;
    }

    private static String monthly(String dayOfMonth, String text) {
        return """
                {"cadence":"MONTHLY","dayOfMonth":%s,"time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"%s"}""".formatted(dayOfMonth, text);
    }

    private static String daily(String time) {
        return """
                {"cadence":"DAILY","time":"%s","purpose":"CONTENT","contentKind":"TEXT","text":"今日内容"}""".formatted(time);
    }

    private Reply add(String groupId, String... entries) {
        return operator.post(
                "/api/v1/groups/" + groupId + "/sop/entries", "{\"entries\":[" + String.join(",", entries) + "]}");
    }

    /** The group's stored entries as "cadence day_of_month". */
    private List<String> stored(String groupId) {
        return jdbc.sql("SELECT cadence, day_of_month FROM qf_sop_entry WHERE group_id = ? ORDER BY day_of_month")
                .param(groupId)
                .query((row, n) -> row.getString("cadence") + " " + row.getObject("day_of_month"))
                .list();
    }

    private int audited(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'SOP_CALENDAR' AND subject = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aMonthlyEntry_isSavedWithItsDay_listed_andAuditedInWords() {
        String groupId = group();

        Reply added = add(groupId, monthly("31", "月末盘点"));

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.body().get(0).get("cadence").asText()).isEqualTo("MONTHLY");
        assertThat(added.body().get(0).get("dayOfMonth").asInt()).isEqualTo(31);
        assertThat(stored(groupId)).containsExactly("MONTHLY 31");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items")
                        .get(0)
                        .get("dayOfMonth")
                        .asInt())
                .isEqualTo(31);
        assertThat(jdbc.sql("SELECT diff FROM qf_audit WHERE subject_type = 'SOP_CALENDAR' AND subject = ?")
                        .param(groupId)
                        .query(String.class)
                        .single())
                .isEqualTo("+ 每月31日 10:00 [CONTENT/TEXT] 月末盘点");
    }

    @Test
    void aMissingOrOutOfRangeDay_orADayGivenWithAnotherCadence_isRefusedInBothLanguages_andNothingIsSaved() {
        String groupId = group();

        Reply refused =
                add(groupId, """
                {"cadence":"MONTHLY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"没写几号"}""", monthly("0", "零号"), monthly("32", "三十二号"), monthly("\"abc\"", "不是数字"), """
                {"cadence":"WEEKLY","dayOfWeek":"MONDAY","dayOfMonth":5,"time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"周一"}""", """
                {"cadence":"DAILY","dayOfMonth":"1","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"每天"}""");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("SOP 日程有误");
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly(
                        "entries[0].dayOfMonth",
                        "entries[1].dayOfMonth",
                        "entries[2].dayOfMonth",
                        "entries[3].dayOfMonth",
                        "entries[4].dayOfMonth",
                        "entries[5].dayOfMonth");
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("必填");
        for (int i = 1; i <= 3; i++) {
            assertThat(refused.body().get("errors").get(i).get("message").asText())
                    .contains("from 1 to 31", "posts on its last day");
            assertThat(refused.body().get("errors").get(i).get("messageZh").asText())
                    .contains("1 到 31", "当月最后一天发");
        }
        assertThat(refused.body().get("errors").get(4).get("message").asText())
                .isEqualTo("is only for a MONTHLY entry");
        assertThat(refused.body().get("errors").get(5).get("messageZh").asText())
                .isEqualTo("仅用于每月发的日程（MONTHLY）");
        assertThat(stored(groupId)).isEmpty();
        assertThat(audited(groupId)).isZero();
    }

    /**
     * The 31st's post falls on a 30-day month's 30th and on February's last day, so with four daily
     * posts and the 30th's own that day holds six, one over the cap; the refusal says why the
     * posts meet. Posts on the 1st and the 15th never meet and are kept.
     */
    @Test
    void postsOnThe30thAnd31st_meetOnAShorterMonthsLastDay_andTheRulesCountThemTogether() {
        String groupId = group();
        String[] fourDaily = {daily("08:00"), daily("09:00"), daily("11:00"), daily("12:00")};

        Reply refused = add(
                groupId,
                fourDaily[0],
                fourDaily[1],
                fourDaily[2],
                fourDaily[3],
                monthly("30", "月末"),
                monthly("31", "月末"));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .contains(
                        "每月30日（当月只有30天时，每月31日的帖子也在这天发）逢周一安排了6条，超过每天5条的上限",
                        "每月28日（当月只有28天时，每月30、31日的帖子也在这天发）逢周日安排了6条，超过每天5条的上限")
                .noneMatch(message -> message.startsWith("每月31日"));
        assertThat(stored(groupId)).isEmpty();
        assertThat(audited(groupId)).isZero();

        Reply kept = add(
                groupId,
                fourDaily[0],
                fourDaily[1],
                fourDaily[2],
                fourDaily[3],
                monthly("1", "月初"),
                monthly("15", "月中"));

        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        assertThat(stored(groupId)).hasSize(6);
    }

    @Test
    void aDailyEntry_movedToMonthly_keepsItsId_withItsDayOfMonth() {
        String groupId = group();
        String id = add(groupId, daily("10:00")).body().get(0).get("id").asText();

        Reply moved =
                operator.put("/api/v1/groups/" + groupId + "/sop/entries/" + id, """
                {"entry":%s}""".formatted(monthly("29", "月末")));

        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().get("id").asText()).isEqualTo(id);
        assertThat(moved.body().get("dayOfMonth").asInt()).isEqualTo(29);
        assertThat(stored(groupId)).containsExactly("MONTHLY 29");
    }
}
