package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTask;
import io.qunflow.wecom.OwnerTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records how the owner task ended, on the member and on the outbox action. */
@Component("recordOwnerTaskOutcomeDelegate")
class RecordOwnerTaskOutcomeDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    RecordOwnerTaskOutcomeDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.recordOutcome(
                (String) execution.getVariable("taskId"),
                OwnerTask.Outcome.valueOf((String) execution.getVariable("outcome")),
                (String) execution.getVariable("outcomeNote"),
                (String) execution.getVariable("outcomeBy"));
    }
}
