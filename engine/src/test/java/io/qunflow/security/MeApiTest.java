package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class MeApiTest {

    @LocalServerPort
    int port;

    @Test
    void me_namesThePersonAndTheirRoles() {
        Reply reply = ApiClient.asUser(port, "compliance", "qunflow").get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("username").asText()).isEqualTo("compliance");
        assertThat(reply.body().get("roles")).extracting(n -> n.asText()).containsExactly("COMPLIANCE");
    }

    @Test
    void me_forAKey_namesItsScopes() {
        Reply reply = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/me");

        assertThat(reply.body().get("username").asText()).isEqualTo("key:dev");
        assertThat(reply.body().get("roles")).isEmpty();
        assertThat(reply.body().get("scopes")).extracting(n -> n.asText()).contains("events", "workflows:read");
    }

    @Test
    void me_withoutCredentials_is401() {
        assertThat(ApiClient.withKey(port, null).get("/api/v1/me").status()).isEqualTo(401);
    }
}
