package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many members arriving in one group at the same moment: no request waits for another group-wide
 * row, none fails, and the counts (and the once-per-group milestone) come out right.
 */
@ApiTest
class ConcurrentFirstEventsApiTest {

    private static final int THREADS = 16;
    /** Messages sent because of an event; the group's launch workflow posts some of its own. */
    private static final String WELCOMES =
            "SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_MESSAGE' AND event_id IS NOT NULL";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String groupId;

    @BeforeEach
    void openGroup() {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = TestGroup.of(port).name("宝妈团购群").intro("每日团购").type("TRAFFIC").open().id;
    }

    private List<Reply> inParallel(int count, IntFunction<String> events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Reply>> replies = IntStream.range(0, count)
                    .mapToObj(
                            i -> pool.submit(() -> api.post("/api/v1/groups/" + groupId + "/events", events.apply(i))))
                    .toList();
            return replies.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        } finally {
            pool.shutdown();
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).param(groupId).query(Integer.class).single();
    }

    @Test
    void parallelJoinsAndFirstMessages_allAnswer200_andTheCountsAndTheMilestoneComeOutRight() throws Exception {
        List<Reply> joins = inParallel(100, i -> """
                {"eventId":"%s-join-%d","type":"MEMBER_JOINED","memberId":"j%d","at":"2026-11-23T10:00:00+08:00",
                 "payload":{"nickname":"会员%d"}}""".formatted(groupId, i, i, i));

        assertThat(joins).extracting(Reply::status).containsOnly(200);
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(100);
        assertThat(count(WELCOMES)).as("one welcome per member").isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ? AND member_id IS NULL"
                        + " AND status = 'SENT' AND envelope_key LIKE '%|group|members-100'"))
                .as("the 100-member milestone, once")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                        + " AND amount_cents = 8800"))
                .isEqualTo(1);

        List<Reply> firstMessages =
                inParallel(60, i -> i < 50 ? """
                {"eventId":"%s-msg-%d","type":"MESSAGE_POSTED","memberId":"s%d","at":"2026-11-23T11:00:00+08:00",
                 "payload":{"text":"请问今天团什么？"}}""".formatted(groupId, i, i) : """
                {"eventId":"%s-rejoin-%d","type":"MEMBER_JOINED","memberId":"j%d","at":"2026-11-23T11:00:00+08:00",
                 "payload":{}}""".formatted(groupId, i, i));

        assertThat(firstMessages).extracting(Reply::status).containsOnly(200);
        assertThat(firstMessages)
                .allSatisfy(reply ->
                        assertThat(reply.body().get("duplicate").asBoolean()).isFalse());
        assertThat(api.get("/api/v1/groups/" + groupId)
                        .body()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(150);
        assertThat(count("SELECT COUNT(*) FROM qf_member WHERE group_id = ?")).isEqualTo(150);
        assertThat(count("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")).isEqualTo(160);
        assertThat(count(WELCOMES))
                .as("members already in the group are not welcomed again")
                .isEqualTo(100);
    }
}
