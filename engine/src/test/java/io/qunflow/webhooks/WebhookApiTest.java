package io.qunflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class WebhookApiTest {

    /**
     * The receiver's loopback address: on the test configuration's on-premises allow-list
     * ({@code qunflow.webhooks.allowed-targets}), while 127.0.0.1 stays internal and refused.
     */
    static final String ALLOWED_HOST = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebhookDispatcher dispatcher;

    ApiClient api;
    String groupId;
    Receiver receiver;
    final List<String> registered = new ArrayList<>();

    /**
     * A webhook receiver as a connector would write one: it checks the signature and the
     * timestamp, refuses the first {@code failFirst} requests with a 500, and processes each
     * delivery id once, dropping repeats.
     */
    static final class Receiver {
        final HttpServer server;
        final String groupId;
        volatile String secret;
        volatile int failFirst;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger badSignatures = new AtomicInteger();
        final Map<String, Integer> attemptsByDelivery = new ConcurrentHashMap<>();
        final Set<String> processed = ConcurrentHashMap.newKeySet();
        final List<String> processedTwice = new CopyOnWriteArrayList<>();
        final List<JsonNode> actions = new CopyOnWriteArrayList<>();

        Receiver(String groupId) throws IOException {
            this.groupId = groupId;
            server = HttpServer.create(new InetSocketAddress(ALLOWED_HOST, 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                JsonNode json = new ObjectMapper().readTree(body);
                int status = 200;
                if (json.path("action").path("eventId").asText().startsWith(groupId + "-")) {
                    String delivery = exchange.getRequestHeaders().getFirst("Qunflow-Delivery");
                    attemptsByDelivery.merge(delivery, 1, Integer::sum);
                    if (!signedRight(exchange.getRequestHeaders().getFirst("Qunflow-Signature"), body)
                            || !delivery.equals(json.get("deliveryId").asText())) {
                        badSignatures.incrementAndGet();
                        status = 400;
                    } else if (requests.incrementAndGet() <= failFirst) {
                        status = 500;
                    } else if (!processed.add(delivery)) {
                        processedTwice.add(delivery);
                    } else {
                        actions.add(json.get("action"));
                    }
                }
                if (status == 500) {
                    // What a careless receiver leaks in its error page: must never reach Qunflow's callers.
                    byte[] leak = "stack trace … DB_PASSWORD=hunter2".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(status, leak.length);
                    exchange.getResponseBody().write(leak);
                } else {
                    exchange.sendResponseHeaders(status, -1);
                }
                exchange.close();
            });
            server.start();
        }

        boolean signedRight(String header, String body) {
            if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
                return false;
            }
            String t = header.substring(2, header.indexOf(','));
            String v1 = header.substring(header.indexOf("v1=") + 3);
            boolean fresh = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 300;
            return fresh
                    && MessageDigest.isEqual(
                            v1.getBytes(StandardCharsets.US_ASCII),
                            Signature.hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII));
        }

        String url() {
            return "http://" + ALLOWED_HOST + ":" + server.getAddress().getPort() + "/hook";
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = "gw-" + UUID.randomUUID();
        assertThat(api.post("/api/v1/groups", """
                {"id":"%s","name":"推送测试群","intro":"webhook","type":"CONTENT"}""".formatted(groupId)).status()).isEqualTo(201);
        receiver = new Receiver(groupId);
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        for (Map.Entry<String, String> p : Map.of(
                        "webhooks.first-retry-seconds",
                        "0.05",
                        "webhooks.max-retry-seconds",
                        "0.2",
                        "webhooks.max-attempts",
                        "5",
                        "webhooks.jitter",
                        "0.5")
                .entrySet()) {
            assertThat(compliance
                            .put("/api/v1/parameters/" + p.getKey(), """
                    {"value":"%s","comment":"fast retries for the webhook tests"}""".formatted(p.getValue()))
                            .status())
                    .isEqualTo(200);
        }
    }

    @AfterEach
    void tearDown() {
        registered.forEach(id -> api.delete("/api/v1/webhooks/" + id));
        receiver.server.stop(0);
    }

    private JsonNode register(ApiClient client, String url) {
        Reply reply = client.post("/api/v1/webhooks", """
                {"url":"%s","description":"连接器 🚀"}""".formatted(url));
        assertThat(reply.status()).isEqualTo(201);
        registered.add(reply.body().get("id").asText());
        return reply.body();
    }

    private void join(String memberId) {
        assertThat(api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MEMBER_JOINED","memberId":"%s","at":"2026-11-23T10:00:00+08:00",\
                "payload":{"nickname":"小美"}}""".formatted(groupId + "-" + memberId, memberId))
                        .status())
                .isEqualTo(200);
    }

    /** The actions the test's events caused (opening the group queued some before any webhook existed). */
    private List<String> actionIds() {
        return jdbc.sql("SELECT id FROM qf_action WHERE group_id = ? AND event_id LIKE ? ORDER BY seq")
                .params(groupId, groupId + "-%")
                .query(String.class)
                .list();
    }

    @Test
    void register_showsTheSecretOnce_andListsOnlyTheKeysOwnWebhooks() {
        JsonNode hook = register(api, receiver.url());
        assertThat(hook.get("secret").asText()).startsWith("whsec_").hasSize(6 + 64);

        Reply list = api.get("/api/v1/webhooks");
        assertThat(list.body().findValuesAsText("id")).contains(hook.get("id").asText());
        assertThat(list.raw())
                .doesNotContain("secret")
                .doesNotContain(hook.get("secret").asText());
        assertThat(api.get("/api/v1/webhooks/" + hook.get("id").asText())
                        .body()
                        .get("url")
                        .asText())
                .isEqualTo(receiver.url());

        ApiClient other = ApiClient.withKey(port, otherKey());
        assertThat(other.get("/api/v1/webhooks").body()).isEmpty();
        assertThat(other.get("/api/v1/webhooks/" + hook.get("id").asText()).status())
                .isEqualTo(404);
        assertThat(other.delete("/api/v1/webhooks/" + hook.get("id").asText()).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_webhook WHERE id = ? AND deleted_at IS NULL")
                        .param(hook.get("id").asText())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void registeringAndDeleting_areAudited_withTheKeyAndWhereActionsWent_andNeverTheSecret() {
        // The query is the receiver's own token (as a WeCom group robot's): every person reads the trail.
        JsonNode hook = register(api, receiver.url() + "?key=robot-token");
        String id = hook.get("id").asText();
        URI receiverUri = URI.create(receiver.url());
        String origin = "http://" + receiverUri.getHost() + ":" + receiverUri.getPort();

        assertThat(api.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);

        // A leaked key could send every action to a receiver of its choosing: admins must see where.
        Reply trail = ApiClient.asUser(port, "admin", "qunflow").get("/api/v1/audit?subjectType=WEBHOOK&subject=" + id);
        assertThat(trail.body().findValuesAsText("change")).containsExactly("DELETED", "REGISTERED");
        assertThat(trail.body().findValuesAsText("actor")).containsOnly("key:dev");
        assertThat(trail.body().findValuesAsText("diff")).containsExactly("- " + origin, "+ " + origin);
        // The engine wrote these comments itself, so the trail reads them in Chinese too.
        assertThat(trail.body().findValuesAsText("comment")).allMatch(c -> c.startsWith("webhook of key "));
        assertThat(trail.body().findValuesAsText("commentZh"))
                .hasSize(2)
                .allMatch(c -> c.startsWith("密钥 ") && c.endsWith(" 的 Webhook"));
        assertThat(trail.raw()).doesNotContain(hook.get("secret").asText()).doesNotContain("robot-token");
    }

    /** A second key with the actions scope, stored as the key store stores keys: by SHA-256 hash. */
    private String otherKey() {
        String raw = "qf_test_" + UUID.randomUUID();
        try {
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("INSERT INTO qf_api_key (id, name, key_hash, scopes, created_at) VALUES (?,?,?,?,?)")
                    .params("key_" + UUID.randomUUID(), "other connector", hash, "actions", OffsetDateTime.now())
                    .update();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return raw;
    }

    @Test
    void revokingAKey_retiresItsWebhooks_andNothingMoreIsSentToThem() {
        ApiClient admin = ApiClient.asUser(port, "admin", "qunflow");
        Reply created = admin.post("/api/v1/keys", """
                {"name":"连接器 to revoke","scopes":["actions"]}""");
        assertThat(created.status()).isEqualTo(201);
        ApiClient connector = ApiClient.withKey(port, created.body().get("key").asText());
        Reply registration = connector.post("/api/v1/webhooks", """
                {"url":"%s"}""".formatted(receiver.url()));
        assertThat(registration.status()).isEqualTo(201);
        String hookId = registration.body().get("id").asText();
        receiver.secret = registration.body().get("secret").asText();
        receiver.failFirst = Integer.MAX_VALUE;
        join("m1");
        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.attemptsByDelivery.isEmpty());

        assertThat(admin.delete("/api/v1/keys/" + created.body().get("id").asText())
                        .status())
                .isEqualTo(204);
        int attemptsAtRevoke = receiver.requests.get();
        receiver.failFirst = 0;
        join("m2");
        for (int round = 0; round < 5; round++) {
            dispatcher.poll();
        }

        assertThat(jdbc.sql("SELECT deleted_at IS NOT NULL FROM qf_webhook WHERE id = ?")
                        .param(hookId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(receiver.requests.get()).isLessThanOrEqualTo(attemptsAtRevoke + 1);
        assertThat(receiver.processed).isEmpty();
    }

    @Test
    void aFailingReceiver_getsSignedRetriesWithTheSameDeliveryId_andProcessesEachActionOnce() {
        JsonNode hook = register(api, receiver.url());
        receiver.secret = hook.get("secret").asText();
        receiver.failFirst = 3;

        join("m1");
        join("m2");

        List<String> actions = actionIds();
        assertThat(actions).isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed.size() == actions.size());
        assertThat(receiver.actions.stream().map(a -> a.get("id").asText()))
                .containsExactlyInAnyOrderElementsOf(actions);
        assertThat(receiver.badSignatures).hasValue(0);
        assertThat(receiver.processedTwice).isEmpty();
        assertThat(receiver.attemptsByDelivery.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(actions.size() + 3);
        // The sender records a delivery once the receiver's answer is back, a moment after the
        // receiver counted it processed.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT status, attempts FROM qf_webhook_delivery WHERE webhook_id = ?")
                                        .param(hook.get("id").asText())
                                        .query((rs, n) -> rs.getString(1) + rs.getInt(2))
                                        .list())
                        .allMatch(s -> s.startsWith("DELIVERED"))
                        .hasSize(actions.size()));
    }

    @Test
    void aDeliveryThatKeepsFailing_becomesADeadLetter_andAReplayDeliversItUnderItsOwnId() {
        JsonNode hook = register(api, receiver.url());
        String hookId = hook.get("id").asText();
        receiver.secret = hook.get("secret").asText();
        receiver.failFirst = Integer.MAX_VALUE;

        join("m1");
        int actions = actionIds().size();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/webhooks/" + hookId + "/dead-letters")
                                .body()
                                .size()
                        == actions);
        JsonNode dead =
                api.get("/api/v1/webhooks/" + hookId + "/dead-letters").body().get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(5);
        assertThat(dead.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(dead.get("lastError").asText()).isEqualTo("HTTP 500");
        assertThat(dead.get("lastErrorZh").asText()).isEqualTo("接收方回答 HTTP 500，未接收");
        assertThat(api.get("/api/v1/webhooks/" + hookId + "/dead-letters").raw())
                .doesNotContain("hunter2");
        assertThat(receiver.attemptsByDelivery.get(dead.get("deliveryId").asText()))
                .isEqualTo(5);
        assertThat(api.get("/api/v1/webhooks/" + hookId)
                        .body()
                        .get("deadLetters")
                        .asInt())
                .isEqualTo(actions);

        receiver.failFirst = 0;
        Reply replay = api.post(
                "/api/v1/webhooks/" + hookId + "/dead-letters/replay",
                "{\"deliveryIds\":[\"" + dead.get("deliveryId").asText() + "\"]}");
        assertThat(replay.body().get("replayed").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.processed.contains(dead.get("deliveryId").asText()));
        assertThat(api.get("/api/v1/webhooks/" + hookId + "/dead-letters").body())
                .hasSize(actions - 1);
        assertThat(receiver.processedTwice).isEmpty();
    }

    @Test
    void aDeliveryThatCannotEvenBeSent_failsAlone_andTheRestOfTheRoundIsDelivered() {
        JsonNode broken = register(api, receiver.url());
        JsonNode working = register(api, receiver.url());
        receiver.secret = working.get("secret").asText();
        // A stored address that no longer parses (edited by hand in the database, say): the request
        // cannot be built, which used to abort the round before the other deliveries were sent.
        jdbc.sql("UPDATE qf_webhook SET url = ? WHERE id = ?")
                .params(
                        "http://" + ALLOWED_HOST + ":1/hook with spaces",
                        broken.get("id").asText())
                .update();

        join("m1");

        List<String> actions = actionIds();
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed.size() == actions.size());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM qf_webhook_delivery WHERE webhook_id = ? AND attempts > 0 AND last_error LIKE ?")
                                .params(broken.get("id").asText(), "could not be sent%")
                                .query(Integer.class)
                                .single()
                        == actions.size());
        assertThat(api.delete("/api/v1/webhooks/" + broken.get("id").asText()).status())
                .as("such a webhook can still be deleted")
                .isEqualTo(204);
    }

    @Test
    void nodesPollingAtTheSameTime_neverSendADeliveryTwice() throws Exception {
        JsonNode hook = register(api, receiver.url());
        receiver.secret = hook.get("secret").asText();
        for (int i = 0; i < 30; i++) {
            join("m" + i);
        }
        int actions = actionIds().size();

        // Four more pollers beside the application's own, as if five nodes shared the database.
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            for (int n = 0; n < 4; n++) {
                nodes.submit(() -> {
                    while (receiver.processed.size() < actions
                            && !Thread.currentThread().isInterrupted()) {
                        dispatcher.poll();
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed.size() == actions);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(receiver.processedTwice).isEmpty();
        assertThat(receiver.attemptsByDelivery.values()).allMatch(attempts -> attempts == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_webhook_delivery WHERE webhook_id = ?")
                        .param(hook.get("id").asText())
                        .query(Integer.class)
                        .single())
                .isEqualTo(actions);
    }

    @Test
    void badRegistrations_areRefusedAsProblems_andNeedTheActionsScope() {
        for (String url : List.of("", "ftp://example.com/x", "not a url", "http:///nohost", "/relative")) {
            Reply refused = api.post("/api/v1/webhooks", "{\"url\":\"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("errors").get(0).get("field").asText())
                    .isEqualTo("url");
        }
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/webhooks")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/webhooks/wh_none/dead-letters/replay", "{\"deliveryIds\":[]}")
                        .status())
                .isEqualTo(400);
        Reply badIds = api.post("/api/v1/webhooks/wh_none/dead-letters/replay", "{\"deliveryIds\":[\"ok\",\"a b\"]}");
        assertThat(badIds.status()).isEqualTo(400);
        assertThat(badIds.body().get("detail").asText()).isEqualTo("The replay is invalid");
        assertThat(badIds.body().get("errors").findValuesAsText("field")).containsExactly("deliveryIds[1]");
        assertThat(api.post("/api/v1/webhooks/wh_none/dead-letters/replay", "").status())
                .isEqualTo(404);
    }

    @Test
    void aRegistrationWithBadFields_namesEachField_andNothingIsStored() {
        int before =
                jdbc.sql("SELECT COUNT(*) FROM qf_webhook").query(Integer.class).single();

        Reply refused =
                api.post("/api/v1/webhooks", "{\"url\":\"  \",\"description\":\"%s\"}".formatted("长".repeat(501)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(refused.body().get("detail").asText()).isEqualTo("The webhook is invalid");
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("url", "description");
        assertThat(refused.body().get("errors").findValuesAsText("message"))
                .containsExactly("is required", "must be at most 500 characters (an emoji counts as two)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_webhook")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void internalTargets_areRefusedAtRegistration_andNothingIsStored() {
        int before =
                jdbc.sql("SELECT COUNT(*) FROM qf_webhook").query(Integer.class).single();
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://2130706433/hook",
                "http://0x7f.1/hook",
                "http://0177.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/hook",
                "http://[::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://x@127.0.0.1/hook")) {
            Reply refused = api.post("/api/v1/webhooks", "{\"url\":\"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText())
                    .as(url)
                    .isEqualTo("url");
            assertThat(refused.body().path("detail").asText()).as(url).startsWith("The webhook address is invalid: ");
            assertThat(refused.body().path("detailZh").asText()).as(url).startsWith("Webhook 地址有误：");
            assertThat(refused.body().get("errors").get(0).path("messageZh").asText())
                    .as(url)
                    .isNotBlank();
        }
        Reply inside = api.post("/api/v1/webhooks", "{\"url\":\"http://10.0.0.5/hook\"}");
        assertThat(inside.body().get("errors").get(0).get("messageZh").asText())
                .startsWith("主机 10.0.0.5 指向内部地址 10.0.0.5；Webhook 只能发往公网地址");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_webhook")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aTargetThatNowLeadsInside_isNeverConnectedTo_andDeadLettersSayWhy() throws IOException {
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger reached = new AtomicInteger();
        inside.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        inside.start();
        try {
            JsonNode hook = register(api, receiver.url());
            String hookId = hook.get("id").asText();
            // As if the registered name now resolved to 127.0.0.1 (DNS rebinding): the stored target
            // leads inside, and delivery must check the address it is about to use.
            jdbc.sql("UPDATE qf_webhook SET url = ? WHERE id = ?")
                    .params("http://127.0.0.1:" + inside.getAddress().getPort() + "/hook", hookId)
                    .update();

            join("m1");
            int actions = actionIds().size();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/api/v1/webhooks/" + hookId + "/dead-letters")
                                    .body()
                                    .size()
                            == actions);
            JsonNode dead = api.get("/api/v1/webhooks/" + hookId + "/dead-letters")
                    .body()
                    .get(0);
            assertThat(dead.get("lastError").asText()).contains("internal address 127.0.0.1");
            assertThat(dead.get("lastErrorZh").asText()).contains("指向内部地址 127.0.0.1");
            assertThat(dead.get("lastStatus").isNull()).isTrue();
            assertThat(reached).hasValue(0);
        } finally {
            inside.stop(0);
        }
    }
}
