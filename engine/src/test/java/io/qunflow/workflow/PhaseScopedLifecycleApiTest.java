package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.rules.RulePublishingTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-through, through the API only: a designer adds a phase to the lifecycle,
 * compliance scopes a rule and a parameter to it, the designer migrates a running group, and that
 * group's next events are decided by the phase's rules while a group left behind is not.
 */
@RulePublishingTest
class PhaseScopedLifecycleApiTest {

    private static final String PRESALE_RULE = """

            rule "A check-in during pre-sale earns a pre-sale bonus"
            when
                io.qunflow.rules.model.GroupContext( phase == "PRESALE" )
                $c : io.qunflow.rules.model.CheckInStreak( firstToday )
                $v : io.qunflow.rules.model.Verdict( )
            then
                $v.grantPoints($c.memberId(), 7, "预售期签到加赠 7 积分");
            end
            """;

    /** The lifecycle check-in groups run (the groups below are check-in groups). */
    private static final String LIFECYCLE = "group-lifecycle-checkin";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Test
    void aPhaseAddedInTheModeler_scopesRulesAndParameters_forTheGroupsMigratedIntoIt() {
        ApiClient connector = ApiClient.withKey(port, "qf_dev_key");
        ApiClient compliance = ApiClient.asUser(port, "compliance", "qunflow");
        ApiClient designer = ApiClient.asUser(port, "designer", "qunflow");
        String moved = group(connector, "迁移到预售期的群");
        String stayed = group(connector, "留在旧版本的群");
        int before = designer.get("/api/v1/groups/" + moved)
                .body()
                .get("workflowVersion")
                .asInt();

        assertThat(designer.get("/api/v1/groups/" + moved)
                        .body()
                        .get("workflowKey")
                        .asText())
                .isEqualTo(LIFECYCLE);

        // The designer adds "PRESALE" between the launch period and warm-up, with a wait of its own.
        String current = designer.get("/api/v1/workflows/" + LIFECYCLE + "/xml").raw();
        Reply deployed = Bpmn.deploy(port, "designer", withPresale(current));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        int presaleVersion =
                deployed.body().get("definitions").get(0).get("version").asInt();
        assertThat(presaleVersion).isGreaterThan(before);
        JsonNode phases = designer.get("/api/v1/phases").body();
        assertThat(phases.findValuesAsText("name")).contains("LAUNCH", "PRESALE", "WARM_UP", "ARCHIVED");
        JsonNode presale = find(phases, "PRESALE");
        assertThat(presale.get("label").asText()).isEqualTo("预售 Pre-sale");
        assertThat(presale.get("workflowVersion").asInt()).isEqualTo(presaleVersion);

        // Compliance scopes a parameter and a rule to the new phase.
        Reply scoped = compliance.put("/api/v1/parameters/rewards.checkin-points/scopes", """
                {"phase":"PRESALE","value":"12","comment":"预售期签到积分加倍"}""");
        assertThat(scoped.status()).as(scoped.raw()).isEqualTo(200);
        String rewards =
                compliance.get("/api/v1/rulesets/rewards").body().get("source").asText();
        Reply published = compliance.post(
                "/api/v1/rulesets/rewards/versions",
                "{\"source\":" + JsonNodeFactory.instance.textNode(rewards + PRESALE_RULE) + ",\"comment\":\"预售期规则\"}");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);

        // The plan first: the group can move and nothing moves yet; then the move.
        String request = "{\"toVersion\":%d,\"groupIds\":[\"%s\"],\"dryRun\":%s}";
        Reply plan = designer.post(
                "/api/v1/workflows/" + LIFECYCLE + "/migrations", request.formatted(presaleVersion, moved, "true"));
        assertThat(plan.status()).as(plan.raw()).isEqualTo(200);
        assertThat(plan.body().get("plan").get(0).get("ok").asBoolean()).isTrue();
        assertThat(designer.get("/api/v1/groups/" + moved)
                        .body()
                        .get("workflowVersion")
                        .asInt())
                .isEqualTo(before);
        Reply migrated = designer.post(
                "/api/v1/workflows/" + LIFECYCLE + "/migrations", request.formatted(presaleVersion, moved, "false"));
        assertThat(migrated.status()).as(migrated.raw()).isEqualTo(200);
        assertThat(migrated.body().get("plan").get(0).get("toVersion").asInt()).isEqualTo(presaleVersion);
        assertThat(designer.get("/api/v1/groups/" + moved)
                        .body()
                        .get("workflowVersion")
                        .asInt())
                .isEqualTo(presaleVersion);
        assertThat(designer.get("/api/v1/groups/" + stayed)
                        .body()
                        .get("workflowVersion")
                        .asInt())
                .isEqualTo(before);
        assertThat(designer.get("/api/v1/audit?subjectType=workflow").raw())
                .contains("1 of 1 running groups moved to version " + presaleVersion);

        // The launch period ends for both; only the migrated group enters pre-sale.
        endLaunchPeriod(connector, moved);
        endLaunchPeriod(connector, stayed);
        assertThat(connector.get("/api/v1/groups/" + moved).body().get("phase").asText())
                .isEqualTo("PRESALE");
        assertThat(connector.get("/api/v1/groups/" + stayed).body().get("phase").asText())
                .isEqualTo("WARM_UP");

        JsonNode inPresale = checkIn(connector, moved);
        assertThat(inPresale.get("decisions").findValuesAsText("rule"))
                .contains("A check-in during pre-sale earns a pre-sale bonus");
        assertThat(inPresale.get("actions").findValuesAsText("points")).contains("12", "7");
        JsonNode elsewhere = checkIn(connector, stayed);
        assertThat(elsewhere.get("decisions").findValuesAsText("rule"))
                .doesNotContain("A check-in during pre-sale earns a pre-sale bonus")
                .contains("A check-in during warm-up earns warm-up bonus points");
        assertThat(elsewhere.get("actions").findValuesAsText("points")).doesNotContain("12");
    }

    @Test
    void migrations_refuseUnknownVersionsAndGroups_andDesignersOnly() {
        ApiClient designer = ApiClient.asUser(port, "designer", "qunflow");
        Reply unknownVersion =
                designer.post("/api/v1/workflows/" + LIFECYCLE + "/migrations", "{\"toVersion\":999,\"dryRun\":true}");
        assertThat(unknownVersion.status()).isEqualTo(404);
        Reply noVersion = designer.post("/api/v1/workflows/" + LIFECYCLE + "/migrations", "{\"dryRun\":true}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.raw()).contains("toVersion");
        Reply unknownGroup = designer.post(
                "/api/v1/workflows/" + LIFECYCLE + "/migrations",
                "{\"toVersion\":1,\"groupIds\":[\"no-such-group\"],\"dryRun\":true}");
        assertThat(unknownGroup.status()).isEqualTo(404);
        Reply operator = ApiClient.asUser(port, "operator", "qunflow")
                .post("/api/v1/workflows/" + LIFECYCLE + "/migrations", "{\"toVersion\":1,\"dryRun\":true}");
        assertThat(operator.status()).isEqualTo(403);
    }

    private static String group(ApiClient connector, String name) {
        String id = "phase-" + UUID.randomUUID();
        Reply created = connector.post("/api/v1/groups", """
                {"id":"%s","name":"%s","intro":"预售期试点","type":"CHECKIN"}""".formatted(id, name));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Reply joined = connector.post("/api/v1/groups/" + id + "/events", """
                {"eventId":"%s-join","type":"MEMBER_JOINED","memberId":"early-bird","at":"2026-12-01T09:00:00+08:00",
                 "payload":{"nickname":"早起鸟","channel":"live-code-a"}}""".formatted(id));
        assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        return id;
    }

    private void endLaunchPeriod(ApiClient connector, String groupId) {
        String instance = connector
                .get("/api/v1/groups/" + groupId)
                .body()
                .get("processInstanceId")
                .asText();
        List<Job> timers = new ArrayList<>(
                management.createJobQuery().processInstanceId(instance).timers().list());
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }

    private static JsonNode checkIn(ApiClient connector, String groupId) {
        Reply reply = connector.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-checkin","type":"CHECKED_IN","memberId":"early-bird","at":"2026-12-02T08:00:00+08:00",
                 "payload":{}}""".formatted(groupId));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode find(JsonNode phases, String name) {
        for (JsonNode phase : phases) {
            if (phase.get("name").asText().equals(name)) {
                return phase;
            }
        }
        throw new AssertionError("No phase " + name + " in " + phases);
    }

    /** The check-in lifecycle with an "Enter phase" step and a three-day wait before warm-up. */
    private static String withPresale(String xml) {
        String presale = """
                <bpmn:serviceTask id="Task_EnterPresale" name="进入预售期" camunda:delegateExpression="${enterPhaseDelegate}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="phase">PRESALE</camunda:inputParameter>
                      <camunda:inputParameter name="label">预售 Pre-sale</camunda:inputParameter>
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                  <bpmn:incoming>Flow_ToWarmUp</bpmn:incoming>
                  <bpmn:outgoing>Flow_ToPresaleWait</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="Timer_Presale" name="预售期">
                  <bpmn:incoming>Flow_ToPresaleWait</bpmn:incoming>
                  <bpmn:outgoing>Flow_PresaleToWarmUp</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="TimerDefinition_Presale">
                    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_ToPresaleWait" sourceRef="Task_EnterPresale" targetRef="Timer_Presale" />
                <bpmn:sequenceFlow id="Flow_PresaleToWarmUp" sourceRef="Timer_Presale" targetRef="Task_EnterWarmUp" />
                """;
        String changed = xml.replaceFirst(
                        "(<bpmn:sequenceFlow id=\"Flow_ToWarmUp\" sourceRef=\"Timer_LaunchPeriod\" )targetRef=\"Task_EnterWarmUp\"",
                        "$1targetRef=\"Task_EnterPresale\"")
                .replace(
                        "<bpmn:incoming>Flow_ToWarmUp</bpmn:incoming>",
                        "<bpmn:incoming>Flow_PresaleToWarmUp</bpmn:incoming>")
                .replace("</bpmn:process>", presale + "</bpmn:process>");
        assertThat(changed).contains("targetRef=\"Task_EnterPresale\"");
        return changed;
    }
}
