package io.qunflow.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.RuleForATest;
import io.qunflow.TestGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class RewardsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = TestGroup.of(port)
                .name("零食吃货群")
                .intro("好吃不贵")
                .type("TRAFFIC")
                .capacity(500)
                .open()
                .id;
    }

    private Reply post(String eventId, String type, String memberId, String payload) {
        return post(eventId, type, memberId, payload, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private Reply post(String eventId, String type, String memberId, String payload, OffsetDateTime at) {
        Reply reply = api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        groupId + "-" + eventId, type, memberId, at, payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    private Reply join(String memberId, String payload) {
        return post("join-" + memberId, "MEMBER_JOINED", memberId, payload);
    }

    @Autowired
    RewardService rewards;

    @Test
    void theLedgerAndTheEnvelopes_arePagedLikeTheMemberList_theLatestFirst() {
        join("saver", "{}");
        int welcome = rows("SELECT COUNT(*) FROM qf_points_entry WHERE group_id = ? AND member_id = 'saver'");
        int paid = rows("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ?");
        for (int i = 1; i <= 24; i++) {
            rewards.book(groupId, "saver", i, "第" + i + "次打卡", "test", groupId + "-booked-" + i);
        }
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("INSERT INTO qf_red_envelope (group_id, member_id, amount_cents, reason, rule_name, event_id,"
                            + " envelope_key, reward_day, paid_day, status, refusal, created_at)"
                            + " VALUES (?, 'saver', ?, '红包', 'test', NULL, ?, CURRENT_DATE, CURRENT_DATE, 'SENT', NULL,"
                            + " CURRENT_TIMESTAMP)")
                    .params(groupId, 100 * i, groupId + "-envelope-" + i)
                    .update();
        }
        String points = "/api/v1/groups/" + groupId + "/members/saver/points";
        String envelopes = "/api/v1/groups/" + groupId + "/red-envelopes";

        Reply first = api.get(points + "?size=10");
        Reply last = api.get(points + "?page=2&size=10");
        Reply envelopePage = api.get(envelopes + "?size=2");
        Reply envelopeRest = api.get(envelopes + "?page=1&size=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("total").asInt()).isEqualTo(24 + welcome);
        assertThat(first.body().get("page").asInt()).isZero();
        assertThat(first.body().get("size").asInt()).isEqualTo(10);
        assertThat(first.body().get("entries").findValuesAsText("points"))
                .containsExactly("24", "23", "22", "21", "20", "19", "18", "17", "16", "15");
        assertThat(last.body().get("entries")).hasSize(4 + welcome);
        assertThat(first.body().get("balance").asLong())
                .as("the balance is the whole ledger's, not the page's")
                .isEqualTo(rows("SELECT SUM(points) FROM qf_points_entry WHERE group_id = ? AND member_id = 'saver'"));
        assertThat(api.get(points).body().get("entries")).as("20 by default").hasSize(20);
        assertThat(envelopePage.status()).isEqualTo(200);
        assertThat(envelopePage.body().get("total").asInt()).isEqualTo(3 + paid);
        assertThat(envelopePage.body().get("items").findValuesAsText("amountCents"))
                .containsExactly("300", "200");
        assertThat(envelopeRest.body().get("items").findValuesAsText("amountCents"))
                .hasSize(Math.min(2, 1 + paid))
                .startsWith("100");
    }

    @Test
    void aPageOfTheLedgerOrTheEnvelopesOutsideTheLimits_isA400NamingTheFields_inBothLanguages() {
        join("pager", "{}");

        Reply ledger = api.get("/api/v1/groups/" + groupId + "/members/pager/points?page=-1&size=101");
        Reply envelopes = api.get("/api/v1/groups/" + groupId + "/red-envelopes?page=1000001&size=0");
        Reply farEnough = api.get("/api/v1/groups/" + groupId + "/red-envelopes?page=1000000&size=100");

        for (Reply bad : List.of(ledger, envelopes)) {
            assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
            assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");
            assertThat(bad.body().get("detailZh").asText()).isNotBlank();
        }
        assertThat(farEnough.status()).isEqualTo(200);
        assertThat(farEnough.body().get("items")).isEmpty();
        assertThat(api.get("/api/v1/groups/" + groupId + "/members/nobody/points")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onehundredTwentyJoins_payExactlyOneMilestoneEnvelopeAtTheHundredth_notAgainOnReplayOrRecount() {
        Reply hundredth = null;
        for (int i = 1; i <= 120; i++) {
            Reply reply = join("m" + i, "{}");
            if (i == 100) {
                hundredth = reply;
            }
        }
        List<JsonNode> milestone = envelopes(hundredth, 8800);
        assertThat(milestone).hasSize(1);
        assertThat(milestone.get(0).get("text").asText()).contains("成员突破100人");
        assertThat(hundredth.body().get("decisions").findValuesAsText("rule"))
                .contains("A member-count milestone is celebrated with a red envelope for the group");

        Reply replay = join("m100", "{}");
        assertThat(replay.body().get("duplicate").asBoolean()).isTrue();
        // Twenty leave and one joins: the count is 101 again, then back down and up through 100.
        for (int i = 101; i <= 120; i++) {
            post("leave-m" + i, "MEMBER_LEFT", "m" + i, "{}");
        }
        post("leave-m99", "MEMBER_LEFT", "m99", "{}");
        Reply recount = join("late", "{}");
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(100);
        assertThat(envelopes(recount, 8800))
                .as("the 100 milestone was paid once already")
                .isEmpty();

        assertThat(rows("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ? AND amount_cents = 8800"))
                .isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                        + " AND amount_cents = 8800"))
                .isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ? AND amount_cents = 88"))
                .as("one welcome envelope per member")
                .isEqualTo(121);
    }

    @Test
    void aBirthdayInTheJoinPayload_paysABirthdayEnvelopeAndPointsOnThatDate_once() {
        String today = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))
                .toLocalDate()
                .toString()
                .substring(5);
        String tomorrow = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))
                .plusDays(1)
                .toLocalDate()
                .toString();

        Reply joined = join("birthdayGirl", "{\"nickname\":\"糖糖🍬\",\"birthday\":\"" + today + "\"}");
        Reply other = join("notYet", "{\"nickname\":\"明天\",\"birthday\":\"" + tomorrow + "\"}");

        List<JsonNode> birthday = envelopes(joined, 666);
        assertThat(birthday).hasSize(1);
        assertThat(birthday.get(0).get("memberId").asText()).isEqualTo("birthdayGirl");
        assertThat(birthday.get(0).get("text").asText()).contains("@糖糖🍬 生日快乐");
        assertThat(envelopes(other, 666)).isEmpty();
        Reply later = post("msg", "MESSAGE_POSTED", "birthdayGirl", "{\"text\":\"谢谢大家\"}");
        assertThat(envelopes(later, 666)).as("once per birthday").isEmpty();

        Reply points = api.get("/api/v1/groups/" + groupId + "/members/birthdayGirl/points");
        assertThat(points.status()).isEqualTo(200);
        assertThat(points.body().get("balance").asLong()).isEqualTo(10 + 66);
        assertThat(points.body().get("entries").findValuesAsText("rule"))
                .as("the latest first")
                .containsExactly(
                        "A member's birthday is celebrated with a red envelope and points",
                        "A new member gets welcome points");
        assertThat(points.body().get("entries").findValuesAsText("eventId"))
                .containsOnly(groupId + "-join-birthdayGirl");
        assertThat(api.get("/api/v1/groups/" + groupId + "/members/birthdayGirl")
                        .body()
                        .get("points")
                        .asLong())
                .isEqualTo(76);
    }

    @Test
    void aRedEnvelopeOverTheDailyBudget_isRefusedWithTheFigures_storedAndNotSent() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        assertThat(compliance
                        .put(
                                "/api/v1/parameters/rewards.daily-budget-cents",
                                "{\"value\":\"100\",\"comment\":\"测试预算上限\"}")
                        .status())
                .isEqualTo(200);
        try {
            Reply first = join("first", "{}");
            Reply second = join("second", "{}");

            assertThat(envelopes(first, 88)).hasSize(1);
            assertThat(envelopes(second, 88)).isEmpty();
            JsonNode refused = second.body().get("decisions").findParents("outcome").stream()
                    .filter(d -> d.get("outcome").asText().equals("RED_ENVELOPE_REFUSED"))
                    .findFirst()
                    .orElseThrow();
            LocalDate day = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate();
            assertThat(refused.get("reason").asText())
                    .endsWith("refused: over the daily budget: ¥0.88 sent on " + day
                            + " + ¥0.88 > ¥1.00 (rewards.daily-budget-cents) / 未发出：超出每日预算：" + day
                            + " 已发 ¥0.88，加上这个 ¥0.88 超过上限 ¥1.00（参数 rewards.daily-budget-cents）");
            assertThat(second.body().get("actions").findValuesAsText("type")).contains("GRANT_POINTS");

            JsonNode stored = api.get("/api/v1/groups/" + groupId + "/red-envelopes")
                    .body()
                    .get("items");
            assertThat(stored.findValuesAsText("status")).as("the latest first").containsExactly("REFUSED", "SENT");
            assertThat(stored.get(0).get("refusal").asText()).startsWith("over the daily budget");
            assertThat(stored.get(0).get("refusalZh").asText())
                    .isEqualTo("超出每日预算：" + day + " 已发 ¥0.88，加上这个 ¥0.88 超过上限 ¥1.00（参数 rewards.daily-budget-cents）");
            assertThat(stored.get(1).get("refusalZh").isNull())
                    .as("a sent envelope has no refusal")
                    .isTrue();
        } finally {
            compliance.put(
                    "/api/v1/parameters/rewards.daily-budget-cents", "{\"value\":\"20000\",\"comment\":\"测试结束，恢复默认\"}");
        }
    }

    @Test
    void aBackdatedJoinsEnvelope_isWeighedAgainstTodaysBudget_theDayItIsPaid() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        assertThat(compliance
                        .put(
                                "/api/v1/parameters/rewards.daily-budget-cents",
                                "{\"value\":\"100\",\"comment\":\"测试补发预算\"}")
                        .status())
                .isEqualTo(200);
        try {
            Reply today = join("today", "{}");
            Reply backdated = post(
                    "join-backdated",
                    "MEMBER_JOINED",
                    "backdated",
                    "{}",
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));

            assertThat(envelopes(today, 88)).hasSize(1);
            assertThat(envelopes(backdated, 88))
                    .as("paid today, over today's ¥1.00 with ¥0.88 sent")
                    .isEmpty();
            assertThat(backdated.body().get("decisions").findValuesAsText("reason"))
                    .anySatisfy(r -> assertThat(r)
                            .contains("refused: over the daily budget: ¥0.88 sent on "
                                    + OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))
                                            .toLocalDate()));
            assertThat(jdbc.sql("SELECT member_id || ':' || status FROM qf_red_envelope WHERE group_id = ? ORDER BY id")
                            .param(groupId)
                            .query(String.class)
                            .list())
                    .containsExactly("today:SENT", "backdated:REFUSED");
            assertThat(rows("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"))
                    .isEqualTo(1);
            JsonNode refused = api.get("/api/v1/groups/" + groupId + "/red-envelopes")
                    .body()
                    .get("items")
                    .get(0);
            LocalDate shanghaiToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(refused.get("rewardDay").asText())
                    .isEqualTo(shanghaiToday.minusDays(3).toString());
            assertThat(refused.get("paidDay").asText()).isEqualTo(shanghaiToday.toString());
        } finally {
            compliance.put(
                    "/api/v1/parameters/rewards.daily-budget-cents", "{\"value\":\"20000\",\"comment\":\"测试结束，恢复默认\"}");
        }
    }

    @Test
    void aRuleThatSendsANegativeEnvelope_isRefused_andLeavesTheBudgetAsItWas() {
        try (RuleForATest careless = RuleForATest.publish(port, "rewards", """
                rule "A new member takes back a red envelope"
                when
                    $j : MemberJoin( groupId == "%s" )
                    $v : Verdict( )
                then
                    $v.sendRedEnvelope($j.memberId(), -500L, "退回红包", "退回");
                end
                """.formatted(groupId), "负数红包")) {
            Reply reply = join("negative", "{}");

            assertThat(envelopes(reply, -500)).isEmpty();
            assertThat(reply.body().get("decisions").findValuesAsText("reason"))
                    .anySatisfy(r -> assertThat(r)
                            .contains("refused: a red envelope must be worth more than ¥0.00, the rule gave -¥5.00"
                                    + " / 未发出：红包金额须大于 ¥0.00，规则给的是 -¥5.00"));
            assertThat(jdbc.sql("SELECT refusal_zh FROM qf_red_envelope WHERE group_id = ? AND status = 'REFUSED'")
                            .param(groupId)
                            .query(String.class)
                            .single())
                    .isEqualTo("红包金额须大于 ¥0.00，规则给的是 -¥5.00");
            assertThat(jdbc.sql("SELECT amount_cents || ':' || status FROM qf_red_envelope WHERE group_id = ?"
                                    + " ORDER BY amount_cents")
                            .param(groupId)
                            .query(String.class)
                            .list())
                    .containsExactly("-500:REFUSED", "88:SENT");
            assertThat(rows("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void thirtyDayStreakEnvelopesOfThreeMembersAtOnce_stayWithinTheDailyBudget() throws Exception {
        List<String> members = List.of("streakA", "streakB", "streakC");
        for (String m : members) {
            join(m, "{}");
            for (int daysAgo = 29; daysAgo >= 1; daysAgo--) {
                post(
                        "checkin-" + m + "-" + daysAgo,
                        "CHECKED_IN",
                        m,
                        "{}",
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo));
            }
        }
        long sentToday = rows("SELECT COALESCE(SUM(amount_cents), 0) FROM qf_red_envelope WHERE group_id = ?"
                + " AND status = 'SENT'");
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        // Room today for exactly one thirty-day envelope (¥8.88) beside the welcome envelopes.
        assertThat(compliance
                        .put(
                                "/api/v1/parameters/rewards.daily-budget-cents",
                                "{\"value\":\"%d\",\"comment\":\"测试并发预算\"}".formatted(sentToday + 888))
                        .status())
                .isEqualTo(200);
        try {
            List<Reply> replies = AtOnce.send(members.stream()
                    .<Supplier<Reply>>map(m -> () -> api.post("/api/v1/groups/" + groupId + "/events", """
                            {"eventId":"%s-checkin-%s-today","type":"CHECKED_IN","memberId":"%s","at":"%s","payload":{}}""".formatted(
                                    groupId, m, m, OffsetDateTime.now(ZoneOffset.UTC))))
                    .toArray(Supplier[]::new));

            assertThat(replies)
                    .allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
            assertThat(replies.stream().mapToInt(r -> envelopes(r, 888).size()).sum())
                    .as("one envelope answered as sent")
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT status FROM qf_red_envelope WHERE group_id = ? AND amount_cents = 888"
                                    + " ORDER BY status")
                            .param(groupId)
                            .query(String.class)
                            .list())
                    .as("one stored as sent, the others refused")
                    .containsExactly("REFUSED", "REFUSED", "SENT");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                    + " AND amount_cents = 888")
                            .param(groupId)
                            .query(Integer.class)
                            .single())
                    .as("one envelope queued for the connector")
                    .isEqualTo(1);
        } finally {
            compliance.put(
                    "/api/v1/parameters/rewards.daily-budget-cents", "{\"value\":\"20000\",\"comment\":\"测试结束，恢复默认\"}");
        }
    }

    private static List<JsonNode> envelopes(Reply reply, long amountCents) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : reply.body().get("actions")) {
            if (a.get("type").asText().equals("SEND_RED_ENVELOPE")
                    && a.get("amountCents").asLong() == amountCents) {
                found.add(a);
            }
        }
        return found;
    }

    private int rows(String sql) {
        return jdbc.sql(sql).param(groupId).query(Integer.class).single();
    }
}
