package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Where the owner-task workflow records how the task ended. The outcome is recorded when the owner
 * (or an operator) completes the task through Qunflow, with who did it; here the step only checks
 * that this happened for the task the instance was started for (its business key), so a version of
 * the workflow that reaches this step without the owner's completion fails instead of closing it.
 */
@Component("recordOwnerTaskOutcomeDelegate")
class RecordOwnerTaskOutcomeDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    RecordOwnerTaskOutcomeDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskId = execution.getProcessBusinessKey();
        if (tasks.get(taskId).open()) {
            throw new IllegalStateException("Owner task '" + taskId + "' is still open: only the owner's completion"
                    + " through Qunflow records its outcome");
        }
    }
}
