package io.qunflow.workflow;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;

/**
 * Refuses events that throw a signal. Camunda broadcasts a signal to every waiting instance of every
 * process, across all groups, so one diagram could move or start other groups' workflows; a message
 * reaches the one instance it is correlated with. Catching a signal stays allowed: with no diagram
 * able to throw one, nothing else can reach it.
 */
final class SignalThrows {

    private SignalThrows() {}

    static void check(BpmnModelInstance model, List<WorkflowProblem> problems) {
        for (ThrowEvent event : model.getModelElementsByType(ThrowEvent.class)) {
            boolean throwsSignal =
                    event.getEventDefinitions().stream().anyMatch(SignalEventDefinition.class::isInstance);
            if (throwsSignal) {
                problems.add(WorkflowProblem.at(
                        event.getId(),
                        "bpmn:signalEventDefinition",
                        "A signal reaches every group's workflows; throw a message instead, which reaches one"
                                + " group's instance",
                        "信号会发送给所有群的流程；请改用消息，消息只发送给一个群的流程实例"));
            }
        }
    }
}
