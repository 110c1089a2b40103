package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
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

        // Every case that gets through is reported, not only the first.
        SoftAssertions.assertSoftly(softly -> {
            for (HostileBpmn.Case attack : cases) {
                Reply refused = Bpmn.deploy(port, "designer", attack.xml());
                softly.assertThat(refused.status()).as(attack.name()).isEqualTo(400);
                softly.assertThat(refused.contentType()).as(attack.name()).startsWith("application/problem+json");
                softly.assertThat(refused.raw()).as(attack.name()).contains(attack.blamed());
                if (refused.body() != null && refused.body().has("errors")) {
                    softly.assertThat(refused.body()
                                    .get("errors")
                                    .get(0)
                                    .get("messageZh")
                                    .asText())
                            .as(attack.name())
                            .isNotBlank();
                }
                softly.assertThat(marker).as(attack.name()).doesNotExist();
            }
        });
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
                .contains("suspended version 1", "Refused by today's checks: ", "未通过现行检查，已暂停：");
    }

    @Test
    void loopsThatWait_andBoundedMultiInstances_stillDeploy() {
        Reply deployed = Bpmn.deploy(port, "designer", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
                  <bpmn:process id="waiting-loops" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F5</bpmn:incoming><bpmn:incoming>F6</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                    <bpmn:task id="Every" camunda:asyncBefore="true">
                      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R10/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                      <bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                      <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">1000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
                    </bpmn:task>
                    <bpmn:userTask id="Ask"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing></bpmn:userTask>
                    <bpmn:boundaryEvent id="Remind" attachedToRef="Ask" cancelActivity="true"><bpmn:outgoing>F6</bpmn:outgoing>
                      <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1000/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:intermediateCatchEvent id="NextDay"><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing>
                      <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Every" />
                    <bpmn:sequenceFlow id="F3" sourceRef="Every" targetRef="Ask" />
                    <bpmn:sequenceFlow id="F4" sourceRef="Ask" targetRef="NextDay" />
                    <bpmn:sequenceFlow id="F5" sourceRef="NextDay" targetRef="Again" />
                    <bpmn:sequenceFlow id="F6" sourceRef="Remind" targetRef="Again" />
                  </bpmn:process>
                </bpmn:definitions>
                """);
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        // Work in parallel each round, joined before the wait; a reminder that leads out of the loop.
        Reply parallelRounds = Bpmn.deploy(port, "designer", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
                  <bpmn:process id="parallel-rounds" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F8</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                    <bpmn:parallelGateway id="Split"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:outgoing>F4</bpmn:outgoing></bpmn:parallelGateway>
                    <bpmn:task id="Post"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing></bpmn:task>
                    <bpmn:task id="Measure"><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F6</bpmn:outgoing></bpmn:task>
                    <bpmn:parallelGateway id="Join"><bpmn:incoming>F5</bpmn:incoming><bpmn:incoming>F6</bpmn:incoming><bpmn:outgoing>F7</bpmn:outgoing></bpmn:parallelGateway>
                    <bpmn:userTask id="Ask"><bpmn:incoming>F7</bpmn:incoming><bpmn:outgoing>F8</bpmn:outgoing></bpmn:userTask>
                    <bpmn:boundaryEvent id="Remind" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>F9</bpmn:outgoing>
                      <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R30/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:endEvent id="Reminded"><bpmn:incoming>F9</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Split" />
                    <bpmn:sequenceFlow id="F3" sourceRef="Split" targetRef="Post" />
                    <bpmn:sequenceFlow id="F4" sourceRef="Split" targetRef="Measure" />
                    <bpmn:sequenceFlow id="F5" sourceRef="Post" targetRef="Join" />
                    <bpmn:sequenceFlow id="F6" sourceRef="Measure" targetRef="Join" />
                    <bpmn:sequenceFlow id="F7" sourceRef="Join" targetRef="Ask" />
                    <bpmn:sequenceFlow id="F8" sourceRef="Ask" targetRef="Again" />
                    <bpmn:sequenceFlow id="F9" sourceRef="Remind" targetRef="Reminded" />
                  </bpmn:process>
                </bpmn:definitions>
                """);
        assertThat(parallelRounds.status()).as(parallelRounds.raw()).isEqualTo(201);
        // Thirteen doublings (8,192) stay within the bound; the fourteenth is a hostile case.
        Reply wide = Bpmn.deploy(port, "designer", HostileFlowBpmn.forkBomb(13).replace("\"hostile\"", "\"wide\""));
        assertThat(wide.status()).as(wide.raw()).isEqualTo(201);
        // A loop may set the variable its timer waits on to a written-out duration of a minute or more.
        Reply ownInterval =
                Bpmn.deploy(port, "designer", HostileBpmn.process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="topicInterval">PT1H</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:task>
                <bpmn:intermediateCatchEvent id="NextTopic"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="NextTopic" />
                <bpmn:sequenceFlow id="F3" sourceRef="NextTopic" targetRef="Post" />""").replace("\"hostile\"", "\"own-interval\""));
        assertThat(ownInterval.status()).as(ownInterval.raw()).isEqualTo(201);
    }

    @Test
    void aProcessCallingOneDeployedEarlierThatCallsItBack_isRefused_andNotDeployed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "calls-back-" + suffix;
        String second = "called-first-" + suffix;
        String third = "calls-the-chain-" + suffix;
        // The first process calls one that does not exist yet: nothing loops, it deploys.
        assertThat(Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(first, callActivity(second)))
                        .status())
                .isEqualTo(201);

        Reply refused = Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(second, callActivity(first)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.raw())
                .contains("\"elementId\":\"Task\"")
                .contains("calls " + first + ", which leads back to the process " + second);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(second)
                        .count())
                .isZero();
        // Calling into the chain without closing a loop is fine.
        Reply chain = Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(third, callActivity(first)));
        assertThat(chain.status()).as(chain.raw()).isEqualTo(201);
    }

    @Test
    void twoStoredProcessesThatCallEachOther_areBothSuspendedAtStart() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String one = "stored-one-" + suffix;
        String other = "stored-other-" + suffix;
        // Stored the way a database from before the check would hold them.
        for (String[] pair : new String[][] {{one, other}, {other, one}}) {
            repository
                    .createDeployment()
                    .addString(pair[0] + ".bpmn", Bpmn.oneTaskThenWait(pair[0], callActivity(pair[1])))
                    .deploy();
        }

        storedCheck.checkStoredDefinitions();

        for (String key : List.of(one, other)) {
            ProcessDefinition stored = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .singleResult();
            assertThat(stored.isSuspended()).as(key).isTrue();
            assertThat(storedCheck.refusal(stored.getId()))
                    .extracting(WorkflowProblem::message)
                    .anyMatch(m -> m.contains("would call itself forever"));
        }
    }

    @Test
    void aCallThatShortensTheTimerOfADeployedLoop_isRefused_whicheverIsDeployedFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String looping = "waits-on-interval-" + suffix;
        // Alone, the loop waits as long as Qunflow's topicInterval: it deploys.
        Reply loop = Bpmn.deploy(port, "designer", loopOnTopicInterval(looping));
        assertThat(loop.status()).as(loop.raw()).isEqualTo(201);
        long deployments = repository.createDeploymentQuery().count();

        Map<String, String> callers = Map.of(
                "mapped-" + suffix,
                callActivity(looping, "<camunda:in source=\"warmUpMaxDays\" target=\"topicInterval\" />"),
                "copies-all-" + suffix,
                callActivity(looping, "<camunda:in variables=\"all\" />")
                        .replace(
                                "<bpmn:extensionElements>",
                                "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter"
                                        + " name=\"topicInterval\">PT0S</camunda:inputParameter></camunda:inputOutput>"));
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            Reply refused = Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(caller.getKey(), caller.getValue()));
            assertThat(refused.status())
                    .as(caller.getKey() + ": " + refused.raw())
                    .isEqualTo(400);
            assertThat(refused.raw())
                    .as(caller.getKey())
                    .contains("\"elementId\":\"Task\"", "topicInterval (read by Tick)", looping);
            assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                    .contains("topicInterval");
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(caller.getKey())
                            .count())
                    .isZero();
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        // The other order: the caller is deployed while nothing it calls exists, then the loop.
        String earlyCaller = "calls-ahead-" + suffix;
        String lateLoop = "deployed-later-" + suffix;
        Reply ahead = Bpmn.deploy(
                port,
                "designer",
                Bpmn.oneTaskThenWait(
                        earlyCaller,
                        callActivity(lateLoop, "<camunda:in source=\"warmUpMaxDays\" target=\"topicInterval\" />")));
        assertThat(ahead.status()).as(ahead.raw()).isEqualTo(201);

        Reply refused = Bpmn.deploy(port, "designer", loopOnTopicInterval(lateLoop));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.raw()).contains("\"elementId\":\"Post\"", "topicInterval (read by Tick)", earlyCaller);
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .contains(earlyCaller);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(lateLoop)
                        .count())
                .isZero();
        // The early caller's instances find nothing to call: no loop of it ever runs.
        runDueJobsAfterAGroupStarts();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(lateLoop)
                        .count())
                .isZero();
    }

    /** A process that posts, waits ${topicInterval} at {@code Tick}, and posts again. */
    static String loopOnTopicInterval(String process) {
        return HostileBpmn.process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="Tick"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="Tick" />
                <bpmn:sequenceFlow id="F3" sourceRef="Tick" targetRef="Post" />""").replace("\"hostile\"", "\"" + process + "\"");
    }

    static String callActivity(String called, String mappings) {
        return """
                <bpmn:callActivity id="Task" calledElement="%s"><bpmn:extensionElements>%s</bpmn:extensionElements><bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing></bpmn:callActivity>""".formatted(called, mappings);
    }

    /** Starts a group on whatever lifecycle is deployed and runs every job due now, whatever fails. */
    private void runDueJobsAfterAGroupStarts() {
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
    }

    private static String callActivity(String called) {
        return """
                <bpmn:callActivity id="Task" calledElement="%s"><bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing></bpmn:callActivity>""".formatted(called);
    }

    @Test
    void aComputedMultiInstanceCount_isHeldToAThousandWhenItStarts() {
        String process = "many-" + UUID.randomUUID().toString().substring(0, 8);
        Reply deployed = Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(process, """
                <bpmn:task id="Task"><bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                  <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${count}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
                </bpmn:task>"""));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        String byCollection = "each-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Bpmn.deploy(port, "designer", Bpmn.oneTaskThenWait(byCollection, """
                        <bpmn:task id="Task"><bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                          <bpmn:multiInstanceLoopCharacteristics camunda:collection="items" camunda:elementVariable="item" />
                        </bpmn:task>"""))
                        .status())
                .isEqualTo(201);
        long instances = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(process, Map.of("count", 100_000_000)))
                .hasMessageContaining("Task")
                .hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                        byCollection, Map.of("items", Collections.nCopies(1001, "x"))))
                .hasMessageContaining("at most 1000");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);

        assertThat(runtime.startProcessInstanceByKey(process, Map.of("count", 3))
                        .isEnded())
                .isFalse();
        assertThat(runtime.startProcessInstanceByKey(byCollection, Map.of("items", List.of("a", "b")))
                        .isEnded())
                .isFalse();
    }

    @Test
    void everyShippedWorkflowAndElementTemplate_stillDeploys() {
        for (String shipped : List.of(
                "group-lifecycle",
                "group-lifecycle-traffic",
                "group-lifecycle-content",
                "group-lifecycle-flash",
                "group-lifecycle-checkin",
                "group-sop",
                "owner-task")) {
            Reply deployed = Bpmn.deploy(port, "designer", Bpmn.shipped(shipped));
            assertThat(deployed.status()).as(shipped + ": " + deployed.raw()).isEqualTo(201);
        }
        for (String template : ElementTemplates.ids()) {
            Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagram(template));
            assertThat(deployed.status()).as(template + ": " + deployed.raw()).isEqualTo(201);
        }
    }
}
