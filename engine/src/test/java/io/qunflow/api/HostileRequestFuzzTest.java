package io.qunflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends 5,000 generated hostile requests at the main endpoints: broken JSON, huge strings, deep
 * nesting, wrong types, control and zero-width characters, emoji, RTL marks, SQL and script
 * fragments, bad encodings and content types. No answer may be a 5xx, every 4xx must be a
 * problem+json with a type and a detail, nothing refused may be stored, and what was accepted must
 * be stored exactly as sent. Request {@code i} is generated from {@code seed + i} alone, so a
 * failure reproduces with {@code -Dfuzz.seed=S} (and {@code -Dfuzz.requests=N}). Five thousand, not
 * more, in the suite: the suite has fifteen minutes on two cores; a deeper run sets the count.
 */
@ApiTest
class HostileRequestFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FRAGMENTS = {
        "",
        " ",
        "\u0000",
        "a\u0000b",
        "\u0001\u0002\u0007\b\f\u001b\u007f",
        "\t\n\r",
        "\u200b",
        "\u200b\u200c\u200d\ufeff",
        "\u202e\u202d\u200f\u200e\u2066\u2069",
        "مرحبا\u200f",
        "שלום",
        "🚀",
        "👨‍👩‍👧‍👦",
        "🇨🇳",
        "仙女护肤交流群",
        "﷽",
        "Z̴̡̛a̷l̶g̵o̸",
        "'; DROP TABLE qf_event; --",
        "' OR '1'='1",
        "\" OR 1=1 --",
        "1; SELECT pg_sleep(10)",
        "%' AND 1=0 UNION SELECT",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "${jndi:ldap://x/a}",
        "#{7*7}",
        "{{7*7}}",
        "../../../../etc/passwd",
        "%00",
        "%2e%2e%2f",
        "%s%n%x",
        "\\",
        "\\u0000",
        "null",
        "NaN",
        "-1",
        "1e999",
        "\ud800",
        "\udfff",
        "\uffff",
        "\ud83d\ude00",
        "加微信 wx123 领红包",
        "ＡＢＣ１２３",
        "İıŞ",
        "\r\n\r\nX-Injected: 1"
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json",
        "application/json",
        "application/json; charset=UTF-8",
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/json; charset=ISO-8859-1",
        null
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One generated request and what it was meant to store if accepted. */
    record Sent(
            int index,
            String endpoint,
            String method,
            String path,
            byte[] body,
            String contentType,
            String user,
            JsonNode parsed) {}

    record Failure(int index, String endpoint, int status, String why, String answer) {}

    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<Integer, AtomicInteger>> counts = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> acceptedEvents = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> acceptedGroups = new ConcurrentHashMap<>();
    private final Map<String, String> refusedEventIds = new ConcurrentHashMap<>();
    private final Map<String, String> refusedGroupIds = new ConcurrentHashMap<>();
    private final List<String> acceptedWebhooks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> acceptedTerms = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger acceptedSopEntries = new AtomicInteger();
    private final AtomicInteger acceptedParameterChanges = new AtomicInteger();

    private String groupId;

    @Test
    void fiveThousandHostileRequests_neverAnswer5xx_refuseAsProblems_andStoreNoGarbage() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261123L);
        int requests = Integer.getInteger("fuzz.requests", 5_000);
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        groupId = "fz-" + seed + "-" + System.nanoTime();
        assertThat(api.post("/api/v1/groups", """
                {"id":"%s","name":"模糊测试群","intro":"fuzz","type":"CONTENT"}""".formatted(groupId)).status()).isEqualTo(201);
        int rulesetVersions = count("SELECT COUNT(*) FROM qf_rule_set_version");
        int parameterVersions = count("SELECT COUNT(*) FROM qf_parameter_version");
        long started = System.nanoTime();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            sent.add(clients.submit(() -> check(generate(index, new Random(seed + index)))));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        verifyStoredState(rulesetVersions, parameterVersions);
        Map<String, Map<Integer, AtomicInteger>> sorted = new TreeMap<>(counts);
        System.out.printf(
                "Fuzz seed %d: %d requests in %.1f s; answers by endpoint and status: %s%n",
                seed, requests, seconds, sorted);
        System.out.printf(
                "Fuzz accepted and checked byte-exact: %d events, %d groups; %d SOP entries, %d terms,"
                        + " %d webhooks, %d parameter changes; failures: %d%n",
                acceptedEvents.size(),
                acceptedGroups.size(),
                acceptedSopEntries.get(),
                acceptedTerms.size(),
                acceptedWebhooks.size(),
                acceptedParameterChanges.get(),
                failures.size());
        failures.stream().limit(30).forEach(f -> System.out.println("FUZZ FAILURE " + f));
        cleanUp(api);
        assertThat(failures).isEmpty();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    // ---------------------------------------------------------------- generating

    private Sent generate(int index, Random random) {
        int pick = random.nextInt(100);
        String user = null;
        String method = "POST";
        String endpoint;
        String path;
        ObjectNode body;
        if (pick < 30) {
            endpoint = "events";
            path = "/api/v1/groups/" + pathId(random, groupId) + "/events";
            body = event(random, String.valueOf(index));
        } else if (pick < 45) {
            endpoint = "batch";
            path = "/api/v1/events:batch";
            body = NODES.objectNode();
            ArrayNode events = body.putArray("events");
            int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 5);
            for (int k = 0; k < n; k++) {
                ObjectNode e = event(random, "b" + index + "." + k);
                e.put("groupId", random.nextInt(8) == 0 ? nasty(random) : groupId);
                events.add(random.nextInt(6) == 0 ? hostileValue(random, 0) : e);
            }
        } else if (pick < 58) {
            endpoint = "groups";
            path = "/api/v1/groups";
            body = NODES.objectNode();
            body.put("id", "fzg-" + index + (random.nextInt(4) == 0 ? nasty(random) : ""));
            body.put("name", text(random));
            body.put("intro", text(random));
            body.put("type", random.nextInt(5) == 0 ? nasty(random) : "TRAFFIC");
            if (random.nextBoolean()) {
                body.putArray("tags").add(text(random)).add(nasty(random));
            }
        } else if (pick < 66) {
            endpoint = "word-lists";
            user = "compliance";
            path = "/api/v1/word-lists/entries";
            body = NODES.objectNode();
            // A marker no real message contains, so an accepted term cannot change other tests' moderation.
            body.put("term", "fz⁂" + index + text(random));
            body.put("category", random.nextInt(3) == 0 ? "SCAM" : nasty(random));
            body.put("severity", random.nextInt(3) == 0 ? "HIGH" : nasty(random));
            body.put("comment", text(random));
        } else if (pick < 68) {
            endpoint = "rulesets-validate";
            user = "compliance";
            path = "/api/v1/rulesets/" + (random.nextInt(5) == 0 ? pathId(random, "moderation") : "moderation")
                    + "/validate";
            body = NODES.objectNode();
            // Mostly sources the parser refuses at once: a full compile takes a second or more.
            body.put(
                    "source",
                    random.nextInt(8) != 0
                            ? nasty(random)
                            : "package rules;\nrule \"" + text(random) + "\" when then end");
        } else if (pick < 78) {
            endpoint = "parameters";
            user = "compliance";
            method = "PUT";
            String[] names = {"webhooks.jitter", "webhooks.max-attempts", "webhooks.first-retry-seconds"};
            path = "/api/v1/parameters/"
                    + (random.nextInt(5) == 0 ? pathId(random, "x") : names[random.nextInt(names.length)]);
            body = NODES.objectNode();
            body.put("value", random.nextInt(4) == 0 ? String.valueOf(random.nextInt(3)) : nasty(random));
            body.put("comment", text(random));
        } else if (pick < 90) {
            endpoint = "sop-entries";
            user = "operator";
            path = "/api/v1/groups/" + pathId(random, groupId) + "/sop/entries";
            body = NODES.objectNode();
            ObjectNode entry = body.putArray("entries").addObject();
            entry.put("cadence", random.nextInt(3) == 0 ? "DAILY" : nasty(random));
            entry.put("time", random.nextInt(3) == 0 ? "09:30" : nasty(random));
            entry.put("purpose", random.nextInt(2) == 0 ? "TOPIC" : nasty(random));
            entry.put("contentKind", random.nextInt(2) == 0 ? "TEXT" : nasty(random));
            entry.put("text", text(random));
            body.put("comment", text(random));
        } else {
            endpoint = "webhooks";
            path = "/api/v1/webhooks";
            body = NODES.objectNode();
            body.put("url", random.nextInt(3) == 0 ? "http://127.0.0.2:9/fz" + index : nasty(random));
            body.put("description", text(random));
        }
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            mutate(body, random);
        }
        byte[] bytes;
        JsonNode parsed = body;
        int shape = random.nextInt(20);
        if (shape == 0) {
            parsed = hostileValue(random, 0);
            bytes = parsed.toString().getBytes(StandardCharsets.UTF_8);
        } else if (shape == 1) {
            bytes = breakSyntax(body.toString(), random);
            // Only a byte-order mark leaves the JSON as it was; every other break must be refused.
            parsed = bytes.length > 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB ? body : null;
        } else if (shape == 2) {
            bytes = deep(random.nextInt(5000) + 500, random).getBytes(StandardCharsets.UTF_8);
            parsed = null;
        } else {
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        String contentType =
                random.nextInt(15) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)] : "application/json";
        if (parsed != null && parsed == body) {
            // What the server can see is what went on the wire: Java strings with lone surrogates
            // leave as '?', and a body declared ISO-8859-1 is read as ISO-8859-1.
            Charset charset = contentType != null && contentType.contains("ISO-8859-1")
                    ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8;
            try {
                parsed = JSON.readTree(new String(bytes, charset).replaceFirst("^\ufeff", ""));
            } catch (IOException e) {
                parsed = null;
            }
        }
        if (random.nextInt(60) == 0) {
            method = "GET".equals(method) ? "DELETE" : "PATCH";
        }
        return new Sent(index, endpoint, method, path, bytes, contentType, user, parsed);
    }

    private ObjectNode event(Random random, String index) {
        ObjectNode e = NODES.objectNode();
        String[] types = {
            "MEMBER_JOINED",
            "MESSAGE_POSTED",
            "CHECKED_IN",
            "REACTION_GIVEN",
            "ORDER_PAID",
            "LINK_CLICKED",
            "MEMBER_LEFT"
        };
        String type = random.nextInt(6) == 0 ? nasty(random) : types[random.nextInt(types.length)];
        e.put("eventId", "fze-" + groupId + "-" + index + (random.nextInt(5) == 0 ? nasty(random) : ""));
        e.put("type", type);
        e.put("memberId", random.nextInt(5) == 0 ? nasty(random) : "m" + random.nextInt(20));
        e.put("at", random.nextInt(6) == 0 ? nasty(random) : "2026-11-23T10:00:00+08:00");
        ObjectNode payload = e.putObject("payload");
        payload.put("text", text(random));
        payload.put("nickname", text(random));
        if (random.nextBoolean()) {
            payload.put("amountCents", random.nextInt(3) == 0 ? -5 : random.nextInt(100_000));
        }
        if (random.nextInt(4) == 0) {
            payload.put("role", random.nextBoolean() ? "KOC" : nasty(random));
        }
        if (random.nextInt(4) == 0) {
            payload.put("targetMemberId", random.nextBoolean() ? "m1" : nasty(random));
        }
        return e;
    }

    /** A text a person might really send: Chinese, emoji, marks and fragments mixed. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder("群");
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            if (fragment.indexOf('\u0000') < 0 && !fragment.startsWith("\ud800") && !fragment.startsWith("\udfff")) {
                text.append(fragment);
            }
        }
        return text.toString();
    }

    private static String nasty(Random random) {
        int kind = random.nextInt(50);
        if (kind == 0) {
            int size = random.nextInt(10) == 0 ? 1_000_000 : 5_000 + random.nextInt(30_000);
            return FRAGMENTS[random.nextInt(FRAGMENTS.length)].repeat(1) + "x".repeat(size);
        }
        if (kind < 6) {
            StringBuilder s = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int[] ranges = {
                    0x0000, 0x001f, 0x200b, 0x200f, 0x202a, 0x202e, 0x1f600, 0x1f64f, 0x4e00, 0x9fff, 0xe000, 0xf8ff,
                    0xfff0, 0xffff
                };
                int r = random.nextInt(ranges.length / 2) * 2;
                s.appendCodePoint(ranges[r] + random.nextInt(ranges[r + 1] - ranges[r] + 1));
            }
            return s.toString();
        }
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return s.toString();
    }

    private static JsonNode hostileValue(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 8 : 10)) {
            case 0 -> NODES.textNode(nasty(random));
            case 1 -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : -random.nextInt(1000));
            case 2 -> NODES.numberNode(random.nextBoolean() ? 1.5e308 : -0.000001);
            case 3 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890123456789"));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> NODES.arrayNode();
            case 7 -> NODES.objectNode();
            case 8 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    array.add(hostileValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    object.set(nasty(random), hostileValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static void mutate(ObjectNode body, Random random) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        ObjectNode target = body;
        if (body.has("payload") && body.get("payload").isObject() && random.nextBoolean()) {
            target = (ObjectNode) body.get("payload");
            fields.clear();
            target.fieldNames().forEachRemaining(fields::add);
        }
        String field =
                fields.isEmpty() || random.nextInt(6) == 0 ? nasty(random) : fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(field);
            case 1 -> target.set(field, NODES.textNode(nasty(random)));
            default -> target.set(field, hostileValue(random, 0));
        }
    }

    private static byte[] breakSyntax(String json, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(7)) {
            case 0 -> out.write(bytes, 0, cut);
            case 1 -> {
                out.write(bytes, 0, cut);
                out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
                out.write(bytes, cut, bytes.length - cut);
            }
            case 2 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(bytes);
            }
            case 3 ->
                out.writeBytes((json.substring(0, Math.max(0, json.length() - 1)) + ",}")
                        .getBytes(StandardCharsets.UTF_8));
            case 4 -> out.writeBytes(("/* x */" + json.replace("\"", "'")).getBytes(StandardCharsets.UTF_8));
            case 5 -> out.writeBytes((json + json).getBytes(StandardCharsets.UTF_8));
            default -> out.writeBytes(Base64.getEncoder().encode(bytes));
        }
        return out.toByteArray();
    }

    private static String deep(int depth, Random random) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"events\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    private static String pathId(Random random, String normal) {
        if (random.nextInt(4) != 0) {
            return normal;
        }
        return URLEncoder.encode(FRAGMENTS[random.nextInt(FRAGMENTS.length)], StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    // ---------------------------------------------------------------- checking

    private void check(Sent sent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sent.path()))
                .method(sent.method(), HttpRequest.BodyPublishers.ofByteArray(sent.body()));
        if (sent.contentType() != null) {
            request.header("Content-Type", sent.contentType());
        }
        request.header(
                "Authorization",
                sent.user() == null
                        ? "Bearer qf_dev_key"
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((sent.user() + ":qunflow").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            failures.add(new Failure(sent.index(), sent.endpoint(), -1, "no answer: " + e, ""));
            return;
        }
        int status = response.statusCode();
        counts.computeIfAbsent(sent.endpoint(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, k -> new AtomicInteger())
                .incrementAndGet();
        String answer = response.body();
        if (status >= 500) {
            failures.add(new Failure(sent.index(), sent.endpoint(), status, "5xx", cut(answer)));
            return;
        }
        if (status >= 400) {
            checkProblem(
                    sent, status, response.headers().firstValue("Content-Type").orElse(""), answer);
            rememberRefused(sent);
            return;
        }
        rememberAccepted(sent, answer);
    }

    private void checkProblem(Sent sent, int status, String contentType, String answer) {
        if (!contentType.startsWith("application/problem+json")) {
            failures.add(new Failure(
                    sent.index(), sent.endpoint(), status, "not problem+json: " + contentType, cut(answer)));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer);
            if (!problem.path("type").isTextual()
                    || !problem.path("detail").isTextual()
                    || problem.path("status").asInt() != status) {
                failures.add(
                        new Failure(sent.index(), sent.endpoint(), status, "problem without type/detail", cut(answer)));
            }
        } catch (Exception e) {
            failures.add(new Failure(sent.index(), sent.endpoint(), status, "problem is not JSON", cut(answer)));
        }
    }

    private void rememberRefused(Sent sent) {
        if (sent.parsed() == null || !sent.parsed().isObject()) {
            return;
        }
        if (sent.endpoint().equals("events") && sent.parsed().path("eventId").isTextual()) {
            refusedEventIds.put(sent.parsed().get("eventId").asText(), "");
        }
        if (sent.endpoint().equals("groups") && sent.parsed().path("id").isTextual()) {
            refusedGroupIds.put(sent.parsed().get("id").asText(), "");
        }
    }

    private void rememberAccepted(Sent sent, String answer) {
        JsonNode reply;
        try {
            reply = JSON.readTree(answer);
        } catch (Exception e) {
            failures.add(new Failure(sent.index(), sent.endpoint(), 200, "answer is not JSON", cut(answer)));
            return;
        }
        JsonNode body = sent.parsed();
        if (body == null) {
            boolean appliedSomething =
                    !sent.endpoint().equals("batch") || reply.path("accepted").asInt() > 0;
            if (appliedSomething) {
                failures.add(new Failure(sent.index(), sent.endpoint(), 200, "applied a broken body", cut(answer)));
            }
            return;
        }
        switch (sent.endpoint()) {
            case "events" -> {
                if (!reply.path("duplicate").asBoolean()) {
                    acceptedEvents.put(body.get("eventId").asText(), body.path("payload"));
                }
            }
            case "batch" -> {
                JsonNode results = reply.path("results");
                for (int i = 0; i < results.size(); i++) {
                    JsonNode result = results.get(i);
                    JsonNode item = body.get("events").get(result.get("index").asInt());
                    if (result.path("status").asInt() == 200
                            && !result.path("answer").path("duplicate").asBoolean()) {
                        acceptedEvents.put(item.get("eventId").asText(), item.path("payload"));
                    } else if (result.path("status").asInt() >= 400
                            && item.path("eventId").isTextual()) {
                        refusedEventIds.put(item.get("eventId").asText(), "");
                    }
                }
            }
            case "groups" -> acceptedGroups.put(reply.get("id").asText(), body);
            case "word-lists" -> acceptedTerms.add(reply.get("term").asText());
            case "sop-entries" -> acceptedSopEntries.addAndGet(reply.size());
            case "webhooks" -> acceptedWebhooks.add(reply.get("id").asText());
            case "parameters" -> acceptedParameterChanges.incrementAndGet();
            default -> {}
        }
    }

    private static boolean storable(String text) {
        return text.indexOf('\u0000') < 0;
    }

    private void verifyStoredState(int rulesetVersions, int parameterVersions) {
        acceptedEvents.forEach((eventId, payload) -> {
            String stored = jdbc.sql("SELECT payload FROM qf_event WHERE event_id = ?")
                    .param(eventId)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            try {
                JsonNode expected = payload.isMissingNode() || payload.isNull() ? NODES.objectNode() : payload;
                if (stored == null || !JSON.readTree(stored).equals(expected)) {
                    failures.add(new Failure(
                            -1,
                            "events",
                            200,
                            "stored payload differs for " + cut(eventId),
                            cut(String.valueOf(stored))));
                }
            } catch (Exception e) {
                failures.add(new Failure(-1, "events", 200, "stored payload is not JSON", cut(stored)));
            }
        });
        // PostgreSQL text cannot hold U+0000: an id with one cannot have been stored there, nor be asked about.
        refusedEventIds.keySet().stream()
                .filter(id -> !acceptedEvents.containsKey(id) && storable(id))
                .forEach(id -> {
                    if (jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE event_id = ?")
                                            .param(id)
                                            .query(Integer.class)
                                            .single()
                                    > 0
                            && !acceptedAnywhere(id)) {
                        failures.add(new Failure(-1, "events", 0, "refused event was stored", cut(id)));
                    }
                });
        acceptedGroups.forEach((id, sent) -> {
            Map<String, Object> row = jdbc.sql("SELECT name, intro FROM qf_group WHERE id = ?")
                    .param(id)
                    .query()
                    .singleRow();
            if (!sent.path("name").asText().equals(row.get("name"))
                    || !sent.path("intro").asText().equals(row.get("intro"))) {
                failures.add(new Failure(-1, "groups", 201, "stored text differs", cut(id)));
            }
        });
        refusedGroupIds.keySet().stream()
                .filter(id -> !acceptedGroups.containsKey(id) && storable(id))
                .forEach(id -> {
                    if (jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                                    .param(id)
                                    .query(Integer.class)
                                    .single()
                            > 0) {
                        failures.add(new Failure(-1, "groups", 0, "refused group was stored", cut(id)));
                    }
                });
        acceptedTerms.forEach(term -> {
            if (jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry WHERE term = ?")
                            .param(term)
                            .query(Integer.class)
                            .single()
                    != 1) {
                failures.add(new Failure(-1, "word-lists", 201, "accepted term not stored as answered", cut(term)));
            }
        });
        int sopEntries = jdbc.sql("SELECT COUNT(*) FROM qf_sop_entry WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
        if (sopEntries != acceptedSopEntries.get()) {
            failures.add(new Failure(
                    -1,
                    "sop-entries",
                    0,
                    "stored " + sopEntries + " entries, accepted " + acceptedSopEntries.get(),
                    ""));
        }
        if (count("SELECT COUNT(*) FROM qf_rule_set_version") != rulesetVersions) {
            failures.add(new Failure(-1, "rulesets-validate", 0, "validation stored a rule set version", ""));
        }
        int parameterChanges = count("SELECT COUNT(*) FROM qf_parameter_version") - parameterVersions;
        if (parameterChanges != acceptedParameterChanges.get()) {
            failures.add(new Failure(
                    -1,
                    "parameters",
                    0,
                    "stored " + parameterChanges + " changes, accepted " + acceptedParameterChanges.get(),
                    ""));
        }
    }

    private boolean acceptedAnywhere(String eventId) {
        return acceptedEvents.containsKey(eventId);
    }

    private void cleanUp(ApiClient api) {
        acceptedWebhooks.forEach(id -> api.delete("/api/v1/webhooks/" + id));
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        acceptedTerms.forEach(term -> compliance.delete("/api/v1/word-lists/entries?term="
                + URLEncoder.encode(term, StandardCharsets.UTF_8) + "&comment=fuzz"));
    }

    private static String cut(String text) {
        return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
