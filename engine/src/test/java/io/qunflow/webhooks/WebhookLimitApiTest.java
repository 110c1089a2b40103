package io.qunflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many webhooks one key may keep. Every poll fans each active webhook out on its own, so a key
 * registering without limit made every round slower for every other key's deliveries, and made
 * Qunflow send each action to the same receiver as many times as it was registered.
 */
@ApiTest
class WebhookLimitApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebhookSettings settings;

    ApiClient admin;
    String keyId;
    ApiClient connector;

    @BeforeEach
    void setUp() {
        admin = ApiClient.asUser(port, "admin", "qunflow");
        // Key names are unique: each test's key has a name of its own.
        Reply created = admin.post("/api/v1/keys", """
                {"name":"webhook limit %s","scopes":["actions"]}""".formatted(
                        java.util.UUID.randomUUID().toString().substring(0, 8)));
        keyId = created.body().get("id").asText();
        connector = ApiClient.withKey(port, created.body().get("key").asText());
    }

    @AfterEach
    void revoke() {
        admin.delete("/api/v1/keys/" + keyId);
    }

    private Reply register(int n) {
        // 127.0.0.2 is the test suite's allowed on-premises target; nothing listens on port 9.
        return connector.post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.2:9/hook-" + n + "\"}");
    }

    private int stored() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_webhook WHERE owner_key_id = ? AND deleted_at IS NULL")
                .param(keyId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aKeyKeepsAtMostItsLimitOfWebhooks_theNextIsA409AndNothingIsStored() {
        int limit = settings.maxPerKey();
        assertThat(limit).isEqualTo(10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            Reply accepted = register(i);
            assertThat(accepted.status()).isEqualTo(201);
            ids.add(accepted.body().get("id").asText());
        }

        Reply refused = register(limit);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asText()).contains("10");
        assertThat(stored()).isEqualTo(limit);
        assertThat(connector.get("/api/v1/webhooks").body()).hasSize(limit);

        // Removing one makes room again: the limit counts the webhooks still kept.
        assertThat(connector.delete("/api/v1/webhooks/" + ids.get(0)).status()).isEqualTo(204);
        assertThat(register(limit + 1).status()).isEqualTo(201);
        assertThat(stored()).isEqualTo(limit);
    }

    @Test
    void anotherKeysWebhooks_doNotCountAgainstThisKey() {
        Reply other = admin.post("/api/v1/keys", """
                {"name":"webhook limit, other","scopes":["actions"]}""");
        ApiClient otherConnector =
                ApiClient.withKey(port, other.body().get("key").asText());
        try {
            for (int i = 0; i < settings.maxPerKey(); i++) {
                assertThat(otherConnector
                                .post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.2:9/other-" + i + "\"}")
                                .status())
                        .isEqualTo(201);
            }

            assertThat(register(0).status()).isEqualTo(201);
        } finally {
            admin.delete("/api/v1/keys/" + other.body().get("id").asText());
        }
    }
}
