package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.SessionWaits;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One group id created twice at the same moment (a connector's retry sent to another node). The
 * first is stored and not yet committed when the second comes in through the API, on its own
 * connection and thread, and passes the existence check (the first is not visible yet); the first
 * commits only once the second has answered or waits for the row the first holds, so neither
 * outcome depends on timing. H2 refuses the second's insert at once, PostgreSQL once the first
 * commits: both must be the plain 409 of an existing group, never a 503 "busy".
 */
@ApiTest
class ConcurrentGroupIdApiTest {

    @LocalServerPort
    int port;

    @Autowired
    GroupStore store;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGroupIdCreatedWhileAnotherCreateOfItIsStoring_is409_storesNothing_andOpensNoSecondLifecycle() {
        String id = "raced-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AtomicReference<CompletableFuture<Reply>> second = new AtomicReference<>();

        transactions.executeWithoutResult(status -> {
            store.insert(new Group(
                    id,
                    "先到的群",
                    "先到",
                    GroupType.TRAFFIC,
                    500,
                    List.of(),
                    "欢迎",
                    "群规",
                    ZoneId.of("Asia/Shanghai"),
                    Phase.LAUNCH,
                    now,
                    0,
                    null,
                    now));
            second.set(CompletableFuture.supplyAsync(
                    () -> ApiClient.withKey(port, "qf_dev_key").post("/api/v1/groups", """
                            {"id":"%s","name":"后到的群","intro":"后到","type":"FLASH"}""".formatted(id))));
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> second.get().isDone() || SessionWaits.aSessionWaitsIn(jdbc, "INSERT INTO qf_group "));
        });

        Reply refused = second.get().join();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).isEqualTo("Group '" + id + "' already exists");
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("社群 " + id + " 已存在");
        assertThat(jdbc.sql("SELECT name FROM qf_group WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("先到的群");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .isZero();
    }
}
