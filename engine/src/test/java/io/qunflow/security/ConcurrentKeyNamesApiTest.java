package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Revisions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins, on two nodes, name keys that read alike ({@code Ops-…} and {@code ops-…}) at the same
 * moment. The second comes in through the API, on its own connection and thread, while the first
 * is between its look-alike check and its insert; the first goes on only once the second has
 * answered or is waiting for a lock the first holds, so neither outcome depends on timing.
 */
@ApiTest
class ConcurrentKeyNamesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyStore store;

    @Autowired
    AccountStore accounts;

    @Autowired
    Revisions revisions;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void lookAlikeKeyNamesCreatedAtOnce_oneIsCreated_theOtherIs409_andNotStored() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "Ops-" + suffix;
        String second = "ops-" + suffix;
        AtomicReference<CompletableFuture<Reply>> secondReply = new AtomicReference<>();
        ApiKeyStore checkedThenOtherCreate = spy(AopTestUtils.<ApiKeyStore>getUltimateTargetObject(store));
        doAnswer(read -> {
                    Object names = read.callRealMethod();
                    if (secondReply.get() == null) {
                        secondReply.set(CompletableFuture.supplyAsync(() -> ApiClient.asUser(port, "admin", "qunflow")
                                .post("/api/v1/keys", "{\"name\":\"" + second + "\",\"scopes\":[\"events\"]}")));
                        await().atMost(Duration.ofMinutes(1))
                                .until(() -> secondReply.get().isDone() || aSessionWaitsForALock());
                    }
                    return names;
                })
                .when(checkedThenOtherCreate)
                .names();
        ApiKeys keys =
                new ApiKeys(checkedThenOtherCreate, accounts, revisions, audit, clock, events, Duration.ofSeconds(60));

        ApiKeys.Created created = transactions.execute(status -> keys.create(first, List.of("events"), "admin"));

        assertThat(created.key().name()).isEqualTo(first);
        Reply refused = secondReply.get().join();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains(second, first);
        assertThat(refused.body().get("detailZh").asText()).contains("看起来和已有的 API 密钥");
        assertThat(jdbc.sql("SELECT name FROM qf_api_key WHERE LOWER(name) = ?")
                        .param(second)
                        .query(String.class)
                        .list())
                .containsExactly(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'API_KEY' AND comment LIKE ?")
                        .param("%" + suffix + "%")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    /** Whether any session of the test database waits for a row another transaction holds. */
    private boolean aSessionWaitsForALock() {
        String waiting = TestDatabase.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        return jdbc.sql(waiting).query(Integer.class).single() > 0;
    }
}
