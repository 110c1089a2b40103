package io.qunflow.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.bpmn.behavior.AbstractBpmnActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.springframework.stereotype.Component;

/**
 * A task that waits until the group reaches a {@link Milestone}: a member count (the 100 / 1000
 * member milestones), an activity rate, the GMV of orders paid since the task began, or the next
 * event of a type. It passes at once when the group is already there (an event is always a next
 * one); otherwise it waits and {@link MilestoneWatcher} signals it once the group has got there.
 */
@Component("waitForMilestoneDelegate")
class WaitForMilestoneBehavior extends AbstractBpmnActivityBehavior {

    /** The local variable that marks a waiting execution; it holds the milestone's kind. */
    static final String WAITING_FOR = "qunflowMilestone";

    /** When the execution began waiting: GMV and events count from then on. */
    static final String WAITING_SINCE = "qunflowMilestoneSince";

    private final MilestoneProgress progress;
    private final Clock clock;

    WaitForMilestoneBehavior(MilestoneProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void execute(ActivityExecution execution) {
        Milestone milestone = Milestone.of(execution.getVariablesLocal());
        OffsetDateTime since = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (milestone.kind() != Milestone.Kind.EVENT
                && progress.reached(execution.getProcessBusinessKey(), milestone, since)) {
            leave(execution);
        } else {
            execution.setVariableLocal(WAITING_FOR, milestone.kind().name());
            execution.setVariableLocal(WAITING_SINCE, Date.from(since.toInstant()));
        }
    }

    @Override
    public void signal(ActivityExecution execution, String signalName, Object signalData) {
        if (execution.getVariableLocal(WAITING_FOR) != null
                && progress.reached(
                        execution.getProcessBusinessKey(),
                        Milestone.of(execution.getVariablesLocal()),
                        since(execution.getVariableLocal(WAITING_SINCE)))) {
            execution.removeVariableLocal(WAITING_FOR);
            execution.removeVariableLocal(WAITING_SINCE);
            leave(execution);
        }
    }

    /** When a waiting execution began; an execution waiting from before this was recorded counts from the start. */
    static OffsetDateTime since(Object recorded) {
        return (recorded instanceof Date date ? date.toInstant() : new Date(0).toInstant()).atOffset(ZoneOffset.UTC);
    }
}
