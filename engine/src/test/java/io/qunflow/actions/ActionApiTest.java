package io.qunflow.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class ActionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pendingActions_arePulledOldestFirstAndAcknowledged() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = "g-" + UUID.randomUUID();
        api.post(
                "/api/v1/groups",
                "{\"id\":\"%s\",\"name\":\"n\",\"intro\":\"i\",\"type\":\"CONTENT\"}".formatted(groupId));

        Reply pending = api.get("/api/v1/actions?status=PENDING&limit=1000");
        assertThat(pending.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode action : pending.body()) {
            if (action.get("groupId").asText().equals(groupId)) {
                mine = action;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.has("eventId")).isTrue();
        assertThat(mine.get("eventId").isNull()).isTrue();
        String id = mine.get("id").asText();

        Reply acked = api.post("/api/v1/actions/" + id + "/ack", "{\"status\":\"DONE\",\"detail\":\"已发送 ✅\"}");
        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.body().get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT status FROM qf_action WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");

        assertThat(api.post("/api/v1/actions/" + id + "/ack", "{\"status\":\"DONE\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/actions/" + id + "/ack", "{\"status\":\"FAILED\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/actions?status=PENDING&limit=1000").body().findValuesAsText("id"))
                .doesNotContain(id);
    }

    @Test
    void badQueriesAndAcks_areRefused() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");

        assertThat(api.get("/api/v1/actions?limit=5000").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/actions?status=LOST").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/actions/nope/ack", "{\"status\":\"DONE\"}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/actions/nope/ack", "{\"status\":\"MAYBE\"}")
                        .status())
                .isEqualTo(400);
    }
}
