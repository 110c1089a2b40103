package io.qunflow.workflow;

import io.qunflow.groups.GroupService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wakes the executions waiting for a member milestone once their group has reached it. Polls
 * (once a minute by default): member counts change on the event hot path, which should not pay
 * for a process-engine query per join.
 */
@Component
class MilestoneWatcher {

    private final RuntimeService runtime;
    private final GroupService groups;

    MilestoneWatcher(RuntimeService runtime, GroupService groups) {
        this.runtime = runtime;
        this.groups = groups;
    }

    @Scheduled(fixedDelayString = "${qunflow.lifecycle.milestone-check:PT1M}", initialDelayString = "PT1M")
    void signalReachedMilestones() {
        for (VariableInstance waiting : runtime.createVariableInstanceQuery()
                .variableName(WaitForMilestoneBehavior.WAITING_FOR)
                .list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(waiting.getProcessInstanceId())
                    .singleResult();
            if (instance != null
                    && waiting.getValue() instanceof Integer milestone
                    && groups.find(instance.getBusinessKey())
                            .map(g -> g.memberCount() >= milestone)
                            .orElse(false)) {
                try {
                    runtime.signal(waiting.getExecutionId());
                } catch (OptimisticLockingException signalledElsewhere) {
                    // Another node (or this node's scheduled round beside a manual one) moved the
                    // same execution on first; it has left the task, so there is nothing to do.
                }
            }
        }
    }
}
