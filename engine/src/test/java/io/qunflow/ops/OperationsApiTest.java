package io.qunflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class OperationsApiTest {

    @LocalServerPort
    int port;

    @Test
    void healthLivenessAndReadiness_answerUp_withoutCredentials() {
        ApiClient anonymous = ApiClient.withKey(port, null);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body().get("status").asText()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void prometheus_showsEventsDecisionLatencyOutboxLagAndWebhookFailures_afterAnEvent() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        double before = acceptedMessages(api.get("/actuator/prometheus").raw());
        String groupId = "go-" + UUID.randomUUID();
        assertThat(api.post("/api/v1/groups", """
                {"id":"%s","name":"运维测试群","intro":"ops","type":"CONTENT"}""".formatted(groupId)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-m","type":"MESSAGE_POSTED","memberId":"m1","at":"2026-11-23T10:00:00+08:00",\
                "payload":{"text":"早上好"}}""".formatted(groupId))
                        .status())
                .isEqualTo(200);

        Reply scrape = api.get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(acceptedMessages(scrape.raw())).isEqualTo(before + 1);
        assertThat(scrape.raw())
                .contains("qunflow_decision_latency_seconds_bucket{")
                .contains("qunflow_decision_latency_seconds_count")
                .containsPattern("qunflow_outbox_lag_seconds\\{[^}]*} [0-9.E]+")
                .contains("qunflow_webhook_failures_total");
    }

    private static double acceptedMessages(String scrape) {
        Matcher m = Pattern.compile("qunflow_events_accepted_total\\{[^}]*type=\"MESSAGE_POSTED\"[^}]*} ([0-9.E]+)")
                .matcher(scrape);
        assertThat(m.find()).as("events counter in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void prometheus_isForAdminsAndMetricsKeys_only() {
        assertThat(ApiClient.withKey(port, null).get("/actuator/prometheus").status())
                .isEqualTo(401);
        Reply viewer = ApiClient.asUser(port, "viewer", "qunflow").get("/actuator/prometheus");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.asUser(port, "admin", "qunflow")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/actuator/env")
                        .status())
                .isEqualTo(403);
    }
}
