package io.qunflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live OpenAPI document is the contract clients are generated from: a call that answers 201
 * Created must say 201 there, not the 200 a generator would otherwise expect (and then treat the
 * real answer as unexpected).
 */
@ApiTest
class OpenApiCreatedApiTest {

    @LocalServerPort
    int port;

    @Test
    void everyCallThatCreates_documents201_not200() {
        Reply document = ApiClient.withKey(port, "qf_dev_key").get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.body().get("paths");

        for (String path : List.of(
                "/api/v1/groups",
                "/api/v1/workflows",
                "/api/v1/rulesets/{name}/versions",
                "/api/v1/rulesets/{name}/rollback",
                "/api/v1/groups/{groupId}/lotteries",
                "/api/v1/users")) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            assertThat(responses.has("201")).as(path + " " + responses).isTrue();
            assertThat(responses.has("200")).as(path + " " + responses).isFalse();
        }
    }
}
