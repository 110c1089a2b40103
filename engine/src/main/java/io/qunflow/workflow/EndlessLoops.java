package io.qunflow.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Refuses the two ways a diagram can keep the engine busy forever in one transaction: a loop of
 * sequence flows (in a process or a sub-process) on which nothing waits, and call activities that
 * call their own process, directly or through other processes, of the same diagram or deployed
 * before it (a process calling one deployed earlier that calls it back). A loop that
 * waits at a user task, a receive task, a catching event (timer, message, signal) or an
 * event-based gateway is a lifecycle's normal rhythm and stays allowed.
 */
final class EndlessLoops {

    private EndlessLoops() {}

    /** Checks a diagram on its own, as if no other process were deployed. */
    static void check(BpmnModelInstance model, List<WorkflowProblem> problems) {
        check(model, process -> Set.of(), problems);
    }

    /**
     * Checks a diagram with the processes deployed before it: {@code deployedCalls} gives, for a
     * process the diagram does not hold, every process any deployed version of it calls.
     */
    static void check(
            BpmnModelInstance model, Function<String, Set<String>> deployedCalls, List<WorkflowProblem> problems) {
        List<ModelElementInstance> scopes = new ArrayList<>(model.getModelElementsByType(Process.class));
        scopes.addAll(model.getModelElementsByType(SubProcess.class));
        for (ModelElementInstance scope : scopes) {
            Set<FlowNode> loop = loopWithoutWaiting(new Flow(scope));
            if (!loop.isEmpty()) {
                String ids = loop.stream().map(FlowNode::getId).collect(Collectors.joining(", "));
                problems.add(WorkflowProblem.at(
                        loop.iterator().next().getId(),
                        "bpmn:sequenceFlow",
                        "The flow loops through " + ids + " without waiting, and would run forever in one step;"
                                + " a loop must pass a user task, a receive task, a timer or message event or an"
                                + " event-based gateway",
                        "流程在 " + ids + " 之间循环且不等待，会无休止地运行；循环中必须有用户任务、接收任务、定时或消息事件，或事件网关"));
            }
        }
        checkRecursiveCalls(model, deployedCalls, problems);
    }

    /** The processes that the process of this id in the diagram calls. */
    static Set<String> calls(BpmnModelInstance model, String processId) {
        Set<String> called = new LinkedHashSet<>();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            Process caller = enclosingProcess(call);
            if (caller != null && caller.getId().equals(processId) && call.getCalledElement() != null) {
                called.add(call.getCalledElement());
            }
        }
        return called;
    }

    /** The flow nodes of one process or sub-process and where each leads, drawn or implied. */
    private static final class Flow {

        final Map<FlowNode, Set<FlowNode>> next = new LinkedHashMap<>();

        Flow(ModelElementInstance scope) {
            Collection<FlowNode> nodes = scope.getChildElementsByType(FlowNode.class);
            nodes.forEach(node -> next.put(node, new LinkedHashSet<>()));
            for (SequenceFlow flow : scope.getChildElementsByType(SequenceFlow.class)) {
                if (flow.getSource() != null && flow.getTarget() != null) {
                    next.computeIfAbsent(flow.getSource(), n -> new LinkedHashSet<>())
                            .add(flow.getTarget());
                }
            }
            Map<String, FlowNode> linkTargets = new HashMap<>();
            for (FlowNode node : nodes) {
                if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                    next.computeIfAbsent(boundary.getAttachedTo(), n -> new LinkedHashSet<>())
                            .add(boundary);
                }
                if (node instanceof IntermediateCatchEvent link) {
                    linkName(link.getEventDefinitions()).ifPresent(name -> linkTargets.put(name, link));
                }
            }
            // A link throw event jumps to the catch event of the same name, like a sequence flow.
            for (FlowNode node : nodes) {
                if (node instanceof IntermediateThrowEvent link) {
                    linkName(link.getEventDefinitions())
                            .map(linkTargets::get)
                            .ifPresent(target -> next.get(node).add(target));
                }
            }
        }

        private static Optional<String> linkName(Collection<EventDefinition> definitions) {
            return definitions.stream()
                    .filter(LinkEventDefinition.class::isInstance)
                    .map(d -> ((LinkEventDefinition) d).getName())
                    .filter(name -> name != null)
                    .findFirst();
        }
    }

    /**
     * The nodes on loops that do not wait (empty when there are none): what remains after removing
     * the waiting nodes, then repeatedly every node nothing leads to and every node that leads
     * nowhere.
     */
    private static Set<FlowNode> loopWithoutWaiting(Flow flow) {
        Map<FlowNode, Set<FlowNode>> next = new LinkedHashMap<>();
        flow.next.forEach((node, targets) -> {
            if (!waits(node)) {
                next.put(node, new LinkedHashSet<>(targets));
            }
        });
        next.values().forEach(targets -> targets.retainAll(next.keySet()));
        boolean removed = true;
        while (removed) {
            Set<FlowNode> reached = new HashSet<>();
            next.values().forEach(reached::addAll);
            removed = next.keySet()
                    .removeIf(node -> !reached.contains(node) || next.get(node).isEmpty());
            next.values().forEach(targets -> targets.retainAll(next.keySet()));
        }
        return next.keySet();
    }

    /** Whether the engine stops at the node until something outside the transaction happens. */
    private static boolean waits(FlowNode node) {
        if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof EventBasedGateway) {
            return true;
        }
        if (node instanceof CatchEvent event && !(node instanceof StartEvent)) {
            return event.getEventDefinitions().stream()
                    .anyMatch(d -> d instanceof TimerEventDefinition
                            || d instanceof MessageEventDefinition
                            || d instanceof SignalEventDefinition);
        }
        if (node instanceof SubProcess subProcess) {
            return everyPathWaits(subProcess);
        }
        return false;
    }

    /** Whether no path from the sub-process's start to an end gets through without waiting. */
    private static boolean everyPathWaits(SubProcess subProcess) {
        Flow flow = new Flow(subProcess);
        Deque<FlowNode> open = new ArrayDeque<>();
        flow.next.keySet().stream().filter(StartEvent.class::isInstance).forEach(open::add);
        if (open.isEmpty()) {
            return false;
        }
        Set<FlowNode> seen = new HashSet<>(open);
        while (!open.isEmpty()) {
            FlowNode node = open.pop();
            if (waits(node)) {
                continue;
            }
            if (flow.next.get(node).isEmpty()) {
                return false;
            }
            for (FlowNode target : flow.next.get(node)) {
                if (seen.add(target)) {
                    open.push(target);
                }
            }
        }
        return true;
    }

    /**
     * A call activity whose called process (written out, as the allow-list requires) is its own, or
     * leads back to it through the diagram's processes or ones deployed before.
     */
    private static void checkRecursiveCalls(
            BpmnModelInstance model, Function<String, Set<String>> deployedCalls, List<WorkflowProblem> problems) {
        Map<String, Set<String>> diagramCalls = new HashMap<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            diagramCalls.put(process.getId(), calls(model, process.getId()));
        }
        Map<String, Set<String>> deployed = new HashMap<>();
        Function<String, Set<String>> callsOf = process -> diagramCalls.containsKey(process)
                ? diagramCalls.get(process)
                : deployed.computeIfAbsent(process, deployedCalls);
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            Process caller = enclosingProcess(call);
            if (caller == null || call.getCalledElement() == null) {
                continue;
            }
            if (reaches(call.getCalledElement(), caller.getId(), callsOf)) {
                problems.add(WorkflowProblem.at(
                        call.getId(),
                        "calledElement",
                        "The call activity calls " + call.getCalledElement() + ", which leads back to the process "
                                + caller.getId() + " and would call itself forever",
                        "调用活动调用了 " + call.getCalledElement() + "，它又回到流程 " + caller.getId() + "，会无限递归"));
            }
        }
    }

    private static boolean reaches(String from, String target, Function<String, Set<String>> callsOf) {
        Deque<String> open = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(open);
        while (!open.isEmpty()) {
            String process = open.pop();
            if (process.equals(target)) {
                return true;
            }
            for (String called : callsOf.apply(process)) {
                if (seen.add(called)) {
                    open.push(called);
                }
            }
        }
        return false;
    }

    static Process enclosingProcess(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process process) {
                return process;
            }
        }
        return null;
    }
}
