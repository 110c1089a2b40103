package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shipped owner-task workflow is one a designer can open, change and deploy again through the checks. */
@ApiTest
class OwnerTaskWorkflowTest {

    @LocalServerPort
    int port;

    @Test
    void deploy_theShippedOwnerTaskWorkflowPassesTheChecks() throws IOException {
        String xml = Files.readString(Path.of("../workflows/owner-task.bpmn"), StandardCharsets.UTF_8)
                .replace(
                        "<camunda:inputParameter name=\"reminderAfter\">PT4H</camunda:inputParameter>",
                        "<camunda:inputParameter name=\"reminderAfter\">PT2H</camunda:inputParameter>");

        Reply deployed = Bpmn.deploy(port, "designer", xml);

        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        assertThat(deployed.body().get("definitions").get(0).get("key").asText())
                .isEqualTo("owner-task");
    }
}
