package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RulePublishingTest
class PublishWhileEventsStreamTest {

    static final int STREAMS = 3;
    static final int PUBLISHES = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** What one posted event was answered: the versions its decisions name, in posting order per stream. */
    record Posted(String eventId, int stream, int sequence, List<Integer> versions, boolean duplicate) {}

    @Test
    void eventsPostedDuringPublishes_areEachDecidedOnceByAVersionThatWasActive() throws Exception {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        // One group per stream: new members speaking in one group queue on the group's row, which
        // is not what this test is about.
        String prefix = "g-" + UUID.randomUUID();
        for (int s = 0; s < STREAMS; s++) {
            assertThat(connector
                            .post("/api/v1/groups", """
                    {"id":"%s-%d","name":"福利秒杀群","intro":"每晚8点秒杀","type":"FLASH"}""".formatted(prefix, s))
                            .status())
                    .isEqualTo(201);
        }
        JsonNode active = compliance.get("/api/v1/rulesets/moderation").body();
        int first = active.get("version").asInt();
        AtomicBoolean publishing = new AtomicBoolean(true);
        Map<String, Posted> posted = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService streams = Executors.newFixedThreadPool(STREAMS);
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < STREAMS; s++) {
            int stream = s;
            running.add(streams.submit(() -> {
                int tail = 5;
                for (int i = 0; publishing.get() || tail-- > 0; i++) {
                    String groupId = prefix + "-" + stream;
                    String eventId = groupId + "-" + i;
                    // Every fourth event is sent twice, as a connector retrying would.
                    for (int attempt = 0; attempt < (i % 4 == 0 ? 2 : 1); attempt++) {
                        String event = """
                                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"m-%d-%d",
                                 "at":"2026-11-11T20:00:00+08:00","payload":{"text":"加微信领福利🧧"}}""".formatted(eventId, stream, i);
                        Reply reply = connector.post("/api/v1/groups/" + groupId + "/events", event);
                        // 503 means nothing was applied: a connector sends the event again.
                        for (int resend = 0; reply.status() == 503 && resend < 3; resend++) {
                            reply = connector.post("/api/v1/groups/" + groupId + "/events", event);
                        }
                        if (reply.status() != 200) {
                            failures.add(eventId + " → " + reply.status() + " " + reply.raw());
                            continue;
                        }
                        List<Integer> versions = new ArrayList<>();
                        reply.body()
                                .get("decisions")
                                .forEach(d ->
                                        versions.add(d.get("ruleSetVersion").asInt()));
                        Posted answer = new Posted(
                                eventId,
                                stream,
                                i,
                                versions,
                                reply.body().get("duplicate").asBoolean());
                        Posted earlier = posted.putIfAbsent(eventId, answer);
                        if (earlier != null
                                && !(answer.duplicate() && answer.versions().equals(earlier.versions()))) {
                            failures.add(eventId + " answered differently the second time: " + answer);
                        }
                    }
                }
            }));
        }
        List<Integer> publishedVersions = new ArrayList<>();
        for (int k = 1; k <= PUBLISHES; k++) {
            Reply reply = compliance.post(
                    "/api/v1/rulesets/moderation/versions",
                    PublishApiTest.body(
                            active.get("source").asText() + "\n// reviewed again, round " + k + "\n", "复核第" + k + "轮"));
            assertThat(reply.status()).isEqualTo(201);
            publishedVersions.add(reply.body().get("version").asInt());
        }
        publishing.set(false);
        for (Future<?> stream : running) {
            stream.get();
        }
        streams.shutdown();

        assertThat(failures).isEmpty();
        assertThat(publishedVersions).containsExactly(first + 1, first + 2, first + 3);
        int events = posted.size();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id LIKE ? AND answer IS NOT NULL")
                        .param(prefix + "-%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(events);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id LIKE ?")
                        .param(prefix + "-%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(events);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id LIKE ? AND type = 'WARN_MEMBER'")
                        .param(prefix + "-%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(events);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id LIKE ? AND event_id IS NOT NULL")
                        .param(prefix + "-%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2 * events);
        List<Integer> seen = posted.values().stream()
                .flatMap(p -> p.versions().stream())
                .distinct()
                .sorted()
                .toList();
        assertThat(seen).contains(first, first + PUBLISHES).allMatch(v -> v >= first && v <= first + PUBLISHES);
        for (int s = 0; s < STREAMS; s++) {
            int stream = s;
            List<Integer> inOrder = posted.values().stream()
                    .filter(p -> p.stream() == stream)
                    .sorted(java.util.Comparator.comparingInt(Posted::sequence))
                    .map(p -> p.versions().get(0))
                    .toList();
            assertThat(inOrder)
                    .as("stream %d never goes back to an older version", stream)
                    .isSorted();
        }
        assertThat(posted.values())
                .allSatisfy(p -> assertThat(p.versions())
                        .hasSize(2)
                        .containsOnly(p.versions().get(0)));
    }
}
