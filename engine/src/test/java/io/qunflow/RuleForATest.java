package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One rule added to a published rule set for the length of a test, as compliance would publish it,
 * and the version that was active before rolled back to when closed. Tests that need a careless or
 * hostile rule live should scope it to their own group, since other tests share the rule sets.
 */
public final class RuleForATest implements AutoCloseable {

    private final ApiClient compliance;
    private final String ruleSet;
    private final int versionBefore;

    private RuleForATest(ApiClient compliance, String ruleSet, int versionBefore) {
        this.compliance = compliance;
        this.ruleSet = ruleSet;
        this.versionBefore = versionBefore;
    }

    /** Publishes the active source of {@code ruleSet} with {@code rule} appended. */
    public static RuleForATest publish(int port, String ruleSet, String rule, String comment) {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        JsonNode active = compliance.get("/api/v1/rulesets/" + ruleSet).body();
        ApiClient.Reply published = compliance.post(
                "/api/v1/rulesets/" + ruleSet + "/versions",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("source", active.get("source").asText() + "\n" + rule)
                        .put("comment", comment)
                        .toString());
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return new RuleForATest(compliance, ruleSet, active.get("version").asInt());
    }

    @Override
    public void close() {
        compliance.post(
                "/api/v1/rulesets/" + ruleSet + "/rollback",
                "{\"version\":%d,\"comment\":\"测试结束，回滚\"}".formatted(versionBefore));
    }
}
