package io.qunflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class BackgroundThreadsApiTest {

    @LocalServerPort
    int port;

    @Test
    void prometheus_showsTheThreadsAndQueueOfEveryBackgroundPool() {
        Reply scrape = ApiClient.withKey(port, "qf_dev_key").get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        for (String pool :
                List.of("qunflow-webhooks", "qunflow-webhook-send", "qunflow-backtest", "qunflow-demo-loader")) {
            String tag = "name=\"" + pool + "\"";
            assertThat(scrape.raw())
                    .as(pool)
                    .containsPattern("executor_active_threads\\{[^}]*" + tag + "[^}]*} [0-9.]+")
                    .containsPattern("executor_queued_tasks\\{[^}]*" + tag + "[^}]*} [0-9.]+")
                    .containsPattern("executor_completed_tasks_total\\{[^}]*" + tag + "[^}]*} [0-9.]+");
        }
        assertThat(scrape.raw())
                .as("the webhook sends run on at most eight threads")
                .containsPattern("executor_pool_max_threads\\{[^}]*name=\"qunflow-webhook-send\"[^}]*} [1-8]\\.0");
    }
}
