package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Keys, sign-in throttling, body limits, CSRF and the bind address, through the real server. */
@ApiTest
class SecurityHardeningApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ServletWebServerApplicationContext context;

    ApiClient admin;
    ApiClient system;

    @BeforeEach
    void setUp() {
        admin = ApiClient.asUser(port, "admin", "qunflow");
        system = ApiClient.withKey(port, "qf_dev_key");
    }

    @Test
    void unknownBearerTokens_areNeverCached() {
        assertThat(system.get("/api/v1/me").status()).isEqualTo(200);
        long cached = keys.cachedKeys();

        for (int i = 0; i < 200; i++) {
            Reply refused =
                    ApiClient.withKey(port, "guess-" + UUID.randomUUID()).get("/api/v1/me");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("detailZh").asText()).isEqualTo("API 密钥无效或已被吊销");
        }

        // Another test's key change may clear the cache meanwhile (revision poll), so the
        // assertion is that 200 refused tokens added nothing, not that the count is unchanged.
        assertThat(keys.cachedKeys()).isLessThanOrEqualTo(Math.max(cached, 1));
    }

    @Test
    void keys_areCreatedByAdminsOnly_shownOnce_andScoped() {
        Reply created = admin.post("/api/v1/keys", """
                {"name":"企业微信连接器（权限测试）","scopes":["events","actions"]}""");
        assertThat(created.status()).isEqualTo(201);
        String raw = created.body().get("key").asText();
        String id = created.body().get("id").asText();
        assertThat(raw).startsWith("qfk_");

        Reply listed = admin.get("/api/v1/keys");
        assertThat(listed.body().findValuesAsText("id")).contains(id);
        assertThat(listed.raw()).doesNotContain(raw);
        assertThat(jdbc.sql("SELECT key_hash FROM qf_api_key WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(ApiKeyStore.hash(raw));

        ApiClient connector = ApiClient.withKey(port, raw);
        assertThat(connector.get("/api/v1/me").body().get("scopes").toString()).isEqualTo("[\"actions\",\"events\"]");
        assertThat(connector.get("/api/v1/rulesets").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT last_used_at FROM qf_api_key WHERE id = ?")
                        .param(id)
                        .query(OffsetDateTime.class)
                        .single())
                .isNotNull();

        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .post("/api/v1/keys", "{\"name\":\"x\",\"scopes\":[\"events\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(system.post("/api/v1/keys", "{\"name\":\"x\",\"scopes\":[\"events\"]}")
                        .status())
                .isEqualTo(403);
        Reply badScopes = admin.post("/api/v1/keys", "{\"name\":\"\",\"scopes\":[\"root\"]}");
        assertThat(badScopes.status()).isEqualTo(400);
        assertThat(badScopes.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "scopes");
    }

    @Test
    void aRevokedKey_stopsAtOnceOnThisNode_andWithinThePollOnTheOthers() {
        String here = admin.post("/api/v1/keys", "{\"name\":\"here\",\"scopes\":[\"events\"]}")
                .body()
                .get("key")
                .asText();
        Reply created = admin.post("/api/v1/keys", "{\"name\":\"elsewhere\",\"scopes\":[\"events\"]}");
        String elsewhere = created.body().get("key").asText();
        String elsewhereId = created.body().get("id").asText();
        String hereId = jdbc.sql("SELECT id FROM qf_api_key WHERE key_hash = ?")
                .param(ApiKeyStore.hash(here))
                .query(String.class)
                .single();
        assertThat(ApiClient.withKey(port, here).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ApiClient.withKey(port, elsewhere).get("/api/v1/me").status())
                .isEqualTo(200);

        assertThat(admin.delete("/api/v1/keys/" + hereId).status()).isEqualTo(204);
        assertThat(ApiClient.withKey(port, here).get("/api/v1/me").status()).isEqualTo(401);

        // Another node revokes: it writes the row and bumps the revision, as ApiKeys.revoke does there.
        jdbc.sql("UPDATE qf_api_key SET revoked_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(), elsewhereId)
                .update();
        jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = 'api-keys'")
                .update();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        ApiClient.withKey(port, elsewhere).get("/api/v1/me").status() == 401);

        assertThat(admin.get("/api/v1/audit?subjectType=API_KEY").raw()).contains(hereId, "REVOKED");
        assertThat(admin.delete("/api/v1/keys/key_nonexistent").status()).isEqualTo(404);
    }

    @Test
    void repeatedWrongPasswords_lockTheAccount_evenAgainstTheRightPassword() {
        String user = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO qf_user (username, password_hash, roles, enabled, created_at) VALUES (?,?,?,?,?)")
                .params(user, passwords.encode("the right password"), "VIEWER", true, OffsetDateTime.now())
                .update();

        // Never signed in from here: a name's lock spares only the addresses it signed in from.
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.asUser(port, user, "wrong " + i)
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }
        Reply locked = ApiClient.asUser(port, user, "the right password").get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");

        // A name that does not exist is locked the same way: the answers do not tell them apart.
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.asUser(port, nobody, "wrong").get("/api/v1/me").status())
                    .isEqualTo(401);
        }
        assertThat(ApiClient.asUser(port, nobody, "wrong").get("/api/v1/me").status())
                .isEqualTo(429);
    }

    @Test
    void bodiesOverTheLimit_areRefusedWith413_andNothingIsStored() throws Exception {
        String id = "huge-" + UUID.randomUUID();
        String huge = "{\"id\":\"" + id + "\",\"name\":\"大群\",\"intro\":\"" + "介".repeat(400_000)
                + "\",\"type\":\"CONTENT\"}";

        Reply declared = system.post("/api/v1/groups", huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.body().get("detailZh").asText()).startsWith("请求内容超过了这个接口的上限");

        // No Content-Length: a chunked body is counted as it is read.
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/groups"))
                                .header("Authorization", "Bearer qf_dev_key")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        // The batch endpoint takes more than 1 MB: this one gets past the size check to the JSON.
        Reply bigBatch = system.post("/api/v1/events:batch", "{\"events\":[" + " ".repeat(1_500_000) + "x");
        assertThat(bigBatch.status()).isEqualTo(400);
    }

    @Test
    void sessionStateChanges_needThePagesCsrfToken() throws Exception {
        String groupId = "csrf-" + UUID.randomUUID();
        assertThat(system.post("/api/v1/groups", """
                {"id":"%s","name":"跨站测试群","intro":"csrf","type":"CONTENT"}""".formatted(groupId)).status())
                .isEqualTo(201);
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = xsrf(cookies);
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=qunflow&_csrf="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/groups/" + groupId + "/dissolve"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("csrf-token-missing");
        // A header that carries no credentials Qunflow reads does not stand in for the token.
        for (String authorization : new String[] {"Negotiate abc", "Bearer not-a-key", "Basic"}) {
            HttpResponse<String> withHeader = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/groups/" + groupId + "/dissolve"))
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withHeader.statusCode()).as(authorization).isIn(401, 403);
        }
        assertThat(system.get("/api/v1/groups/" + groupId).body().get("phase").asText())
                .isNotEqualTo("ARCHIVED");

        HttpResponse<String> real = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/groups/" + groupId + "/dissolve"))
                        .header("X-XSRF-TOKEN", xsrf(cookies))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(200);
    }

    @Test
    void theEmbeddedDefault_listensOnLoopbackOnly_andProductionOnEveryInterface() {
        Connector connector =
                ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        String expected = TestDatabase.POSTGRES ? "0.0.0.0" : "127.0.0.1";
        assertThat(String.valueOf(connector.getProperty("address"))).contains(expected);
    }

    private static String xsrf(CookieManager cookies) {
        List<HttpCookie> all = cookies.getCookieStore().getCookies();
        return all.stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
