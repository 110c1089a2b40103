package io.qunflow.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * What the checks of a diagram need to know of the processes deployed before it: a call activity
 * may be bound to any stored version of the process it names, and a stored process may call one
 * the diagram holds, so both ways are followed.
 */
interface DeployedProcesses {

    /** Nothing deployed: a diagram checked on its own. */
    DeployedProcesses NONE = new DeployedProcesses() {
        @Override
        public List<BpmnModelInstance> versions(String processKey) {
            return List.of();
        }

        @Override
        public List<BpmnModelInstance> callersOf(String processKey) {
            return List.of();
        }
    };

    /** The diagrams of every stored version of the process of this key. */
    List<BpmnModelInstance> versions(String processKey);

    /** The stored diagrams that hold a call activity calling the process of this key. */
    List<BpmnModelInstance> callersOf(String processKey);

    /** The processes that any stored version of the process of this key calls. */
    default Set<String> calls(String processKey) {
        Set<String> called = new LinkedHashSet<>();
        versions(processKey).forEach(model -> called.addAll(EndlessLoops.calls(model, processKey)));
        return called;
    }
}
