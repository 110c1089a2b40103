package io.qunflow.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Refuses a non-interrupting event that can fire again and again (a message, a signal, an
 * escalation, a timer cycle) whose path reaches a loop. Such an event starts another path every time
 * it fires while what it belongs to keeps waiting, so a loop on that path, even one that waits, is
 * one more loop that never ends at every message: a calendar changed a thousand times would leave a
 * thousand loops running in one group's workflow. What such an event starts must come to an end,
 * and so must any process it calls.
 */
final class RepeatedStarts {

    private RepeatedStarts() {}

    /** Checks the diagram; {@code deployed} gives the processes a call activity on such a path may call. */
    static void check(BpmnModelInstance model, DeployedProcesses deployed, List<WorkflowProblem> problems) {
        Calls calls = new Calls(model, deployed);
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            if (!boundary.cancelActivity() && firesAgain(boundary)) {
                check(boundary, boundary.getParentElement(), calls, problems);
            }
        }
        for (SubProcess eventSubProcess : model.getModelElementsByType(SubProcess.class)) {
            if (!eventSubProcess.triggeredByEvent()) {
                continue;
            }
            for (StartEvent start : eventSubProcess.getChildElementsByType(StartEvent.class)) {
                if (!start.isInterrupting() && firesAgain(start)) {
                    check(start, eventSubProcess, calls, problems);
                }
            }
        }
    }

    /** Anything but a timer that fires once (a duration or a date) may fire again. */
    private static boolean firesAgain(CatchEvent event) {
        return event.getEventDefinitions().stream()
                .anyMatch(definition ->
                        !(definition instanceof TimerEventDefinition timer) || timer.getTimeCycle() != null);
    }

    private static void check(FlowNode event, ModelElementInstance scope, Calls calls, List<WorkflowProblem> problems) {
        loopReached(event, scope, calls.fresh())
                .ifPresent(loop -> problems.add(WorkflowProblem.at(
                        event.getId(),
                        event instanceof BoundaryEvent ? "cancelActivity" : "isInterrupting",
                        "The event " + event.getId()
                                + " does not interrupt, so every time it fires it starts another path"
                                + " while the rest keeps waiting, and that path reaches the loop through " + loop
                                + ", which never ends: each firing would leave one more loop running; make the event"
                                + " interrupting, or let the path it starts end without a loop",
                        "事件 " + event.getId() + " 不中断，每次触发都会在其余流程继续等待的同时开始一条新路径，而该路径进入循环（" + loop
                                + "），永不结束：每触发一次就多出一个一直运行的循环；请把事件设为中断，或让它开始的路径不经循环而结束")));
    }

    /** The nodes of the first loop the event's path reaches, in its scope or a sub-process on it. */
    private static Optional<String> loopReached(FlowNode event, ModelElementInstance scope, Calls calls) {
        Map<FlowNode, Set<FlowNode>> next = EndlessLoops.flowOf(scope);
        Set<FlowNode> looping = EndlessLoops.looping(scope);
        Deque<FlowNode> open = new ArrayDeque<>(List.of(event));
        Set<FlowNode> seen = new HashSet<>(open);
        while (!open.isEmpty()) {
            FlowNode node = open.pop();
            if (looping.contains(node)) {
                return Optional.of(looping.stream().map(FlowNode::getId).collect(Collectors.joining(", ")));
            }
            Optional<String> within = node instanceof SubProcess inner
                    ? loopWithin(inner)
                    : node instanceof CallActivity call ? calls.loopIn(call.getCalledElement()) : Optional.empty();
            if (within.isPresent()) {
                return within;
            }
            for (FlowNode target : next.getOrDefault(node, Set.of())) {
                if (seen.add(target)) {
                    open.push(target);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> loopWithin(SubProcess subProcess) {
        Set<FlowNode> looping = EndlessLoops.looping(subProcess);
        if (!looping.isEmpty()) {
            return Optional.of(looping.stream().map(FlowNode::getId).collect(Collectors.joining(", ")));
        }
        for (SubProcess inner : subProcess.getChildElementsByType(SubProcess.class)) {
            Optional<String> within = loopWithin(inner);
            if (within.isPresent()) {
                return within;
            }
        }
        return Optional.empty();
    }

    /**
     * The processes a call activity on such a path may run: one of the diagram's, or any stored
     * version of a deployed one, and what those call in turn. A called process that loops keeps its
     * instance running for good just the same.
     */
    private record Calls(BpmnModelInstance model, DeployedProcesses deployed, Set<String> seen) {

        Calls(BpmnModelInstance model, DeployedProcesses deployed) {
            this(model, deployed, new HashSet<>());
        }

        /** The same, with nothing followed yet: each event's path is followed on its own. */
        Calls fresh() {
            return new Calls(model, deployed);
        }

        Optional<String> loopIn(String processKey) {
            if (processKey == null || !seen.add(processKey)) {
                return Optional.empty();
            }
            List<BpmnModelInstance> versions = model.getModelElementById(processKey) instanceof Process
                    ? List.of(model)
                    : deployed.versions(processKey);
            for (BpmnModelInstance version : versions) {
                if (!(version.getModelElementById(processKey) instanceof Process process)) {
                    continue;
                }
                Set<FlowNode> looping = EndlessLoops.looping(process);
                if (!looping.isEmpty()) {
                    return Optional.of(processKey + ": "
                            + looping.stream().map(FlowNode::getId).collect(Collectors.joining(", ")));
                }
                for (SubProcess inner : process.getChildElementsByType(SubProcess.class)) {
                    Optional<String> within = loopWithin(inner);
                    if (within.isPresent()) {
                        return within;
                    }
                }
                for (CallActivity call : version.getModelElementsByType(CallActivity.class)) {
                    if (process.equals(EndlessLoops.enclosingProcess(call))) {
                        Optional<String> further = loopIn(call.getCalledElement());
                        if (further.isPresent()) {
                            return further;
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }
}
