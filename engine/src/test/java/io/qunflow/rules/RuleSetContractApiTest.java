package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Publishing and rolling back as an integrator codes them from the API contract: each creates a
 * version (201), and says where that version can be read back, as every other 201 of the API does.
 */
@RulePublishingTest
class RuleSetContractApiTest {

    @LocalServerPort
    int port;

    @Test
    void publishAndRollback_answer201_withTheNewVersionsAddress_whichReadsItBack() {
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        int before =
                compliance.get("/api/v1/rulesets/welcome").body().get("version").asInt();
        String source = compliance
                .get("/api/v1/rulesets/welcome/versions/" + before)
                .body()
                .get("source")
                .asText();

        Reply published = compliance.post(
                "/api/v1/rulesets/welcome/versions", PublishApiTest.body(source + "\n// 欢迎语规则说明 🎉\n", "加一行说明"));
        Reply rolledBack = compliance.post("/api/v1/rulesets/welcome/rollback", """
                {"version":%d,"comment":"去掉说明"}""".formatted(before));

        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        assertThat(published.location()).isEqualTo("/api/v1/rulesets/welcome/versions/" + (before + 1));
        assertThat(rolledBack.status()).as(rolledBack.raw()).isEqualTo(201);
        assertThat(rolledBack.location()).isEqualTo("/api/v1/rulesets/welcome/versions/" + (before + 2));
        Reply readBack = compliance.get(rolledBack.location());
        assertThat(readBack.status()).isEqualTo(200);
        assertThat(readBack.body().get("version").asInt()).isEqualTo(before + 2);
        assertThat(readBack.body().get("source").asText()).isEqualTo(source);
        assertThat(readBack.body().get("comment").asText()).isEqualTo("去掉说明");
        assertThat(compliance
                        .get("/api/v1/rulesets/welcome")
                        .body()
                        .get("version")
                        .asInt())
                .isEqualTo(before + 2);
    }
}
