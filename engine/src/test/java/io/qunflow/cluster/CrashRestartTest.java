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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One node, killed with {@code kill -9} while a connector streams events into it, restarted, again
 * and again. After each round, what is stored is compared with what the connector saw accepted.
 *
 * <p>Each round restarts a whole node (Spring, Camunda, the rule sets), which dominates its time:
 * the normal build runs {@value #DEFAULT_ROUNDS} rounds, {@code -Dqunflow.crash.rounds=20} runs
 * the twenty.
 */
@Tag("process")
class CrashRestartTest {

    private static final int DEFAULT_ROUNDS = 2;
    private static final int GROUPS = 3;
    private static final int EVENTS_PER_GROUP_PER_ROUND = 40;
    private static final int MEMBERS_PER_GROUP = 15;

    @Test
    void killNineUnderLoadThenRestart_roundAfterRound_nothingLostNothingDoubled() throws Exception {
        Prerequisites.postgres();
        int rounds = Integer.getInteger("qunflow.crash.rounds", DEFAULT_ROUNDS);
        try (PostgresCluster postgres = PostgresCluster.start("qunflow")) {
            AtomicReference<QunflowNode> node =
                    new AtomicReference<>(QunflowNode.start("crash-0", postgres, QunflowNode.logDirectory(), Map.of()));
            List<String> groupIds = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                groupIds.add("crash-g" + g);
                assertThat(node.get()
                                .client()
                                .post("/api/v1/groups", """
                        {"id":"crash-g%d","name":"重启测试群%d","intro":"kill -9","type":"CONTENT"}""".formatted(g, g))
                                .status())
                        .isEqualTo(201);
            }
            EventStream stream = new EventStream();
            int sent = 0;
            for (int round = 1; round <= rounds; round++) {
                List<List<EventStream.Event>> batches = new ArrayList<>();
                for (String groupId : groupIds) {
                    // Each round's events continue the group's stream: round 1 has the joins.
                    List<EventStream.Event> all = EventStream.events(
                            groupId, groupId + "-e", EVENTS_PER_GROUP_PER_ROUND * round, MEMBERS_PER_GROUP);
                    batches.add(all.subList(EVENTS_PER_GROUP_PER_ROUND * (round - 1), all.size()));
                }
                sent += GROUPS * EVENTS_PER_GROUP_PER_ROUND;
                int before = stream.accepted().size();
                ExecutorService connector = Executors.newFixedThreadPool(GROUPS);
                List<Future<?>> running = new ArrayList<>();
                ApiClient[] client = {node.get().client()};
                for (List<EventStream.Event> batch : batches) {
                    running.add(connector.submit(() -> batch.forEach(e -> stream.send(e, () -> client[0]))));
                }
                // Kill mid-stream, at a different point each round.
                int killAt = before + GROUPS * EVENTS_PER_GROUP_PER_ROUND * (20 + (round * 37) % 60) / 100;
                await().atMost(Duration.ofMinutes(3))
                        .until(() -> stream.accepted().size() >= killAt);
                node.get().kill();
                node.set(QunflowNode.start("crash-" + round, postgres, QunflowNode.logDirectory(), Map.of()));
                client[0] = node.get().client();
                for (Future<?> f : running) {
                    f.get();
                }
                connector.shutdown();

                int r = round;
                try (StoredState state = new StoredState(postgres, groupIds)) {
                    Map<String, EventStream.Accepted> accepted = stream.accepted();
                    List<String> stored = state.eventIds();
                    assertThat(accepted).as("round %d", round).hasSize(sent);
                    assertThat(stored)
                            .as("round %d", round)
                            .doesNotHaveDuplicates()
                            .containsExactlyInAnyOrderElementsOf(accepted.keySet());
                    Map<String, Set<String>> storedActions = state.actionsByEvent();
                    accepted.values()
                            .forEach(x -> assertThat(storedActions.getOrDefault(x.eventId(), Set.of()))
                                    .as("round %d, actions of %s", r, x.eventId())
                                    .isEqualTo(new HashSet<>(x.actionIds())));
                    assertThat(state.doubledActions()).as("round %d", round).isZero();
                    System.out.printf(
                            "crash round %d/%d: killed after %d accepted; accepted %d, stored %d,"
                                    + " actions %d, duplicate answers %d, retried %d, duplicates %d%n",
                            round,
                            rounds,
                            killAt,
                            accepted.size(),
                            stored.size(),
                            state.actions(),
                            stream.duplicateAnswers(),
                            stream.retried(),
                            state.doubledActions());
                }
            }
            node.get().close();
        }
    }
}
