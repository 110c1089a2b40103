package io.qunflow.workflow;

import io.qunflow.groups.GroupService;
import io.qunflow.groups.Phase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The "Enter phase" step designers place in a lifecycle: moves the group into the phase named by
 * the task's {@code phase} input (its {@code label} is what people read, see {@link PhaseCatalog}).
 */
@Component("enterPhaseDelegate")
class EnterPhaseDelegate implements JavaDelegate {

    private final GroupService groups;

    EnterPhaseDelegate(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        groups.enterPhase(execution.getProcessBusinessKey(), Phase.of((String) execution.getVariableLocal("phase")));
    }
}
