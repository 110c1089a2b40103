package io.qunflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An address refused before it reaches the API (by the request firewall, or by Tomcat itself) is
 * answered like every other refusal: problem+json with the words in English and Chinese, and the
 * refused address as its {@code instance}, not the server's internal {@code /error}.
 */
@ApiTest
class RefusedAddressApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAddressTheFirewallRefuses_isA400InBothLanguages_namingTheAddress() {
        Reply reply = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/groups/a;b");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(reply.body().get("detail").asText())
                .isEqualTo("The request was refused before it reached the API: Bad Request");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("请求在到达接口之前被拒绝：请求有误");
        assertThat(reply.body().get("instance").asText()).isEqualTo("/api/v1/groups/a;b");
    }

    @Test
    void anAddressTomcatRefuses_isA400InBothLanguages() {
        Reply reply = ApiClient.withKey(port, "qf_dev_key").get("/api/v1/groups/a%2Fb");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(reply.body().get("title").asText()).isEqualTo("Bad Request");
        assertThat(reply.body().get("detail").asText()).isEqualTo("The request was refused before it reached the API");
        assertThat(reply.body().get("detailZh").asText()).isEqualTo("请求在到达接口之前被拒绝：地址有误");
    }
}
