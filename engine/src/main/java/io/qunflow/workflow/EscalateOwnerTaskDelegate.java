package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalates an overdue owner task to the admin named in {@code qunflow.wecom.escalation-user-id}. */
@Component("escalateOwnerTaskDelegate")
class EscalateOwnerTaskDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    EscalateOwnerTaskDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.escalate(execution.getProcessBusinessKey());
    }
}
