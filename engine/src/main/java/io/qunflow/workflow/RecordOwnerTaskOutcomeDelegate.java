package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTask;
import io.qunflow.wecom.OwnerTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records how the owner task ended, on the member and on the outbox action: the task this instance
 * was started for (its business key), never one a variable names.
 */
@Component("recordOwnerTaskOutcomeDelegate")
class RecordOwnerTaskOutcomeDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    RecordOwnerTaskOutcomeDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.recordOutcome(
                execution.getProcessBusinessKey(),
                OwnerTask.Outcome.valueOf((String) execution.getVariable("outcome")),
                (String) execution.getVariable("outcomeNote"),
                (String) execution.getVariable("outcomeBy"));
    }
}
