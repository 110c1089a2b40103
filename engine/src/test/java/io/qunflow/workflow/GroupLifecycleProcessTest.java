package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drives the shipped lifecycle through its phases with the timers fired by the test. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "workflows/group-lifecycle.bpmn")
class GroupLifecycleProcessTest {

    /** Records what the process asked of the application, in order. */
    public static class Recorder {
        final List<String> phases = new ArrayList<>();
        final List<String> posts = new ArrayList<>();
        final List<String> ruleSets = new ArrayList<>();
        double activityRate;
        long daysInPhase;

        public void enter(DelegateExecution execution, String phase) {
            phases.add(phase);
        }
    }

    private final Recorder recorder = new Recorder();

    @BeforeEach
    void mockDelegates(ProcessEngine engine) {
        // The assertions remember an engine per thread: an API test before this one may have left
        // the application's engine there, where the mocks below do not apply.
        init(engine);
        Mocks.register("lifecyclePhases", recorder);
        Mocks.register(
                "enterPhaseDelegate", (JavaDelegate) e -> recorder.phases.add((String) e.getVariableLocal("phase")));
        Mocks.register("postContentDelegate", (JavaDelegate) e -> recorder.posts.add(e.getVariableLocal("source")
                + (e.hasVariableLocal("purpose") ? " " + e.getVariableLocal("purpose") : "")));
        Mocks.register("runRuleSetDelegate", (JavaDelegate)
                e -> recorder.ruleSets.add((String) e.getVariableLocal("ruleSet")));
        Mocks.register("measureActivityDelegate", (JavaDelegate) e -> {
            e.setVariable("activityRate", recorder.activityRate);
            e.setVariable("daysInPhase", recorder.daysInPhase);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** Fires the one timer the group waits on, as the job executor would when it falls due. */
    private static void fireTimer(ProcessInstance group) {
        execute(managementService()
                .createJobQuery()
                .processInstanceId(group.getId())
                .singleResult());
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("launchPeriod", "P1D");
        variables.put("topicInterval", "P1D");
        variables.put("warmUpMaxDays", 14);
        variables.put("warmUpActivityThreshold", 0.3);
        variables.put("promotionPeriod", "P7D");
        variables.put("promotionActivityThreshold", 0.5);
        return runtimeService().startProcessInstanceByKey("group-lifecycle", "group-1", variables);
    }

    @Test
    void lifecycle_runsLaunchWarmUpPromotionPruning_thenBackToWarmUp() {
        ProcessInstance group = start();
        assertThat(group).hasPassed("Task_AnnouncePositioning").isWaitingAt("Timer_LaunchPeriod");
        assertThat(recorder.posts).containsExactly("POSITIONING");

        fireTimer(group);
        assertThat(group).isWaitingAt("Timer_DailyTopic");
        assertThat(recorder.posts).containsExactly("POSITIONING", "CALENDAR TOPIC");

        recorder.activityRate = 0.1;
        fireTimer(group);
        assertThat(group).isWaitingAt("Timer_DailyTopic");
        assertThat(recorder.posts).containsExactly("POSITIONING", "CALENDAR TOPIC", "CALENDAR TOPIC");

        recorder.activityRate = 0.4;
        fireTimer(group);
        assertThat(group).hasPassed("EndEvent_WarmUpDone", "Task_RunCampaign").isWaitingAt("Timer_CampaignRuns");

        recorder.activityRate = 0.2;
        fireTimer(group);
        assertThat(group)
                .hasPassedInOrder(
                        "Task_RunCampaign", "Task_RunPruningRules", "Task_MeasureAfterPruning", "Gateway_NextCycle")
                .isWaitingAt("Timer_DailyTopic");
        assertThat(recorder.ruleSets).containsExactly("pruning");
        assertThat(recorder.phases).containsExactly("LAUNCH", "WARM_UP", "PROMOTION", "PRUNING", "WARM_UP");
    }

    @Test
    void warmUp_endsAfterItsMaximumDaysEvenWhenQuiet() {
        ProcessInstance group = start();
        fireTimer(group);

        recorder.activityRate = 0.0;
        recorder.daysInPhase = 14;
        fireTimer(group);

        assertThat(group).hasPassed("EndEvent_WarmUpDone").isWaitingAt("Timer_CampaignRuns");
    }

    @Test
    void activeGroup_goesFromPruningStraightBackToPromotion() {
        ProcessInstance group = start();
        fireTimer(group);
        recorder.activityRate = 0.9;
        fireTimer(group);
        fireTimer(group);

        assertThat(group)
                .hasPassedInOrder("Task_RunCampaign", "Gateway_NextCycle", "Task_RunCampaign")
                .isWaitingAt("Timer_CampaignRuns");
        assertThat(recorder.phases).containsExactly("LAUNCH", "WARM_UP", "PROMOTION", "PRUNING", "PROMOTION");
    }

    @Test
    void dissolvedGroup_isArchivedFromAnyStep() {
        ProcessInstance group = start();
        fireTimer(group);
        assertThat(group).isWaitingAt("Timer_DailyTopic");

        runtimeService()
                .createMessageCorrelation("GroupDissolved")
                .processInstanceBusinessKey("group-1")
                .correlate();

        assertThat(group).hasPassed("Task_ArchiveGroup").isEnded();
        assertThat(recorder.phases).endsWith("ARCHIVED");
    }
}
