package io.qunflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.PostgresCluster;
import io.qunflow.Prerequisites;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
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

    /**
     * Each node keeps the live word lists (and rule sets, parameters, variant tables) in memory and
     * polls their revision every {@code qunflow.reload-interval} (2 s): a change made on A screens on
     * B within that.
     */
    private static void aWordListChangeOnAScreensOnBWithinTheReloadInterval(QunflowNode a, QunflowNode b) {
        assertThat(a.admin().post("/api/v1/users", """
                        {"username":"cluster-compliance","password":"cluster-compliance-pw","roles":["COMPLIANCE"]}""").status()).isEqualTo(201);
        ApiClient onA = ApiClient.asUser(a.port(), "cluster-compliance", "cluster-compliance-pw");
        ApiClient onB = ApiClient.asUser(b.port(), "cluster-compliance", "cluster-compliance-pw");
        String screen = "{\"text\":\"来看看集群暗语吧\"}";
        assertThat(onB.post("/api/v1/word-lists/screen", screen).body().get("hits"))
                .isEmpty();

        assertThat(onA.post("/api/v1/word-lists/entries", """
                        {"term":"集群暗语","category":"COMPETITOR","severity":"LOW","comment":"两个节点"}""").status()).isEqualTo(201);
        long changed = System.nanoTime();

        assertThat(onA.post("/api/v1/word-lists/screen", screen).body().get("hits"))
                .as("at once on the node that made the change")
                .isNotEmpty();
        // The reload interval is 2 s; the wait is generous so a busy machine does not fail it.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !onB.post("/api/v1/word-lists/screen", screen)
                        .body()
                        .get("hits")
                        .isEmpty());
        System.out.printf(
                "a word-list change on A screened on B after %d ms%n", (System.nanoTime() - changed) / 1_000_000);
    }

    /** Sessions live in the memory of the node that signed the person in: the UI needs sticky sessions. */
    private static void aSessionSignedInOnAIsUnknownToB(QunflowNode a, QunflowNode b) throws Exception {
        // Cookies belong to the host, not the port: the browser would send A's session cookie to B.
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        browser.send(
                HttpRequest.newBuilder(URI.create(a.base() + "/login.html")).build(), BodyHandlers.discarding());
        String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
        HttpResponse<Void> login = browser.send(
                HttpRequest.newBuilder(URI.create(a.base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("username=admin&password="
                                + URLEncoder.encode(QunflowNode.adminPassword(), StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(xsrf, StandardCharsets.UTF_8)))
                        .build(),
                BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        assertThat(browser.send(
                                HttpRequest.newBuilder(URI.create(a.base() + "/api/v1/me"))
                                        .build(),
                                BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.send(
                                HttpRequest.newBuilder(URI.create(b.base() + "/api/v1/me"))
                                        .build(),
                                BodyHandlers.discarding())
                        .statusCode())
                .as("B never saw the session A signed in")
                .isEqualTo(401);
    }

    @Test
    void killNineOneOfTwoNodesMidStream_everyEventStoredOnce_everyTimerRanOnce_noActionTwice() throws Exception {
        Prerequisites.postgres();
        try (PostgresCluster postgres = PostgresCluster.start("qunflow");
                // One at a time: the first creates the schemas, the second finds them.
                QunflowNode a = QunflowNode.start("cluster-a", postgres, QunflowNode.logDirectory(), SHORT_TIMERS);
                QunflowNode b = QunflowNode.start("cluster-b", postgres, QunflowNode.logDirectory(), SHORT_TIMERS)) {
            aWordListChangeOnAScreensOnBWithinTheReloadInterval(a, b);
            aSessionSignedInOnAIsUnknownToB(a, b);
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
