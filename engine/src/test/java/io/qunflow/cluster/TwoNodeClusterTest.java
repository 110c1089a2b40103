package io.qunflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.PostgresCluster;
import io.qunflow.Prerequisites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Qunflow nodes, two JVMs, one PostgreSQL, the Camunda job executor on in both: the lifecycle
 * timers of several groups fire every few seconds while a connector streams events through both
 * nodes. One node is killed with {@code kill -9} mid-stream; the connector sends what went
 * unanswered again, same event ids, to the node that is left, whose job executor also takes over
 * the dead node's timers once their locks expire.
 */
@Tag("process")
class TwoNodeClusterTest {

    private static final int GROUPS = 4;
    private static final int EVENTS_PER_GROUP = 120;
    private static final int MEMBERS_PER_GROUP = 20;
    private static final Map<String, String> SHORT_TIMERS = Map.of(
            "qunflow.lifecycle.launch-period", "PT1S",
            "qunflow.lifecycle.topic-interval", "PT2S",
            // Never active enough to leave warm-up: the daily-topic timer keeps firing all run long.
            "qunflow.lifecycle.warm-up-activity-threshold", "2.0");

    @Test
    void killNineOneOfTwoNodesMidStream_everyEventStoredOnce_everyTimerRanOnce_noActionTwice() throws Exception {
        Prerequisites.postgres();
        try (PostgresCluster postgres = PostgresCluster.start("qunflow");
                // One at a time: the first creates the schemas, the second finds them.
                QunflowNode a = QunflowNode.start("cluster-a", postgres, QunflowNode.logDirectory(), SHORT_TIMERS);
                QunflowNode b = QunflowNode.start("cluster-b", postgres, QunflowNode.logDirectory(), SHORT_TIMERS)) {
            ApiClient clientA = a.client();
            ApiClient clientB = b.client();
            List<String> groupIds = new ArrayList<>();
            List<List<EventStream.Event>> streams = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                String groupId = "cluster-g" + g;
                ApiClient creator = g % 2 == 0 ? clientA : clientB;
                assertThat(creator.post("/api/v1/groups", """
                        {"id":"%s","name":"集群测试群%d","intro":"两个节点","type":"CONTENT"}""".formatted(groupId, g))
                                .status())
                        .isEqualTo(201);
                groupIds.add(groupId);
                streams.add(EventStream.events(groupId, groupId + "-e", EVENTS_PER_GROUP, MEMBERS_PER_GROUP));
            }
            int total = GROUPS * EVENTS_PER_GROUP;

            EventStream stream = new EventStream();
            AtomicInteger sent = new AtomicInteger();
            // Every other event to each node while both live; only B once A is dead.
            Supplier<ApiClient> nodes = () -> a.alive() && sent.incrementAndGet() % 2 == 0 ? clientA : clientB;
            ExecutorService connector = Executors.newFixedThreadPool(GROUPS);
            List<Future<?>> running = new ArrayList<>();
            for (List<EventStream.Event> events : streams) {
                running.add(connector.submit(() -> events.forEach(e -> stream.send(e, nodes))));
            }
            await().atMost(Duration.ofMinutes(5)).until(() -> stream.accepted().size() >= total * 2 / 5);
            a.kill();
            int acceptedAtKill = stream.accepted().size();
            for (Future<?> f : running) {
                f.get();
            }
            connector.shutdown();

            try (StoredState state = new StoredState(postgres, groupIds)) {
                int timersAtEnd = state.topicTimersFired();
                // The survivor keeps the timers going, the dead node's ones too once their locks expire.
                await().atMost(Duration.ofMinutes(2))
                        .until(() -> state.topicTimersFired() >= timersAtEnd + GROUPS && state.overdueJobs(10) == 0);
                b.kill();

                Map<String, EventStream.Accepted> accepted = stream.accepted();
                List<String> stored = state.eventIds();
                Map<String, Set<String>> storedActions = state.actionsByEvent();
                Set<String> answeredActions = new HashSet<>();
                accepted.values().forEach(x -> answeredActions.addAll(x.actionIds()));
                Set<String> posts = state.topicPostActivities();
                int doubled = state.doubledActions();

                System.out.printf(
                        """
                        two-node cluster, kill -9 of node A after %d accepted events:
                          accepted %d (of %d sent; %d answered 'duplicate' after a retry, %d events retried,
                            %d attempts failed), stored %d (distinct %d)
                          actions %d (answered to the client: %d), duplicates %d
                          lifecycle timers fired %d, daily-topic posts %d, tasks done %d, failed jobs %d,
                            most waiting timer jobs of one instance %d
                        """,
                        acceptedAtKill,
                        accepted.size(),
                        total,
                        stream.duplicateAnswers(),
                        stream.retried(),
                        stream.failedAttempts(),
                        stored.size(),
                        new HashSet<>(stored).size(),
                        state.actions(),
                        answeredActions.size(),
                        doubled,
                        state.topicTimersFired(),
                        posts.size(),
                        state.topicTasksDone().size(),
                        state.failedJobs(),
                        state.mostTimerJobsOfOneInstance());

                assertThat(accepted).hasSize(total);
                assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(accepted.keySet());
                accepted.values()
                        .forEach(x -> assertThat(storedActions.getOrDefault(x.eventId(), Set.of()))
                                .as("actions of %s", x.eventId())
                                .isEqualTo(new HashSet<>(x.actionIds())));
                assertThat(doubled).isZero();
                // Every post was made by a step the engine recorded as done; past the daily cap a
                // step posts nothing, so there are fewer posts than steps, never more.
                assertThat(posts).isNotEmpty();
                assertThat(state.topicTasksDone()).containsAll(posts);
                assertThat(state.stepsPerTimerMismatch())
                        .allSatisfy((group, mismatch) -> assertThat(mismatch)
                                .as("daily-topic steps minus timers fired + 1 in %s", group)
                                .isZero());
                assertThat(state.mostTimerJobsOfOneInstance()).isLessThanOrEqualTo(1);
                assertThat(state.failedJobs()).isZero();
            }
        }
    }
}
