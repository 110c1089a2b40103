package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published version that runs away: installed through the store, compiled without the
 * sandbox (nothing the sandbox passes can loop like this), so that the limit itself is what is
 * proven. The event is still answered, in time, by the last good version; the incident is
 * recorded and visible through the API and the audit trail; the runaway's worker was given up and
 * replaced; later events go straight to the good version.
 */
@ApiTest
class RuleFallbackApiTest {

    /** Works until its thread is interrupted, which giving the evaluation up does. */
    private static final String RUNAWAY = """
            package io.qunflow.rules.welcome;
            import io.qunflow.rules.model.MemberJoin;
            import io.qunflow.rules.model.Verdict;
            rule "Never finishes welcoming"
            when
                $j : MemberJoin( )
                $v : Verdict( )
            then
                long spins = 0;
                while (!Thread.currentThread().isInterrupted()) { spins++; }
                $v.decide("SEND_MESSAGE", "spun " + spins, "too late");
            end
            """;

    /** A sanity bound for a loaded two-core machine: the limit is one second, the fallback as long. */
    private static final Duration IN_TIME = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    @Autowired
    RuleSetStore store;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    int good;

    @AfterEach
    void restoreTheGoodVersion() {
        if (good > 0) {
            ruleSets.rollback("welcome", good, "back to the good version after the runaway test", "test");
        }
    }

    private int installRunaway() {
        good = engine.activeVersion("welcome");
        int next = store.history("welcome").get(0).version() + 1;
        tx.executeWithoutResult(status -> {
            store.insertVersion(
                    "welcome",
                    next,
                    RUNAWAY,
                    "test",
                    "a runaway installed past the sandbox",
                    OffsetDateTime.now(ZoneOffset.UTC));
            store.activate("welcome", next);
        });
        engine.activate(new RuleSetCompiler().compile("welcome", next, RUNAWAY, RuleEngine.MAX_FIRINGS));
        return next;
    }

    private Reply join(ApiClient connector, String groupId, String memberId) {
        return connector.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"MEMBER_JOINED","memberId":"%s","at":"%s","payload":{"nickname":"小新"}}""".formatted(
                        groupId + "-" + memberId, memberId, OffsetDateTime.now(ZoneOffset.ofHours(8))));
    }

    private static List<JsonNode> welcomeDecisions(Reply reply) {
        List<JsonNode> welcome = new ArrayList<>();
        reply.body().get("decisions").forEach(d -> {
            if (d.get("ruleSet").asText().equals("welcome")) {
                welcome.add(d);
            }
        });
        return welcome;
    }

    @Test
    void aRunawayVersion_isGivenUp_andTheEventIsAnsweredByTheLastGoodVersion_withAnIncident() {
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String groupId = "g-" + UUID.randomUUID();
        connector.post("/api/v1/groups", """
                {"id":"%s","name":"新人欢迎群","intro":"x","type":"CONTENT"}""".formatted(groupId));
        int runaway = installRunaway();
        long abandonedBefore = EvaluationWorkers.SHARED.abandonedTotal();
        long started = System.nanoTime();

        Reply first = join(connector, groupId, "m1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(IN_TIME);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(welcomeDecisions(first)).singleElement().satisfies(d -> {
            assertThat(d.get("ruleSetVersion").asInt()).isEqualTo(good);
            assertThat(d.get("outcome").asText()).isEqualTo("SEND_MESSAGE");
        });
        // The pool is the JVM's: another cached context may be replacing a worker of its own now.
        assertThat(EvaluationWorkers.SHARED.abandonedTotal()).isGreaterThan(abandonedBefore);
        await().atMost(IN_TIME).until(() -> EvaluationWorkers.SHARED.liveWorkers() == EvaluationWorkers.SHARED.size());
        await().atMost(IN_TIME).until(() -> EvaluationWorkers.SHARED.retiredStillRunning() == 0);

        JsonNode incident = await().atMost(IN_TIME)
                .until(
                        () -> compliance
                                .get("/api/v1/rulesets/welcome/incidents")
                                .body(),
                        body -> body.isArray()
                                && body.size() > 0
                                && body.get(0).get("version").asInt() == runaway);
        assertThat(incident.get(0).get("kind").asText()).isIn("RAN_AWAY", "TIMED_OUT");
        assertThat(incident.get(0).get("fallbackVersion").asInt()).isEqualTo(good);
        assertThat(incident.get(0).get("message").asText()).contains("ran longer than 1000 ms");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject = 'welcome' AND change LIKE 'EVALUATION_%'"
                                + " AND comment LIKE ?")
                        .param("v" + runaway + ":%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        Reply second = join(connector, groupId, "m2");

        assertThat(second.status()).isEqualTo(200);
        assertThat(welcomeDecisions(second))
                .singleElement()
                .satisfies(d -> assertThat(d.get("ruleSetVersion").asInt()).isEqualTo(good));
        if (incident.get(0).get("suspended").asBoolean()) {
            // Suspended: the runaway was not tried again, so no second evaluation was given up.
            assertThat(EvaluationWorkers.SHARED.abandonedTotal()).isEqualTo(abandonedBefore + 1);
        }
    }
}
