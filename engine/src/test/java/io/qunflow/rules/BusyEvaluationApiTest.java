package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A machine too busy to run an event's rules within their limit answers 503 (send again), not
 * 500, and applies nothing; the same event sent again once it is free is applied.
 */
@ApiTest
class BusyEvaluationApiTest {

    @LocalServerPort
    int port;

    /** Holds an evaluation thread until released, as a long evaluation would. */
    private record Occupying(CountDownLatch running, CountDownLatch release) implements EvaluationWorkers.Task<Void> {

        @Override
        public Void run() {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        @Override
        public void stop() {}

        @Override
        public void finish(boolean kept) {}
    }

    @Test
    void anEventWhoseRulesFindNoFreeEvaluationThread_isAnswered503_andNothingIsApplied() throws Exception {
        TestGroup group = TestGroup.of(port).idStartingWith("busy").open();
        String join = """
                {"eventId": "%s-join", "type": "MEMBER_JOINED", "memberId": "m-busy",
                 "at": "%s", "payload": {"nickname": "小林"}}""".formatted(group.id, OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        int workers = EvaluationWorkers.SHARED.liveWorkers();
        CountDownLatch running = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService occupiers = Executors.newFixedThreadPool(workers);
        Reply busy;
        try {
            for (int i = 0; i < workers; i++) {
                occupiers.submit(
                        () -> EvaluationWorkers.SHARED.run(new Occupying(running, release), Duration.ofMinutes(1)));
            }
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            busy = group.api().post("/api/v1/groups/" + group.id + "/events", join);
        } finally {
            release.countDown();
            occupiers.shutdown();
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
}
