package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.TestDatabase;
import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every writer of a group's members takes the group's row first and the members' rows after, the
 * order a pruning run keeps: so nothing changes a member between what a run decides and what it
 * does, and no writer holds a member while waiting for the group that another holds while waiting
 * for that member (a deadlock, answered 503 to whichever loses).
 */
@ApiTest
class GroupLockOrderApiTest {

    private static final OffsetDateTime JOINED = TestGroup.daysAgo(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    TestGroup group;

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).idStartingWith("lockorder").open();
        group.newMember("stays").nickname("小周").joins(JOINED);
        group.newMember("leaves").nickname("小吴").joins(JOINED);
        group.newMember("returns").nickname("小郑").joins(JOINED);
        group.event("MEMBER_LEFT", "returns", JOINED.plusDays(1), "{}");
    }

    private ApiClient operator() {
        return ApiClient.asUser(port, "operator", "qunflow");
    }

    /** What each request sends, by the member it is about. */
    private Supplier<Reply> request(String kind) {
        OffsetDateTime at = TestGroup.daysAgo(0).minusMinutes(5);
        return switch (kind) {
            case "message" -> () -> post("MESSAGE_POSTED", "stays", at, "{\"text\":\"今天有团购吗\"}");
            case "check-in" -> () -> post("CHECKED_IN", "stays", at, "{}");
            case "leave" -> () -> post("MEMBER_LEFT", "leaves", at, "{}");
            case "rejoin" -> () -> post("MEMBER_JOINED", "returns", at, "{\"nickname\":\"小郑\",\"role\":\"MEMBER\"}");
            case "layer-lock" ->
                () -> operator()
                        .post(
                                "/api/v1/groups/" + group.id + "/members/stays/layer-lock",
                                "{\"layer\":\"core\",\"comment\":\"老顾客\"}");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String memberOf(String kind) {
        return switch (kind) {
            case "leave" -> "leaves";
            case "rejoin" -> "returns";
            default -> "stays";
        };
    }

    private Reply post(String type, String memberId, OffsetDateTime at, String payload) {
        String body = """
                {"eventId":"%s-%s-%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(group.id, type, System.nanoTime(), type, memberId, at, payload);
        return group.api().post("/api/v1/groups/" + group.id + "/events", body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"message", "check-in", "leave", "rejoin", "layer-lock"})
    void aWriterOfAMember_waitsForTheGroupsRowHoldingNothing_asDuringAPruningRun(String kind) throws Exception {
        String member = memberOf(kind);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The test holds the group's row as a pruning run holds it from its first read to its last act.
            Future<?> holder = threads.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.sql("SELECT id FROM qf_group WHERE id = ? FOR UPDATE")
                        .param(group.id)
                        .query(String.class)
                        .single();
                held.countDown();
                awaitQuietly(release);
            }));
            held.await();
            Future<Reply> writer = threads.submit(request(kind)::get);
            while (!writer.isDone() && !aSessionWaitsForALock()) {
                Thread.onSpinWait();
            }

            assertThat(writer.isDone())
                    .as("the " + kind + " waits for the group's row")
                    .isFalse();
            assertThat(memberRowFree(member))
                    .as("while it waits for the group, the " + kind + " holds no member's row")
                    .isTrue();

            release.countDown();
            holder.get();
            Reply reply = writer.get();
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        } finally {
            release.countDown();
            threads.shutdown();
        }
    }

    @Test
    void aPruningRun_andEveryKindOfMemberWriter_atOnce_allSucceed_andTheCountMatchesTheRows() throws Exception {
        List<Reply> replies = AtOnce.send(
                () -> operator().post("/api/v1/groups/" + group.id + "/pruning-runs", ""),
                request("leave"),
                request("rejoin"),
                request("check-in"),
                request("message"),
                request("layer-lock"),
                () -> operator().post("/api/v1/groups/" + group.id + "/pruning-runs", ""));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
        int rows = jdbc.sql("SELECT COUNT(*) FROM qf_member WHERE group_id = ? AND status = 'IN_GROUP'")
                .param(group.id)
                .query(Integer.class)
                .single();
        assertThat(group.api()
                        .get("/api/v1/groups/" + group.id)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(rows);
        assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id IN ('leaves', 'returns')"
                                + " ORDER BY member_id")
                        .param(group.id)
                        .query(String.class)
                        .list())
                .containsExactly("LEFT", "IN_GROUP");
    }

    /** Whether the member's row can be locked now: no other transaction holds it. */
    private boolean memberRowFree(String member) {
        return tx.execute(status -> !jdbc.sql(
                        "SELECT member_id FROM qf_member WHERE group_id = ? AND member_id = ? FOR UPDATE SKIP LOCKED")
                .params(group.id, member)
                .query(String.class)
                .list()
                .isEmpty());
    }

    /** Whether a database session waits for a row another holds. */
    private boolean aSessionWaitsForALock() {
        String sql = TestDatabase.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        return jdbc.sql(sql).query(Integer.class).single() > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
