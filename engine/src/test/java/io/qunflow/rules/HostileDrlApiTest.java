package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every hostile source of {@link HostileDrl}, through the API as compliance staff would send it:
 * validate answers it invalid with the offending line, publish and dry-run refuse it with a 400,
 * and nothing of it ran: the marker file it would write does not exist, the secret property and
 * the PATH it would read appear in no answer, no evaluation thread was given up, the active
 * version did not change, and every answer came back promptly.
 */
@ApiTest
class HostileDrlApiTest {

    private static final String SECRET_PROPERTY = "qunflow.hostile.secret";
    private static final String SECRET = "secret-" + UUID.randomUUID();
    /** A sanity bound for a loaded two-core machine; a refusal takes milliseconds. */
    private static final Duration PROMPT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    static Path marker;

    @BeforeAll
    static void plantSecrets() throws Exception {
        System.setProperty(SECRET_PROPERTY, SECRET);
        marker = Files.createTempDirectory("qunflow-hostile").resolve("ran");
    }

    @AfterAll
    static void removeSecrets() {
        System.clearProperty(SECRET_PROPERTY);
    }

    private static String json(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    @Test
    void everyHostileSource_isRefusedByValidatePublishAndDryRun_andNothingOfItRan() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int activeBefore = engine.activeVersion("moderation");
        long abandonedBefore = EvaluationWorkers.SHARED.abandonedTotal();
        String path = System.getenv("PATH");
        List<String> answers = new ArrayList<>();

        for (HostileDrl.Case hostile : HostileDrl.all()) {
            String source = hostile.with(marker.toString(), SECRET_PROPERTY);
            long started = System.nanoTime();

            Reply validated =
                    compliance.post("/api/v1/rulesets/moderation/validate", "{\"source\":" + json(source) + "}");
            Reply published = compliance.post(
                    "/api/v1/rulesets/moderation/versions",
                    "{\"source\":" + json(source) + ",\"comment\":\"hostile\"}");
            Reply dryRun = compliance.post(
                    "/api/v1/rulesets/moderation/dry-run",
                    "{\"source\":" + json(source) + ",\"events\":[{\"type\":\"MESSAGE_POSTED\",\"memberId\":\"m1\","
                            + "\"at\":\"2026-11-11T20:00:00+08:00\",\"payload\":{\"text\":\"加微信 hi\"}}]}");

            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as(hostile.toString())
                    .isLessThan(PROMPT);
            assertThat(validated.status()).as(hostile.toString()).isEqualTo(200);
            assertThat(validated.body().get("valid").asBoolean())
                    .as(hostile.toString())
                    .isFalse();
            assertThat(validated.body().get("errors").get(0).get("line").asInt())
                    .as(hostile + ": " + validated.raw())
                    .isEqualTo(hostile.line());
            assertThat(validated.body().get("errors").get(0).get("column").asInt())
                    .isPositive();
            assertThat(validated.body().get("errors").get(0).get("message").asText())
                    .isNotBlank();
            assertThat(published.status()).as(hostile + ": " + published.raw()).isEqualTo(400);
            assertThat(published.body().get("errors").get(0).get("message").asText())
                    .startsWith("line " + hostile.line() + ",");
            assertThat(dryRun.status()).as(hostile + ": " + dryRun.raw()).isEqualTo(400);
            answers.add(validated.raw());
            answers.add(published.raw());
            answers.add(dryRun.raw());
        }

        assertThat(marker).doesNotExist();
        assertThat(answers).noneMatch(answer -> answer.contains(SECRET));
        if (path != null && path.length() > 8) {
            assertThat(answers).noneMatch(answer -> answer.contains(path));
        }
        assertThat(EvaluationWorkers.SHARED.abandonedTotal()).isEqualTo(abandonedBefore);
        assertThat(EvaluationWorkers.SHARED.liveWorkers()).isEqualTo(EvaluationWorkers.SHARED.size());
        assertThat(engine.activeVersion("moderation")).isEqualTo(activeBefore);
    }

    @Test
    void aDryRunAnswer_carriesTheDecisionsTextsCutToTheirBounds() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        String source = """
                package io.qunflow.rules.wordy;
                import io.qunflow.rules.model.*;
                rule "Says a great deal"
                when
                    $m : ChatMessage( )
                    $v : Verdict( )
                then
                    String many = "很长的理由".repeat(2000);
                    $v.decide("SEND_MESSAGE", many, many + many);
                end
                """;

        Reply dryRun = compliance.post(
                "/api/v1/rulesets/moderation/dry-run",
                "{\"source\":" + json(source) + ",\"events\":[{\"type\":\"MESSAGE_POSTED\",\"memberId\":\"m1\","
                        + "\"at\":\"2026-11-11T20:00:00+08:00\",\"payload\":{\"text\":\"hi\"}}]}");

        assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
        String reason = dryRun.body()
                .get("events")
                .get(0)
                .get("decisions")
                .get(0)
                .get("reason")
                .asText();
        String text = dryRun.body()
                .get("events")
                .get(0)
                .get("actions")
                .get(0)
                .get("text")
                .asText();
        assertThat(reason).hasSize(Decision.MAX_REASON).endsWith("…").startsWith("很长的理由");
        assertThat(text).hasSize(Decision.MAX_TEXT).endsWith("…");
    }
}
