package io.qunflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit trail as an integrator codes it from the API contract, where ids are strings: an
 * entry's id is one too, so a client that stores ids as strings reads it without a special case.
 */
@ApiTest
class AuditContractApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAuditEntry_saysWhoChangedWhatWhenAndWhy_underAStringId() {
        TestGroup group = TestGroup.of(port).idStartingWith("audit-contract").open();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        assertThat(operator.put("/api/v1/groups/" + group.id, """
                        {"name":"宝妈育儿群②","comment":"改名 🎉"}""").status()).isEqualTo(200);

        Reply trail = operator.get("/api/v1/audit?subject=" + group.id);

        assertThat(trail.status()).isEqualTo(200);
        JsonNode entry = trail.body().get(0);
        assertThat(entry.get("id").isTextual()).as(entry.toString()).isTrue();
        assertThat(entry.get("id").asText()).isNotBlank();
        assertThat(entry.get("actor").asText()).isEqualTo("operator");
        assertThat(entry.get("subject").asText()).isEqualTo(group.id);
        assertThat(entry.get("comment").asText()).isEqualTo("改名 🎉");
        assertThat(entry.get("at").asText()).isNotBlank();
    }
}
