package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deploying as an integrator codes it from the API contract: a file the XML parser cannot read as
 * BPMN is a 400 whose field problem a Chinese reader can read too, and nothing is deployed.
 */
@ApiTest
class WorkflowContractApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Test
    void aFileTheParserCannotRead_isRefusedWithItsLineInChineseToo_andNothingIsDeployed() {
        long deployments = repository.createDeploymentQuery().count();

        Reply refused = Bpmn.deploy(port, "designer", "<definitions>\n  <process id=\"p\">\n</definitions>");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("detailZh").asText()).isEqualTo("这个文件不是 BPMN 2.0 流程图");
        String message = refused.body().at("/errors/0/message").asText();
        String messageZh = refused.body().at("/errors/0/messageZh").asText();
        assertThat(refused.body().at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(messageZh).startsWith("第 3 行").contains("流程图有误", message);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }
}
