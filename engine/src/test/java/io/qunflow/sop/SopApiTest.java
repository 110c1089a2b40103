package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class SopApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient operator;

    @BeforeEach
    void login() {
        operator = ApiClient.asUser(port, "operator", "qunflow");
    }

    private String group(String type) {
        return TestGroup.of(port).name("门店福利群").intro("每日菜单与秒杀").type(type).open().id;
    }

    private static String daily(String time, String purpose) {
        return """
                {"cadence":"DAILY","time":"%s","purpose":"%s","contentKind":"TEXT","text":"今日内容 ✨"}""".formatted(time, purpose);
    }

    @Test
    void templates_areListedWithTheirEntries() {
        Reply templates = operator.get("/api/v1/sop/templates");

        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.body().findValuesAsText("name"))
                .containsExactlyInAnyOrder(
                        "beauty",
                        "checkin",
                        "content",
                        "education",
                        "flash-sale",
                        "mother-baby",
                        "restaurant",
                        "traffic");
        assertThat(templates.body().toString()).contains("今日菜单", "预习海报");
    }

    @Test
    void aTemplate_fillsTheCalendar_andStartsTheGroupsSopWorkflow() {
        String groupId = group("CONTENT");

        Reply applied = operator.post("/api/v1/groups/" + groupId + "/sop/templates/restaurant", "");

        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.body().findValuesAsText("time")).containsExactly("11:00:00", "12:00:00", "18:00:00");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON e.PROC_DEF_ID_ = d.ID_"
                                + " WHERE d.KEY_ = 'group-sop' AND e.BUSINESS_KEY_ = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT change FROM qf_audit WHERE subject_type = 'SOP_CALENDAR' AND subject = ?")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .containsExactly("ADDED");
    }

    @Test
    void aDayOverTheCap_isRefusedWithTheReason_andNothingIsSaved() {
        String groupId = group("CONTENT");

        Reply refused = operator.post(
                "/api/v1/groups/" + groupId + "/sop/entries",
                "{\"entries\":[%s,%s,%s,%s,%s,%s]}"
                        .formatted(
                                daily("08:00", "CONTENT"),
                                daily("09:00", "CONTENT"),
                                daily("10:00", "CONTENT"),
                                daily("11:00", "CONTENT"),
                                daily("12:00", "CONTENT"),
                                daily("13:00", "CONTENT")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("message")).contains("每周一安排了6条，超过每天5条的上限");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void aSalesGroup_needsHalfItsPostsToBeActivities() {
        String flash = group("FLASH");
        String content = group("CONTENT");

        Reply refused = operator.post("/api/v1/groups/" + flash + "/sop/templates/restaurant", "");
        Reply accepted = operator.post("/api/v1/groups/" + content + "/sop/templates/restaurant", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("message").asText())
                .contains("活动类内容1/3条", "卖货群（FLASH）每天至少50%");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void aParameterChange_changesWhatTheRulesAllow() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String groupId = group("CONTENT");
        try {
            compliance.put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"2\",\"comment\":\"少打扰\"}");

            Reply refused = operator.post("/api/v1/groups/" + groupId + "/sop/templates/restaurant", "");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().toString()).contains("超过每天2条的上限");
        } finally {
            compliance.put("/api/v1/parameters/sop.daily-cap", "{\"value\":\"5\",\"comment\":\"恢复\"}");
        }
    }

    @Test
    void badEntries_areRefusedFieldByField() {
        String groupId = group("CONTENT");

        Reply bad = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"HOURLY","time":"25:61","purpose":"ACTIVITY","contentKind":"MINI_PROGRAM","text":""},
                 {"cadence":"ONCE","date":"2020-01-01","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"过期","link":"ftp://x"},
                 {"cadence":"WEEKLY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"周几?"}]}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .contains(
                        "entries[0].cadence",
                        "entries[0].time",
                        "entries[0].text",
                        "entries[0].link",
                        "entries[1].date",
                        "entries[1].link",
                        "entries[2].dayOfWeek");
        assertThat(operator.post("/api/v1/groups/nope/sop/templates/restaurant", "")
                        .status())
                .isEqualTo(404);
        assertThat(operator.post("/api/v1/groups/" + groupId + "/sop/templates/nope", "")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post("/api/v1/groups/" + groupId + "/sop/templates/restaurant", "")
                        .status())
                .isEqualTo(403);
    }

    /**
     * A campaign day that is over holds no more posts: its one-off posts no longer count against the
     * daily cap, so a daily post added later is not refused for a day gone by. A day still ahead counts.
     */
    @Test
    void aOneOffDayThatIsOver_noLongerCountsAgainstTheDailyCap_butADayAheadDoes() {
        String groupId = group("CONTENT");
        Reply threeDaily = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[%s,%s,%s]}""".formatted(
                        daily("10:00", "CONTENT"), daily("11:00", "CONTENT"), daily("12:00", "CONTENT")));
        assertThat(threeDaily.status()).as(threeDaily.raw()).isEqualTo(201);
        LocalDate campaignDay =
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3);
        for (String time : new String[] {"20:00", "21:00"}) {
            jdbc.sql("INSERT INTO qf_sop_entry (id, group_id, cadence, on_date, at_time, purpose, content_kind, body,"
                            + " created_at) VALUES (?, ?, 'ONCE', ?, ?, 'CONTENT', 'TEXT', '双十一返场', ?)")
                    .params(
                            "sop-over-" + time.substring(0, 2) + "-" + groupId,
                            groupId,
                            campaignDay,
                            time,
                            java.time.OffsetDateTime.now().minusDays(10))
                    .update();
        }

        Reply fourthDaily =
                operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[%s]}""".formatted(daily("13:00", "CONTENT")));

        assertThat(fourthDaily.status()).as(fourthDaily.raw()).isEqualTo(201);
        LocalDate ahead = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10);
        Reply twoAhead = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"ONCE","date":"%s","time":"20:00","purpose":"CONTENT","contentKind":"TEXT","text":"返场一"},
                 {"cadence":"ONCE","date":"%s","time":"21:00","purpose":"CONTENT","contentKind":"TEXT","text":"返场二"}]}""".formatted(ahead, ahead));
        assertThat(twoAhead.status()).as(twoAhead.raw()).isEqualTo(400);
        assertThat(twoAhead.body().get("errors").findValuesAsText("message"))
                .singleElement()
                .asString()
                .startsWith(ahead + "安排了6条")
                .doesNotContain(campaignDay.toString());
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("total")
                        .asInt())
                .isEqualTo(6);
    }

    @Test
    void aWeekdayOrADateGivenWithACadenceThatHasNone_isRefusedInBothLanguages_andNothingIsSaved() {
        String groupId = group("CONTENT");

        Reply refused = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"DAILY","dayOfWeek":"MONDAY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"每周一？"},
                 {"cadence":"WEEKLY","dayOfWeek":"FRIDAY","date":"%s","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"从哪天起？"},
                 {"cadence":"ONCE","date":"%s","dayOfWeek":"FRIDAY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"只一次"}]}""".formatted(
                        LocalDate.now().plusDays(30), LocalDate.now().plusDays(31)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly("entries[0].dayOfWeek", "entries[1].date", "entries[2].dayOfWeek");
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .containsExactly(
                        "is only for a WEEKLY entry", "is only for a ONCE entry", "is only for a WEEKLY entry");
        assertThat(refused.body().get("errors").get(1).get("messageZh").asText())
                .isEqualTo("仅用于只发一次的日程（ONCE）");
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .isEqualTo("仅用于每周发的日程（WEEKLY）");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(auditedChanges(groupId)).isZero();
    }

    @Test
    void aLink_isAWebAddressWithAHost_writtenInChineseOrNot_andNothingElse() {
        String groupId = group("CONTENT");
        String[] refused = {
            "javascript:alert(1)//http://x",
            "https://taobao.com@evil.example/activity",
            "https://",
            "http:///path",
            "https://shop.example/a b",
            "https://例子.中国 /活动"
        };
        for (String link : refused) {
            Reply reply = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                    {"entries":[{"cadence":"DAILY","time":"10:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"活动","link":"%s"}]}""".formatted(link));
            assertThat(reply.status()).as(link).isEqualTo(400);
            assertThat(reply.body().get("errors").findValuesAsText("field"))
                    .as(link)
                    .containsExactly("entries[0].link");
        }
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .as("nothing saved")
                .isEmpty();

        Reply chinese = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"DAILY","time":"10:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"活动","link":"https://例子.中国/双十一?券=满减"}]}""");
        assertThat(chinese.status()).as(chinese.raw()).isEqualTo(201);
    }

    /**
     * A post WeCom would refuse is refused when it is saved, not on the day it is due: over 4000
     * bytes in UTF-8 with its link (1,400 Chinese characters are 4,200 bytes, well within the 2,000
     * characters a text may hold), or holding a character members do not see that changes what they
     * read: a bidi override turning {@code moc.qq} into {@code qq.com}, a zero-width space splitting
     * a word. Emoji joined into one (a family) or spelling a flag are kept.
     */
    @Test
    void aPostOverWeComsLimit_orWithHiddenCharacters_isRefusedWhenSaved_andNothingIsSaved() {
        String groupId = group("CONTENT");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String scotland = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
        String entries = String.join(
                ",",
                entry("秒".repeat(1400), null),
                entry("秒".repeat(1330), "https://shop.example/" + "a".repeat(20)),
                entry("登录 \u202Emoc.qq\u202C 领券", null),
                entry("加微\u200B信领券", "https://shop.example/\u2066coupon"),
                entry(family + " 周末亲子活动 " + scotland, null));

        Reply refused = operator.post("/api/v1/groups/" + groupId + "/sop/entries", "{\"entries\":[" + entries + "]}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly(
                        "entries[0].text", "entries[1].text", "entries[2].text", "entries[3].text", "entries[3].link");
        assertThat(refused.body().get("errors").get(0).get("message").asText())
                .contains("at most 4000 bytes", "it is 4200");
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .contains("最多 4000 字节", "现为 4200 字节");
        assertThat(refused.body().get("errors").get(1).get("message").asText()).contains("it is 4032");
        assertThat(refused.body().get("errors").get(2).get("message").asText())
                .contains("direction-changing", "U+202E at character 4");
        assertThat(refused.body().get("errors").get(2).get("messageZh").asText())
                .contains("改变文字方向", "U+202E");
        assertThat(refused.body().get("errors").get(3).get("message").asText()).contains("U+200B");
        assertThat(refused.body().get("errors").get(4).get("message").asText()).contains("U+2066");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .as("nothing saved")
                .isEmpty();
        assertThat(auditedChanges(groupId)).isZero();

        Reply emoji = operator.post(
                "/api/v1/groups/" + groupId + "/sop/entries",
                "{\"entries\":[" + entry(family + " 周末亲子活动 " + scotland, null) + "]}");
        assertThat(emoji.status()).as(emoji.raw()).isEqualTo(201);
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items")
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo(family + " 周末亲子活动 " + scotland);
    }

    /**
     * Qunflow fills no placeholder in a post: a {@code ${nickname}} or {@code {{name}}} copied from
     * another tool would reach every member exactly as typed.
     */
    @Test
    void aPostWithAPlaceholderNothingFills_isRefused_namingIt_andNothingIsSaved() {
        String groupId = group("CONTENT");
        String entries = String.join(
                ",",
                entry("亲爱的${nickname}，今晚8点秒杀", null),
                entry("{{name}} 你好 👋 本周团购开始", null),
                entry("欢迎 %NICKNAME% 加入", null),
                entry("满{100}减{20}，價格 {優惠} 以页面为准 🎉 מבצע", null),
                entry("你的专属码 {userId}", null));

        Reply refused = operator.post("/api/v1/groups/" + groupId + "/sop/entries", "{\"entries\":[" + entries + "]}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .as("braces around a price or Chinese words are no placeholder")
                .containsExactly("entries[0].text", "entries[1].text", "entries[2].text", "entries[4].text");
        assertThat(refused.body().get("errors").get(0).get("message").asText())
                .contains("${nickname}", "at character 4", "members would read it as written");
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .contains("${nickname}", "第 4 个字符", "成员会原样看到");
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("{{name}}"))
                .anySatisfy(m -> assertThat(m).contains("%NICKNAME%"))
                .anySatisfy(m -> assertThat(m).contains("{userId}"));
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .as("nothing saved")
                .isEmpty();
        assertThat(auditedChanges(groupId)).isZero();
    }

    private static String entry(String text, String link) {
        return """
                {"cadence":"DAILY","time":"10:00","purpose":"CONTENT","contentKind":"TEXT","text":"%s"%s}""".formatted(text, link == null ? "" : ",\"link\":\"" + link + "\"");
    }

    @Test
    void aDateCenturiesAhead_orATimeWithAFractionOfASecond_isRefused_andNothingIsSaved() {
        String groupId = group("CONTENT");

        Reply farAway = operator.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"ONCE","date":"+999999999-12-31","time":"21:00","purpose":"CONTENT","contentKind":"TEXT","text":"千年之后"},
                 {"cadence":"ONCE","date":"%s","time":"21:00","purpose":"CONTENT","contentKind":"TEXT","text":"十一年后"},
                 {"cadence":"DAILY","time":"22:00:00.5","purpose":"CONTENT","contentKind":"TEXT","text":"半秒"}]}""".formatted(
                        LocalDate.now().plusYears(11)));

        assertThat(farAway.status()).as(farAway.raw()).isEqualTo(400);
        assertThat(farAway.body().get("errors").findValuesAsText("field"))
                .containsExactly("entries[0].date", "entries[1].date", "entries[2].time");
        assertThat(farAway.body().get("errors").findValuesAsText("message"))
                .contains("must be within ten years from now", "must be whole minutes");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(auditedChanges(groupId)).isZero();
    }

    @Test
    void aMissingEntryOrGroup_orAnOverlongComment_isA400_andNothingIsSaved() {
        String groupId = group("CONTENT");
        String entry = operator.post(
                        "/api/v1/groups/" + groupId + "/sop/entries",
                        "{\"entries\":[" + daily("09:00", "CONTENT") + "]}")
                .body()
                .get(0)
                .get("id")
                .asText();

        Reply longComment = operator.post(
                "/api/v1/groups/" + groupId + "/sop/entries",
                "{\"comment\":\"" + "理".repeat(2001) + "\",\"entries\":[" + daily("10:00", "CONTENT") + "]}");
        Reply noEntry = operator.put("/api/v1/groups/" + groupId + "/sop/entries/" + entry, "{\"comment\":\"挪一下\"}");
        Reply longMoveComment = operator.put(
                "/api/v1/groups/" + groupId + "/sop/entries/" + entry,
                "{\"comment\":\"" + "理".repeat(2001) + "\",\"entry\":" + daily("11:00", "CONTENT") + "}");
        Reply nullGroup = operator.post("/api/v1/sop/alliance-posts", """
                {"groupIds":["%s",null],"post":{"cadence":"ONCE","date":"%s","time":"20:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"联合福利"}}""".formatted(
                        groupId, LocalDate.now().plusDays(30)));

        assertThat(longComment.status()).as(longComment.raw()).isEqualTo(400);
        assertThat(longComment.body().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(noEntry.status()).as(noEntry.raw()).isEqualTo(400);
        assertThat(noEntry.body().get("errors").findValuesAsText("field")).containsExactly("entry");
        assertThat(longMoveComment.status()).as(longMoveComment.raw()).isEqualTo(400);
        assertThat(longMoveComment.body().get("errors").findValuesAsText("field"))
                .containsExactly("comment");
        assertThat(nullGroup.status()).as(nullGroup.raw()).isEqualTo(400);
        assertThat(nullGroup.body().get("errors").findValuesAsText("field")).containsExactly("groupIds");
        assertThat(operator.get("/api/v1/groups/" + groupId + "/sop/entries")
                        .body()
                        .get("items")
                        .findValuesAsText("time"))
                .containsExactly("09:00:00");
        assertThat(auditedChanges(groupId)).isEqualTo(1);
    }

    private int auditedChanges(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'SOP_CALENDAR' AND subject = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    @Test
    void anAlliancePost_goesIntoEveryGroupOrNone() {
        String a = group("CONTENT");
        String b = group("CONTENT");
        String post = """
                {"cadence":"ONCE","date":"2030-11-11","time":"20:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"双11联合福利 🎉"}""";

        Reply sent = operator.post(
                "/api/v1/sop/alliance-posts", "{\"groupIds\":[\"%s\",\"%s\"],\"post\":%s}".formatted(a, b, post));
        Reply unknown = operator.post(
                "/api/v1/sop/alliance-posts", "{\"groupIds\":[\"%s\",\"nope\"],\"post\":%s}".formatted(a, post));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(operator.get("/api/v1/groups/" + a + "/sop/entries")
                        .body()
                        .get("items")
                        .findValuesAsText("text"))
                .containsExactly("双11联合福利 🎉");
        assertThat(operator.get("/api/v1/groups/" + b + "/sop/entries").body().get("items"))
                .hasSize(1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(operator.get("/api/v1/groups/" + a + "/sop/entries").body().get("items"))
                .hasSize(1);
    }
}
