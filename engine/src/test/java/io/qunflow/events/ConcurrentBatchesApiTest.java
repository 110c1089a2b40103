package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.TestGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two connectors sending batches for the same group at the same moment, naming the same members in
 * opposite orders: both batches are applied as batches (neither group transaction fails and falls
 * back to event-by-event), and no message is lost from the members' counts.
 */
@ApiTest
class ConcurrentBatchesApiTest {

    private static final int MEMBERS = 40;
    private static final int ROUNDS = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private static String message(String groupId, String eventId, String memberId) {
        return """
                {"groupId":"%s","eventId":"%s","type":"MESSAGE_POSTED","memberId":"%s",\
                "at":"2026-11-23T10:00:00+08:00","payload":{"text":"今天的团购几点开始？"}}""".formatted(groupId, eventId, memberId);
    }

    private static String batch(List<String> events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private double groupsAppliedAlone() {
        return meters.counter("qunflow.events.batch.groups.applied.alone").count();
    }

    @Test
    void theSameBatchSentToTwoNodesAtOnce_isAppliedOnce_andEveryEventIsAnsweredOnBoth() throws Exception {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = TestGroup.of(port).name("重发批量群").intro("连接器重发到另一个节点").open().id;
        List<String> events = IntStream.range(0, MEMBERS)
                .mapToObj(i -> message(groupId, groupId + "-again-" + i, "r%02d".formatted(i)))
                .toList();

        List<Reply> replies = AtOnce.send(
                () -> api.post("/api/v1/events:batch", batch(events)),
                () -> api.post("/api/v1/events:batch", batch(events)));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies)
                .allSatisfy(reply -> assertThat(reply.body().get("accepted").asInt()
                                + reply.body().get("duplicates").asInt())
                        .isEqualTo(MEMBERS));
        assertThat(replies.get(0).body().get("accepted").asInt()
                        + replies.get(1).body().get("accepted").asInt())
                .as("each event applied by one of the two")
                .isEqualTo(MEMBERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(MEMBERS);
        assertThat(jdbc.sql("SELECT SUM(message_count) FROM qf_member WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(MEMBERS);
    }

    @Test
    void batchesOfOneGroupSentAtOnce_areBothAppliedAsBatches_andEveryMessageCounts() throws Exception {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = TestGroup.of(port).name("并发批量群").intro("两个连接器同时发送").open().id;
        List<String> memberIds =
                IntStream.range(0, MEMBERS).mapToObj(i -> "m%02d".formatted(i)).toList();
        List<String> joins = memberIds.stream()
                .map(m -> """
                        {"groupId":"%s","eventId":"%s-join-%s","type":"MEMBER_JOINED","memberId":"%s",\
                        "at":"2026-11-23T09:00:00+08:00","payload":{"nickname":"团员%s","role":"MEMBER"}}""".formatted(groupId, groupId, m, m, m))
                .toList();
        assertThat(api.post("/api/v1/events:batch", batch(joins)).status()).isEqualTo(200);
        double alreadyAlone = groupsAppliedAlone();

        ExecutorService connectors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> ascending = new ArrayList<>();
                List<String> descending = new ArrayList<>();
                for (int i = 0; i < MEMBERS; i++) {
                    ascending.add(message(groupId, groupId + "-a" + round + "-" + i, memberIds.get(i)));
                    descending.add(message(groupId, groupId + "-d" + round + "-" + i, memberIds.get(MEMBERS - 1 - i)));
                }
                CountDownLatch start = new CountDownLatch(1);
                Future<Reply> first = connectors.submit(() -> {
                    start.await();
                    return api.post("/api/v1/events:batch", batch(ascending));
                });
                Future<Reply> second = connectors.submit(() -> {
                    start.await();
                    return api.post("/api/v1/events:batch", batch(descending));
                });
                start.countDown();
                for (Reply reply : List.of(first.get(), second.get())) {
                    assertThat(reply.status()).isEqualTo(200);
                    assertThat(reply.body().get("accepted").asInt()).isEqualTo(MEMBERS);
                }
            }
        } finally {
            connectors.shutdown();
        }

        assertThat(groupsAppliedAlone()).isEqualTo(alreadyAlone);
        assertThat(jdbc.sql("SELECT member_id, message_count FROM qf_member WHERE group_id = ?")
                        .param(groupId)
                        .query((rs, n) -> rs.getInt("message_count"))
                        .list())
                .hasSize(MEMBERS)
                .containsOnly(2 * ROUNDS);
    }
}
