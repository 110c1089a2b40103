package io.qunflow.workflow;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.LoopCardinality;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;

/**
 * How many instances one multi-instance activity may start. A group's workflow repeats a step for
 * things of one group over its lifecycle (its posts, its lottery's winners, its staff's tasks), which
 * run to tens or hundreds, and a WeChat group holds at most 500 members; a thousand leaves room for
 * every real use while keeping one activity from creating millions of executions in one
 * transaction, which would stall the engine for every group. A written-out
 * cardinality is checked here; a computed one or a collection is held to the same limit when the
 * activity starts ({@link BoundedMultiInstance}).
 */
final class MultiInstanceLimit {

    static final int MAX_INSTANCES = 1_000;

    private MultiInstanceLimit() {}

    static void check(BpmnModelInstance model, List<WorkflowProblem> problems) {
        for (MultiInstanceLoopCharacteristics loop :
                model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            LoopCardinality cardinality = loop.getLoopCardinality();
            if (cardinality == null) {
                continue;
            }
            String text = cardinality.getTextContent().strip();
            if (ExpressionGrammar.isLiteral(text) && !isAllowedCount(text)) {
                problems.add(WorkflowProblem.at(
                        ((Activity) loop.getParentElement()).getId(),
                        "loopCardinality",
                        "The loop cardinality '" + text + "' must be a whole number from 1 to " + MAX_INSTANCES,
                        "循环次数“" + text + "”必须是 1 到 " + MAX_INSTANCES + " 之间的整数"));
            }
        }
    }

    private static boolean isAllowedCount(String text) {
        try {
            int count = Integer.parseInt(text);
            return count >= 1 && count <= MAX_INSTANCES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
