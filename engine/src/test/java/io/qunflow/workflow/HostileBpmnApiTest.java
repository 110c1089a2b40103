package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A designer's attacks through {@code POST /api/v1/workflows}: every hostile diagram is refused with
 * a problem that names where, nothing is deployed, and nothing ran — the marker file each payload
 * would create does not exist, not after the deploy call and not after groups start and every due
 * job runs. Behind the checks, the engine itself refuses the same payloads when a definition gets
 * in some other way.
 */
@ApiTest
class HostileBpmnApiTest {

    private static Path markers;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    StoredWorkflowCheck storedCheck;

    @BeforeAll
    static void markerDirectory() throws IOException {
        markers = Files.createTempDirectory("qf-hostile-bpmn");
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(markers)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(markers);
    }

    @Test
    void everyHostileDiagram_isRefusedWhereItIsAndNothingRuns() {
        Path marker = markers.resolve("deploy-" + UUID.randomUUID());
        List<HostileBpmn.Case> cases = HostileBpmn.all(marker.toString());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        long deployments = repository.createDeploymentQuery().count();

        for (HostileBpmn.Case attack : cases) {
            Reply refused = Bpmn.deploy(port, "designer", attack.xml());
            assertThat(refused.status()).as(attack.name()).isEqualTo(400);
            assertThat(refused.contentType()).as(attack.name()).startsWith("application/problem+json");
            assertThat(refused.raw()).as(attack.name()).contains(attack.blamed());
            assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                    .as(attack.name())
                    .isNotBlank();
            assertThat(marker).as(attack.name()).doesNotExist();
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        // Groups start on whatever lifecycle is deployed, and every due job runs: still nothing.
        ApiClient system = ApiClient.withKey(port, "qf_dev_key");
        assertThat(system.post("/api/v1/groups", """
                {"id":"hostile-%s","name":"攻击之后","intro":"x","type":"CONTENT"}""".formatted(UUID.randomUUID()))
                        .status())
                .isEqualTo(201);
        for (Job job : management.createJobQuery().executable().list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException failedJobsAreNotTheQuestionHere) {
                // Only whether anything ran matters.
            }
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aDefinitionThatGotInAnotherWay_cannotRunCodeEither() {
        Path marker = markers.resolve("engine-" + UUID.randomUUID());
        String evil = HostileBpmn.exec(marker.toString()).replace("'", "&apos;");
        String process = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        repository
                .createDeployment()
                .addString(process + ".bpmn", Bpmn.oneTask(process, """
                        <bpmn:serviceTask id="Task" camunda:expression="%s">
                          <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                        </bpmn:serviceTask>""".formatted(evil)))
                .deploy();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(process)).hasMessageContaining("getClass");
        assertThat(marker).doesNotExist();

        // Scripts cannot even be deployed past the checks: the engine has no way to make one.
        String scripted = "script-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .addString(scripted + ".bpmn", Bpmn.oneTask(scripted, """
                                <bpmn:scriptTask id="Task" scriptFormat="javascript">
                                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                                  <bpmn:script>java.lang.Runtime.getRuntime().exec('touch %s')</bpmn:script>
                                </bpmn:scriptTask>""".formatted(marker)))
                        .deploy())
                .hasStackTraceContaining("Scripts are switched off");
        assertThat(marker).doesNotExist();

        // At the next start, it is suspended and listed with its problems.
        storedCheck.checkStoredDefinitions();
        ProcessDefinition stored = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(process)
                .singleResult();
        assertThat(stored.isSuspended()).isTrue();
        assertThat(storedCheck.refusal(stored.getId())).isNotEmpty();
        Reply listed = ApiClient.asUser(port, "viewer", "qunflow").get("/api/v1/workflows");
        assertThat(listed.raw()).contains(process, "\"suspended\":true");
        assertThat(ApiClient.asUser(port, "compliance", "qunflow")
                        .get("/api/v1/audit")
                        .raw())
                .contains("suspended version 1");
    }

    @Test
    void everyShippedWorkflowAndElementTemplate_stillDeploys() {
        for (String shipped : List.of(
                "group-lifecycle",
                "group-lifecycle-traffic",
                "group-lifecycle-content",
                "group-lifecycle-flash",
                "group-lifecycle-checkin",
                "group-sop")) {
            Reply deployed = Bpmn.deploy(port, "designer", Bpmn.shipped(shipped));
            assertThat(deployed.status()).as(shipped + ": " + deployed.raw()).isEqualTo(201);
        }
        for (String template : ElementTemplates.ids()) {
            Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagram(template));
            assertThat(deployed.status()).as(template + ": " + deployed.raw()).isEqualTo(201);
        }
    }
}
