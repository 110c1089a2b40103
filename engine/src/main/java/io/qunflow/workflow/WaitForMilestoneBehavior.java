package io.qunflow.workflow;

import io.qunflow.groups.GroupService;
import org.camunda.bpm.engine.impl.bpmn.behavior.AbstractBpmnActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.springframework.stereotype.Component;

/**
 * A task that waits until the group has at least {@code memberCount} members (the 100 / 1000
 * member milestones). It passes at once when the group is already there; otherwise it waits and
 * {@link MilestoneWatcher} signals it once the group has grown.
 */
@Component("waitForMilestoneDelegate")
class WaitForMilestoneBehavior extends AbstractBpmnActivityBehavior {

    /** The local variable that marks a waiting execution and holds its milestone. */
    static final String WAITING_FOR = "qunflowMilestone";

    private final GroupService groups;

    WaitForMilestoneBehavior(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void execute(ActivityExecution execution) {
        int milestone = Integer.parseInt(
                String.valueOf(execution.getVariableLocal("memberCount")).trim());
        if (reached(execution, milestone)) {
            leave(execution);
        } else {
            execution.setVariableLocal(WAITING_FOR, milestone);
        }
    }

    @Override
    public void signal(ActivityExecution execution, String signalName, Object signalData) {
        Object milestone = execution.getVariableLocal(WAITING_FOR);
        if (milestone instanceof Integer count && reached(execution, count)) {
            execution.removeVariableLocal(WAITING_FOR);
            leave(execution);
        }
    }

    private boolean reached(ActivityExecution execution, int milestone) {
        return groups.get(execution.getProcessBusinessKey()).memberCount() >= milestone;
    }
}
