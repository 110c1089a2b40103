package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.RuleForATest;
import io.qunflow.TestGroup;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A machine too busy to run an event's rules within their limit answers 503 (send again), not
 * 500, and applies nothing; the same event sent again once it is free is applied. A stall that
 * ends before a second limit passes costs the caller nothing: the rules are tried once more.
 */
@ApiTest
class BusyEvaluationApiTest {

    @LocalServerPort
    int port;

    private static String joinOf(TestGroup group, String memberId, String nickname) {
        return """
                {"eventId": "%s-%s-join", "type": "MEMBER_JOINED", "memberId": "%s",
                 "at": "%s", "payload": {"nickname": "%s"}}""".formatted(
                group.id, memberId, memberId, OffsetDateTime.now(ZoneOffset.UTC).withNano(0), nickname);
    }

    @Test
    void anEventWhoseRulesFindNoFreeEvaluationThread_isAnswered503_andNothingIsApplied() throws Exception {
        TestGroup group = TestGroup.of(port).idStartingWith("busy").open();
        String join = joinOf(group, "m-busy", "小林");
        Reply busy;
        try (OccupiedWorkers occupied = OccupiedWorkers.all()) {
            busy = group.api().post("/api/v1/groups/" + group.id + "/events", join);
        }

        assertThat(busy.status()).as(busy.raw()).isEqualTo(503);
        assertThat(busy.body().get("type").asText()).endsWith("busy");
        assertThat(busy.body().get("detail").asText()).contains("Send the request again");
        assertThat(group.api()
                        .get("/api/v1/groups/" + group.id + "/members/m-busy")
                        .status())
                .isEqualTo(404);

        Reply again = group.api().post("/api/v1/groups/" + group.id + "/events", join);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(group.member("m-busy").body().get("memberId").asText()).isEqualTo("m-busy");
    }

    @Test
    void anEventWhoseRulesAndTheirEarlierVersionFindNoFreeThread_isAnswered503_notAnInternalError() throws Exception {
        TestGroup group = TestGroup.of(port).idStartingWith("busy-fallback").open();
        String join = joinOf(group, "m-busy", "小陈");
        Reply busy;
        // A second version of the rewards rules: the first is now the one a late evaluation falls
        // back on, and it finds no free thread either.
        try (RuleForATest laterVersion = RuleForATest.publish(port, "rewards", """
                        rule "Nobody in another group gets anything"
                        when
                            $j : MemberJoin( groupId == "another-group" )
                        then
                        end
                        """, "第二个版本");
                OccupiedWorkers occupied = OccupiedWorkers.all()) {
            busy = group.api().post("/api/v1/groups/" + group.id + "/events", join);
        }

        assertThat(busy.status()).as(busy.raw()).isEqualTo(503);
        assertThat(busy.body().get("detailZh").asText()).contains("请再发送一次");
        assertThat(group.api()
                        .get("/api/v1/groups/" + group.id + "/members/m-busy")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEventWhoseRulesWereStarvedForAMoment_isTriedOnceMore_andApplied() throws Exception {
        TestGroup group = TestGroup.of(port).idStartingWith("stall").open();
        String join = joinOf(group, "m-stall", "小周");
        long givenUpBefore = EvaluationWorkers.SHARED.abandonedTotal();
        Reply reply;
        try (OccupiedWorkers occupied = OccupiedWorkers.all()) {
            CompletableFuture<Reply> sent = CompletableFuture.supplyAsync(
                    () -> group.api().post("/api/v1/groups/" + group.id + "/events", join));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> EvaluationWorkers.SHARED.abandonedTotal() > givenUpBefore || sent.isDone());
            occupied.close();
            reply = sent.get(30, TimeUnit.SECONDS);
        }

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(EvaluationWorkers.SHARED.abandonedTotal()).isEqualTo(givenUpBefore + 1);
        assertThat(group.member("m-stall").body().get("memberId").asText()).isEqualTo("m-stall");
    }
}
