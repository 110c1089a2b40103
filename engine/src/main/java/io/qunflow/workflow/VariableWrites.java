package io.qunflow.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a diagram sets variables to, or what a call passes into the process it calls. A timer that
 * reads a variable (${topicInterval}) waits as long as Qunflow's setting of that name says, but only
 * if nothing else sets the variable: an output parameter {@code topicInterval = PT0S}, an input
 * parameter of that name on the waiting task, a call activity's {@code in} or {@code out} mapping to
 * it, a multi-instance element variable or a task's result variable would let the loop come round at
 * once. Allowed is what is set to a written-out duration of a minute or more (the owner-task
 * workflow's {@code reminderAfter} of PT4H); anything computed, copied or shorter counts as unknown.
 * An {@code out} mapping of all variables copies whatever the called process set, so it leaves no
 * variable to count on. A date variable ({@code timeDate}) counts only when nothing sets it.
 */
record VariableWrites(Map<String, List<String>> values, boolean everything) {

    static final VariableWrites NONE = new VariableWrites(Map.of(), false);

    private static final String UNKNOWN = "";

    /** Everything the diagram itself sets, in any of its processes. */
    static VariableWrites of(BpmnModelInstance model) {
        Map<String, List<String>> values = new HashMap<>();
        boolean everything = false;
        List<ModelElementInstance> parameters =
                new ArrayList<>(model.getModelElementsByType(CamundaInputParameter.class));
        parameters.addAll(model.getModelElementsByType(CamundaOutputParameter.class));
        for (ModelElementInstance parameter : parameters) {
            String name = parameter.getAttributeValue("name");
            String text = parameter.getTextContent() == null
                    ? ""
                    : parameter.getTextContent().strip();
            boolean written =
                    parameter.getDomElement().getChildElements().isEmpty() && ExpressionGrammar.isLiteral(text);
            add(values, name, written ? text : UNKNOWN);
        }
        for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
            add(values, in.getCamundaTarget(), UNKNOWN);
        }
        for (CamundaOut out : model.getModelElementsByType(CamundaOut.class)) {
            add(values, out.getCamundaTarget(), UNKNOWN);
            everything |= "all".equals(out.getCamundaVariables());
        }
        for (MultiInstanceLoopCharacteristics multi :
                model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            add(values, multi.getCamundaElementVariable(), UNKNOWN);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            add(values, node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "resultVariable"), UNKNOWN);
        }
        return new VariableWrites(values, everything);
    }

    /**
     * What the call passes into the process it calls: each {@code in} mapping's target, and with
     * {@code variables="all"} whatever the caller holds (asked only then).
     */
    static VariableWrites passedBy(CallActivity call, Supplier<VariableWrites> callerHolds) {
        Map<String, List<String>> values = new HashMap<>();
        VariableWrites passed = NONE;
        if (call.getExtensionElements() != null) {
            for (CamundaIn in : call.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaIn.class)
                    .list()) {
                add(values, in.getCamundaTarget(), UNKNOWN);
                if ("all".equals(in.getCamundaVariables())) {
                    passed = passed.plus(callerHolds.get());
                }
            }
        }
        return passed.plus(new VariableWrites(values, false));
    }

    /** Both: a variable either sets, with every value either sets it to. */
    VariableWrites plus(VariableWrites other) {
        if (other.values.isEmpty() && !other.everything) {
            return this;
        }
        Map<String, List<String>> both = new HashMap<>();
        values.forEach((name, written) ->
                both.computeIfAbsent(name, n -> new ArrayList<>()).addAll(written));
        other.values.forEach((name, written) ->
                both.computeIfAbsent(name, n -> new ArrayList<>()).addAll(written));
        return new VariableWrites(both, everything || other.everything);
    }

    /** Whether anything is set at all. */
    boolean isEmpty() {
        return values.isEmpty() && !everything;
    }

    private static void add(Map<String, List<String>> values, String name, String value) {
        if (name != null && !name.isBlank()) {
            values.computeIfAbsent(name.strip(), n -> new ArrayList<>()).add(value);
        }
    }

    /**
     * Whether a timer may count on the variable: nothing sets it, or (for a duration) only to
     * written-out durations of a minute or more.
     */
    boolean leaves(String variable, boolean duration, Predicate<String> lastsAMinute) {
        if (everything) {
            return false;
        }
        List<String> written = values.getOrDefault(variable, List.of());
        return written.isEmpty()
                || duration && written.stream().allMatch(value -> !value.equals(UNKNOWN) && lastsAMinute.test(value));
    }
}
