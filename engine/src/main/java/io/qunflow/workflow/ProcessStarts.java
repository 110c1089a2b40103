package io.qunflow.workflow;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Refuses a process whose own start event waits for a timer, message, signal or condition. Qunflow
 * starts each instance itself, for one group, with the group as its business key; an event start
 * would start instances for no group (a timer), or a second lifecycle beside the group's own when
 * Qunflow tells the group's workflows of a message such as {@code GroupDissolved}. Start events of
 * event sub-processes run inside the group's instance and stay allowed.
 */
final class ProcessStarts {

    private ProcessStarts() {}

    static void check(BpmnModelInstance model, List<WorkflowProblem> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                if (!start.getEventDefinitions().isEmpty()) {
                    problems.add(WorkflowProblem.at(
                            start.getId(),
                            "bpmn:startEvent",
                            "A process starts with a plain start event: Qunflow starts each instance for its"
                                    + " group; wait for a timer or a message after the start instead",
                            "流程必须以普通开始事件开始：Qunflow 为每个群各自启动流程实例；如需等待定时器或消息，请放在开始事件之后"));
                }
            }
        }
    }
}
