package io.qunflow.workflow;

import io.qunflow.groups.GroupService;
import io.qunflow.groups.Phase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the lifecycle's phase listeners: {@code ${lifecyclePhases.enter(execution, 'WARM_UP')}}. */
@Component("lifecyclePhases")
public class LifecyclePhases {

    private final GroupService groups;

    LifecyclePhases(GroupService groups) {
        this.groups = groups;
    }

    /** Moves the execution's group into the phase; public because the BPMN expression calls it. */
    public void enter(DelegateExecution execution, String phase) {
        groups.enterPhase(execution.getProcessBusinessKey(), Phase.of(phase));
    }
}
