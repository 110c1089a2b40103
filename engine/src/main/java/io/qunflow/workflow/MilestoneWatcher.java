package io.qunflow.workflow;

import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wakes the executions waiting for a milestone once their group has reached it. Polls (once a
 * minute by default): member counts, activity and orders change on the event hot path, which
 * should not pay for a process-engine query per event.
 */
@Component
class MilestoneWatcher {

    private static final Logger log = LoggerFactory.getLogger(MilestoneWatcher.class);

    private final RuntimeService runtime;
    private final MilestoneProgress progress;

    MilestoneWatcher(RuntimeService runtime, MilestoneProgress progress) {
        this.runtime = runtime;
        this.progress = progress;
    }

    @Scheduled(fixedDelayString = "${qunflow.lifecycle.milestone-check:PT1M}", initialDelayString = "PT1M")
    void signalReachedMilestones() {
        for (VariableInstance waiting : runtime.createVariableInstanceQuery()
                .variableName(WaitForMilestoneBehavior.WAITING_FOR)
                .list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(waiting.getProcessInstanceId())
                    .singleResult();
            if (instance != null && reached(instance.getBusinessKey(), waiting.getExecutionId())) {
                try {
                    runtime.signal(waiting.getExecutionId());
                } catch (OptimisticLockingException signalledElsewhere) {
                    // Another node (or this node's scheduled round beside a manual one) moved the
                    // same execution on first; it has left the task, so there is nothing to do.
                }
            }
        }
    }

    private boolean reached(String groupId, String executionId) {
        Map<String, Object> inputs = runtime.getVariablesLocal(executionId);
        try {
            return progress.reached(
                    groupId,
                    Milestone.of(inputs),
                    WaitForMilestoneBehavior.since(inputs.get(WaitForMilestoneBehavior.WAITING_SINCE)));
        } catch (UnreadableInput unreadable) {
            // Deploys check these inputs; one that still cannot be read (a version stored before a
            // check existed) must not keep the other groups' milestones from being signalled.
            log.warn(
                    "Execution {} of group {} waits for a milestone it cannot read: {}",
                    executionId,
                    groupId,
                    unreadable.getMessage());
            return false;
        }
    }
}
