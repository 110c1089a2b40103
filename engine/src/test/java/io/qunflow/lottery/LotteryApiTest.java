package io.qunflow.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class LotteryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    ApiClient operator;
    String groupId;
    String base;

    @BeforeEach
    void groupWhereSomeCheckedIn() {
        api = ApiClient.withKey(port, "qf_dev_key");
        operator = ApiClient.asUser(port, "operator", "qunflow");
        groupId = "g-" + UUID.randomUUID();
        base = "/api/v1/groups/" + groupId;
        api.post("/api/v1/groups", """
                {"id":"%s","name":"抽奖福利群","intro":"每周抽奖","type":"CHECKIN"}""".formatted(groupId));
        for (String m : List.of("ann", "bob", "cat", "dan", "eve", "boss")) {
            event("join-" + m, "MEMBER_JOINED", m, m.equals("boss") ? "{\"role\":\"OWNER\"}" : "{}");
        }
        for (String m : List.of("ann", "bob", "cat", "dan", "boss")) {
            event("checkin-" + m, "CHECKED_IN", m, "{}");
        }
    }

    private void event(String id, String type, String memberId, String payload) {
        Reply reply = api.post(base + "/events", """
                {"eventId":"%s-%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        groupId, id, type, memberId, OffsetDateTime.now(ZoneOffset.UTC), payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    private String createLottery() {
        Reply created = operator.post(base + "/lotteries", """
                {"title":"周末福利抽奖","prizes":[
                  {"id":"cup","name":"保温杯","inventory":2},
                  {"id":"pts","name":"100积分","inventory":1,"points":100},
                  {"id":"mask","name":"面膜","inventory":5,"pointsCost":10}]}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("lottery").get("id").asText();
    }

    @Test
    void draw_isAmongTheEligible_recordsSeedAndEntrants_andReplaysToTheSameWinners() {
        String id = createLottery();

        Reply drawn = operator.post(base + "/lotteries/" + id + "/draw", "");

        assertThat(drawn.status()).as(drawn.raw()).isEqualTo(200);
        JsonNode lottery = drawn.body().get("lottery");
        assertThat(lottery.get("status").asText()).isEqualTo("DRAWN");
        assertThat(texts(lottery.get("entrants")))
                .as("checked in this week, staff excluded")
                .containsExactly("ann", "bob", "cat", "dan");
        assertThat(lottery.get("seed").asText()).matches("[0-9a-f]{64}");
        assertThat(drawn.body().get("reproducible").asBoolean()).isTrue();
        JsonNode winners = lottery.get("winners");
        assertThat(winners.findValuesAsText("prizeId"))
                .as("four entrants: one prize each, in prize order")
                .containsExactly("cup", "cup", "pts", "mask");
        assertThat(winners.findValuesAsText("memberId")).containsExactlyInAnyOrder("ann", "bob", "cat", "dan");

        // Anyone holding the record can replay the draw.
        List<Prize> atDraw = List.of(
                new Prize("cup", "保温杯", 2, 2, null, null),
                new Prize("pts", "100积分", 1, 1, 100, null),
                new Prize("mask", "面膜", 5, 5, null, 10));
        List<LotteryDraw.Winner> replayed =
                LotteryDraw.draw(lottery.get("seed").asText(), texts(lottery.get("entrants")), atDraw);
        assertThat(replayed)
                .extracting(LotteryDraw.Winner::memberId)
                .containsExactlyElementsOf(winners.findValuesAsText("memberId"));

        String pointsWinner = winners.get(2).get("memberId").asText();
        assertThat(jdbc.sql(
                                "SELECT type || ':' || member_id FROM qf_action WHERE group_id = ? AND event_id IS NULL"
                                        + " AND type IN ('SEND_MESSAGE', 'GRANT_POINTS') AND member_id IS NOT NULL ORDER BY seq")
                        .param(groupId)
                        .query(String.class)
                        .list())
                .contains("SEND_MESSAGE:" + winners.get(0).get("memberId").asText(), "GRANT_POINTS:" + pointsWinner);
        assertThat(api.get(base + "/members/" + pointsWinner + "/points")
                        .body()
                        .get("balance")
                        .asLong())
                .as("join 10 + check-in 5 + prize 100")
                .isEqualTo(115);

        Reply again = operator.post(base + "/lotteries/" + id + "/draw", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get(base + "/lotteries/" + id).body().get("reproducible").asBoolean())
                .isTrue();
    }

    @Test
    void pointsRedemption_spendsOnce_perRedemptionId_andRefusesAShortBalance() {
        String id = createLottery();
        String redeem = """
                {"redemptionId":"%s","memberId":"ann","prizeId":"mask"}""";

        Reply first = operator.post(base + "/lotteries/" + id + "/redemptions", redeem.formatted("r1"));
        Reply retried = operator.post(base + "/lotteries/" + id + "/redemptions", redeem.formatted("r1"));
        Reply short_ = operator.post(base + "/lotteries/" + id + "/redemptions", redeem.formatted("r2"));

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("balance").asLong()).isEqualTo(15 - 10);
        assertThat(first.body().get("remaining").asInt()).isEqualTo(4);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("balance").asLong()).isEqualTo(5);
        assertThat(short_.status()).isEqualTo(409);
        assertThat(short_.body().get("detail").asText())
                .contains("has 5 points")
                .contains("costs 10");
        JsonNode ledger = api.get(base + "/members/ann/points").body();
        assertThat(ledger.get("entries").findValuesAsText("points")).containsExactly("-10", "5", "10");
        Reply notForPoints = operator.post(
                base + "/lotteries/" + id + "/redemptions",
                "{\"redemptionId\":\"r3\",\"memberId\":\"ann\",\"prizeId\":\"cup\"}");
        assertThat(notForPoints.status()).isEqualTo(409);
    }

    @Test
    void aRedemptionIdUsedAgainForAnotherMemberOrPrize_isRefused_andSpendsNothing() {
        String id = createLottery();
        String redemptions = base + "/lotteries/" + id + "/redemptions";
        assertThat(operator.post(redemptions, "{\"redemptionId\":\"r1\",\"memberId\":\"ann\",\"prizeId\":\"mask\"}")
                        .status())
                .isEqualTo(200);

        Reply otherMember =
                operator.post(redemptions, "{\"redemptionId\":\"r1\",\"memberId\":\"bob\",\"prizeId\":\"mask\"}");

        assertThat(otherMember.status()).as(otherMember.raw()).isEqualTo(409);
        assertThat(otherMember.body().get("detail").asText()).contains("by member 'ann'");
        assertThat(otherMember.body().get("detailZh").asText()).contains("已由成员 ann 使用");
        assertThat(api.get(base + "/members/bob/points").body().get("balance").asLong())
                .as("bob spent nothing")
                .isEqualTo(15);
        assertThat(api.get(base + "/members/ann/points").body().get("balance").asLong())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT remaining FROM qf_lottery_prize WHERE lottery_id = ? AND prize_id = 'mask'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("one mask taken, by ann")
                .isEqualTo(4);
    }

    @Test
    void twoRedemptionsOfOneBalanceAtOnce_inTwoLotteries_spendItOnce_neverBelowZero() throws Exception {
        String first = createLottery();
        String second = createLottery();
        String redeem = """
                {"redemptionId":"both","memberId":"eve","prizeId":"mask"}""";

        List<Reply> replies = AtOnce.send(
                () -> operator.post(base + "/lotteries/" + first + "/redemptions", redeem),
                () -> operator.post(base + "/lotteries/" + second + "/redemptions", redeem));

        assertThat(replies)
                .as("eve's 10 points buy one 10-point mask")
                .extracting(Reply::status)
                .containsExactlyInAnyOrder(200, 409);
        Reply refused =
                replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(refused.body().get("detail").asText()).contains("has 0 points");
        assertThat(api.get(base + "/members/eve/points").body().get("balance").asLong())
                .isZero();
        assertThat(jdbc.sql("SELECT SUM(inventory - remaining) FROM qf_lottery_prize WHERE lottery_id IN (?, ?)")
                        .params(first, second)
                        .query(Integer.class)
                        .single())
                .as("one mask taken from stock")
                .isEqualTo(1);
    }

    @Test
    void badLotteries_areRefusedNamingEachField() {
        Reply bad = operator.post(base + "/lotteries", """
                {"title":"","prizes":[{"id":"a","name":"x","inventory":0},{"id":"a","name":"y","inventory":1,"points":-1}]}""");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "prizes[0].inventory", "prizes[1].id", "prizes[1].points");
        assertThat(bad.body().get("errors").findValuesAsText("messageZh"))
                .as("every problem in Chinese too")
                .containsExactly("必填", "须在 1 到 10000 之间", "须在本次抽奖内唯一", "须在 1 到 100000 之间");
        Reply noInventory = operator.post(base + "/lotteries", """
                {"title":"无库存","prizes":[{"name":"x"}]}""");
        assertThat(noInventory.status()).isEqualTo(400);
        assertThat(noInventory.body().at("/errors/0/field").asText()).isEqualTo("prizes[0].inventory");
        assertThat(noInventory.body().at("/errors/0/messageZh").asText()).isEqualTo("必填");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lottery WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .as("nothing stored")
                .isZero();
        assertThat(operator.post(base + "/lotteries/lot_nope/draw", "").status())
                .isEqualTo(404);
    }

    @Test
    void aTitleOrPrizeWithHiddenCharacters_isRefusedWhereItIsTyped_andNothingIsStored() {
        // Members read the title and the prizes when the lottery is drawn: U+202E would turn them round.
        Reply hidden = operator.post(base + "/lotteries", """
                {"title":"周末\u202E抽奖","prizes":[{"name":"保温\u200B杯","inventory":1}]}""");

        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "prizes[0].name");
        assertThat(hidden.body().get("errors").findValuesAsText("messageZh"))
                .allMatch(m -> m.startsWith("不能含不可见或改变文字方向的字符"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lottery WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .as("nothing stored")
                .isZero();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
