package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the owner of a task still open. */
@Component("remindOwnerDelegate")
class RemindOwnerDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    RemindOwnerDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.remind(execution.getProcessBusinessKey());
    }
}
