package io.qunflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Words;
import io.qunflow.rules.RuleParameters;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A round reads the live webhooks once and sends afterwards, on other threads: a key revoked in
 * between must not be sent its actions. The round here is a dispatcher of the test's own whose
 * store answers the round's reads as they were read before the revocation (the deterministic
 * stand-in for a revocation committing in the middle of a round), while the revocation itself and
 * the check before sending go to the real database.
 */
@ApiTest
class WebhookRevokedMidRoundApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebhookStore realStore;

    @Autowired
    ActionOutbox outbox;

    @Autowired
    RuleParameters parameters;

    @Autowired
    WebhookSettings settings;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    @Autowired
    WebhookSender sender;

    HttpServer receiver;
    final List<String> receivedDeliveries = new CopyOnWriteArrayList<>();
    ApiClient admin;
    String keyId;
    WebhookStore.Hook hookAsRead;
    WebhookStore.Delivery delivery;
    StaleRound round;
    WebhookDispatcher dispatcher;

    @BeforeEach
    void registerAHookAndReadItAsARoundWould() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(WebhookApiTest.ALLOWED_HOST, 0), 0);
        receiver.createContext("/hook", exchange -> {
            receivedDeliveries.add(exchange.getRequestHeaders().getFirst(Signature.DELIVERY_HEADER));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        // Opening a group queues its first actions: one of them is what the round sends. Opened before
        // the webhook exists, so the application's own dispatcher has none of them to send it.
        String groupId = TestGroup.of(port).open().id;
        admin = ApiClient.asUser(port, "admin", "qunflow");
        Reply key = admin.post("/api/v1/keys", """
                {"name":"revoked mid-round %s","scopes":["actions"]}""".formatted(UUID.randomUUID()));
        assertThat(key.status()).isEqualTo(201);
        keyId = key.body().get("id").asText();
        Reply registration = ApiClient.withKey(port, key.body().get("key").asText())
                .post("/api/v1/webhooks", """
                        {"url":"http://%s:%d/hook"}""".formatted(
                        WebhookApiTest.ALLOWED_HOST, receiver.getAddress().getPort()));
        assertThat(registration.status()).isEqualTo(201);
        hookAsRead =
                realStore.find(registration.body().get("id").asText(), keyId).orElseThrow();

        String actionId = jdbc.sql("SELECT id FROM qf_action WHERE group_id = ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .param(groupId)
                .query(String.class)
                .single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        delivery = new WebhookStore.Delivery(
                "whd-mid-round-" + UUID.randomUUID(),
                hookAsRead.id(),
                actionId,
                WebhookStore.PENDING,
                1,
                now,
                null,
                null,
                null,
                now,
                null);
        round = new StaleRound(jdbc, hookAsRead, delivery);
        dispatcher = new WebhookDispatcher(
                round,
                outbox,
                parameters,
                settings,
                json,
                clock,
                new SimpleMeterRegistry(),
                sender,
                new BackgroundThreads(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        dispatcher.close();
        receiver.stop(0);
    }

    @Test
    void aKeyRevokedAfterTheRoundReadItsHook_isSentNothing_andTheDeliveryIsNotRecordedAsAnAttempt() {
        assertThat(admin.delete("/api/v1/keys/" + keyId).status()).isEqualTo(204);

        dispatcher.poll();

        assertThat(receivedDeliveries).doesNotContain(delivery.id());
        assertThat(round.finished).isEmpty();
        assertThat(jdbc.sql("SELECT deleted_at IS NOT NULL FROM qf_webhook WHERE id = ?")
                        .param(hookAsRead.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aKeyStillActive_isSentTheDelivery_soTheRoundAboveCouldHaveSent() {
        dispatcher.poll();

        // Only this round's delivery counts: the application's own dispatcher sends the live hook
        // whatever other tests' actions are queued meanwhile.
        assertThat(receivedDeliveries).filteredOn(delivery.id()::equals).hasSize(1);
        assertThat(round.finished).containsExactly(delivery.id() + " " + WebhookStore.DELIVERED);
    }

    /**
     * A store whose round reads (the live webhooks, the deliveries due and claimed) answer what
     * they answered before the revocation; every other question goes to the database. Nothing the
     * round writes reaches the database: the delivery exists for this round only.
     */
    static final class StaleRound extends WebhookStore {

        final Hook hook;
        final Delivery delivery;
        final List<String> finished = new CopyOnWriteArrayList<>();

        StaleRound(JdbcClient jdbc, Hook hook, Delivery delivery) {
            super(jdbc);
            this.hook = hook;
            this.delivery = delivery;
        }

        @Override
        List<Hook> active() {
            return List.of(hook);
        }

        @Override
        Set<String> fannedOut(String webhookId, long afterSeq) {
            return Set.of();
        }

        @Override
        boolean insertDelivery(String id, String webhookId, String actionId, long actionSeq, OffsetDateTime now) {
            return false;
        }

        @Override
        void advanceCursor(String id, long from, long to) {}

        @Override
        List<String> due(OffsetDateTime now, int limit) {
            return List.of(delivery.id());
        }

        @Override
        boolean claim(String id, String leaseOwner, OffsetDateTime now, OffsetDateTime leaseUntil) {
            return true;
        }

        @Override
        List<Delivery> leasedTo(String leaseOwner) {
            return List.of(delivery);
        }

        @Override
        void finish(
                String id,
                String leaseOwner,
                String status,
                OffsetDateTime nextAttemptAt,
                Integer httpStatus,
                Words error,
                OffsetDateTime now) {
            finished.add(id + " " + status);
        }
    }
}
