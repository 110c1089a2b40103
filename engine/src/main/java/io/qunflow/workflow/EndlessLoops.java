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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
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
 * waits at a user task, a receive task, a catching message or signal event, a timer of a minute or
 * more or an event-based gateway is a lifecycle's normal rhythm and stays allowed. A loop whose only
 * wait is a shorter timer, or a written-out date, runs for ever too, one job after another.
 *
 * <p>Why this class is long: both checks answer one question, whether a deployment can keep the
 * engine busy for ever, and the validator asks it in one call; nearly half of the length is what
 * counts as waiting ({@code Waits}, reading the timer values the diagram writes itself from
 * {@link VariableWrites}), which follows BPMN's many kinds of wait and changes only when the loop
 * check does.
 */
final class EndlessLoops {

    private EndlessLoops() {}

    /**
     * Checks a diagram with the processes deployed before it ({@code deployed}): a process the
     * diagram calls may loop on a timer variable the call sets, and a deployed process may call one
     * of the diagram's with a variable its loop waits on (see {@link PassedTimerVariables});
     * {@code lastsAMinute} tells whether a written-out ISO 8601 duration is a minute or more.
     */
    static void check(
            BpmnModelInstance model,
            DeployedProcesses deployed,
            Predicate<String> lastsAMinute,
            List<WorkflowProblem> problems) {
        List<ModelElementInstance> scopes = new ArrayList<>(model.getModelElementsByType(Process.class));
        scopes.addAll(model.getModelElementsByType(SubProcess.class));
        VariableWrites writes = VariableWrites.of(model);
        PassedTimerVariables passed = new PassedTimerVariables(model, deployed, lastsAMinute);
        for (ModelElementInstance scope : scopes) {
            Set<FlowNode> loop = loopWithoutWaiting(scope, writes, lastsAMinute);
            if (!loop.isEmpty()) {
                String ids = loop.stream().map(FlowNode::getId).collect(Collectors.joining(", "));
                String written = String.join(", ", writtenTimerVariables(loop, writes, lastsAMinute));
                problems.add(WorkflowProblem.at(
                        loop.iterator().next().getId(),
                        "bpmn:sequenceFlow",
                        "The flow loops through " + ids + " without waiting, and would run forever;"
                                + " a loop must pass a user task, a receive task, a message event, a timer that"
                                + " waits a minute or more, or an event-based gateway"
                                + (written.isEmpty()
                                        ? ""
                                        : "; the diagram itself sets the variable a timer waits on ("
                                                + written + "): a timer's variable counts as a wait only when the"
                                                + " diagram does not set it, or sets it only to a written-out"
                                                + " duration of a minute or more"),
                        "流程在 " + ids + " 之间循环且不等待，会无休止地运行；循环中必须有用户任务、接收任务、消息事件、" + "至少等待一分钟的定时器，或事件网关"
                                + (written.isEmpty()
                                        ? ""
                                        : "；定时器等待的变量由流程图自己设置（" + written + "）：只有流程图不设置该变量，"
                                                + "或只把它设为直接写出的、不短于一分钟的时长时，该定时器才算等待")));
            } else if (!checkDatesMoveOn(scope, writes, lastsAMinute, problems)) {
                passed.checkCallersOf(scope, writes, problems);
            }
        }
        passed.checkCalledProcesses(writes, problems);
        checkRecursiveCalls(model, deployed::calls, problems);
    }

    /**
     * Refuses a loop whose only wait is for a date variable that no task on the loop moves on: the
     * date is past once reached, so every later round goes straight on. Returns whether it did.
     */
    private static boolean checkDatesMoveOn(
            ModelElementInstance scope,
            VariableWrites writes,
            Predicate<String> lastsAMinute,
            List<WorkflowProblem> problems) {
        Waits waits = new Waits(lastsAMinute, writes, false);
        Set<FlowNode> loop = loopWithoutWaiting(new Flow(scope), waits);
        if (loop.isEmpty()) {
            return false;
        }
        String ids = loop.stream().map(FlowNode::getId).collect(Collectors.joining(", "));
        String dates = String.join(", ", waits.dateTimerVariables(loop));
        String planner = TimerVariables.planners();
        problems.add(WorkflowProblem.at(
                loop.iterator().next().getId(),
                "bpmn:sequenceFlow",
                "The flow loops through " + ids + " and waits for a date (" + dates + ") that nothing on the loop"
                        + " plans again (" + planner + "): after the first round that date is past, and the loop would"
                        + " run forever; a loop that waits for a date must pass the task that sets it",
                "流程在 " + ids + " 之间循环，等待的日期（" + dates + "）在循环中没有重新计算（" + planner
                        + "）：第一轮之后该日期已过，循环将无休止地运行；等待日期的循环必须经过设置该日期的任务"));
        return true;
    }

    /**
     * The nodes on the scope's loops (a process or a sub-process) that do not wait when variables
     * are set as {@code writes} says; empty when every loop waits.
     */
    static Set<FlowNode> loopWithoutWaiting(
            ModelElementInstance scope, VariableWrites writes, Predicate<String> lastsAMinute) {
        return loopWithoutWaiting(new Flow(scope), new Waits(lastsAMinute, writes, true));
    }

    /**
     * The variables timers on the loop read that {@code writes} sets to something not a wait, each
     * as "name (read by timerId)".
     */
    static Set<String> writtenTimerVariables(
            Set<FlowNode> loop, VariableWrites writes, Predicate<String> lastsAMinute) {
        return new Waits(lastsAMinute, writes, true).writtenTimerVariables(loop);
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
     * The nodes on loops that do not wait (empty when there are none): what remains after cutting
     * the flow where it waits, then removing repeatedly every node nothing leads to and every node
     * that leads nowhere.
     */
    private static Set<FlowNode> loopWithoutWaiting(Flow flow, Waits waits) {
        Map<FlowNode, Set<FlowNode>> next = new LinkedHashMap<>();
        flow.next.keySet().forEach(node -> next.put(node, waits.onwards(flow, node, waits.at(node))));
        return onLoops(next);
    }

    /** Where each flow node of the scope (a process or a sub-process) leads, drawn or implied. */
    static Map<FlowNode, Set<FlowNode>> flowOf(ModelElementInstance scope) {
        return new Flow(scope).next;
    }

    /** The nodes of the scope on a loop, waiting or not, and on the paths between loops. */
    static Set<FlowNode> looping(ModelElementInstance scope) {
        Map<FlowNode, Set<FlowNode>> next = new LinkedHashMap<>();
        new Flow(scope).next.forEach((node, targets) -> next.put(node, new LinkedHashSet<>(targets)));
        return onLoops(next);
    }

    /** Removes, until none is left, every node nothing leads to and every node that leads nowhere. */
    private static Set<FlowNode> onLoops(Map<FlowNode, Set<FlowNode>> next) {
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

    /**
     * Which nodes hold the flow up, and for how long: until something outside happens (a person, a
     * message), or until a timer that waits at least a minute. A timer that waits less, or a date the
     * next round is past, lets a loop come round again at once, each round its own job, for ever.
     * With {@code datesMoveOn} false, a timer waiting for a date variable does not count, and the task
     * that moves that date on counts instead: a loop then found waits for a date nothing plans again.
     */
    private record Waits(Predicate<String> lastsAMinute, VariableWrites writes, boolean datesMoveOn) {

        /** Whether the flow stops at the node. */
        boolean at(FlowNode node) {
            if (node instanceof UserTask || node instanceof ReceiveTask) {
                return true;
            }
            if (node instanceof EventBasedGateway gateway) {
                // It waits only until the first of its events: a timer that fires at once goes on at once.
                return gateway.getOutgoing().stream()
                        .map(SequenceFlow::getTarget)
                        .allMatch(event -> event instanceof ReceiveTask
                                || event instanceof IntermediateCatchEvent catching && at(catching));
            }
            if (!datesMoveOn && TimerVariables.movesADateOn(delegate(node))) {
                return true;
            }
            if (node instanceof CatchEvent event && !(node instanceof StartEvent)) {
                return event.getEventDefinitions().stream()
                        .anyMatch(d -> d instanceof TimerEventDefinition timer
                                ? waitsAMinute(timer)
                                : d instanceof MessageEventDefinition || d instanceof SignalEventDefinition);
            }
            if (node instanceof SubProcess subProcess) {
                return everyPathWaits(subProcess);
            }
            return false;
        }

        /**
         * Where the flow goes from the node without waiting first: everywhere it leads, or from a
         * node that waits ({@code waiting}, asked once: a sub-process's answer walks all it holds)
         * only to its timers, which go on when they fire whatever anyone does.
         */
        Set<FlowNode> onwards(Flow flow, FlowNode node, boolean waiting) {
            Set<FlowNode> onwards = new LinkedHashSet<>(flow.next.get(node));
            if (waiting) {
                onwards.removeIf(target -> !(target instanceof BoundaryEvent boundary
                        && node.equals(boundary.getAttachedTo())
                        && boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)));
            }
            return onwards;
        }

        /**
         * A written-out duration of a minute or more, or a cycle (held to once a minute by its own
         * check); a time a variable gives is Qunflow's to choose, unless the diagram sets that
         * variable itself (see {@link VariableWrites}). A written-out date is no wait: once it has passed,
         * every later round goes straight on.
         */
        private boolean waitsAMinute(TimerEventDefinition timer) {
            if (timer.getTimeCycle() != null) {
                return true;
            }
            String text = timerText(timer);
            if (!ExpressionGrammar.isLiteral(text)) {
                if (timer.getTimeDate() != null && !datesMoveOn) {
                    return false;
                }
                // One variable (checkTimers refuses anything else in a timer).
                return ExpressionGrammar.variableName(text)
                        .map(variable -> writes.leaves(variable, timer.getTimeDuration() != null, lastsAMinute))
                        .orElse(true);
            }
            return timer.getTimeDuration() != null && lastsAMinute.test(text);
        }

        private static String delegate(FlowNode node) {
            String expression = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            return expression == null ? "" : BpmnAllowList.beanName(expression).orElse("");
        }

        /** The variables of the date timers on the loop, each as "name (read by timerId)". */
        Set<String> dateTimerVariables(Set<FlowNode> loop) {
            Set<String> dates = new LinkedHashSet<>();
            for (FlowNode node : loop) {
                if (node instanceof CatchEvent event) {
                    for (EventDefinition definition : event.getEventDefinitions()) {
                        if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                            ExpressionGrammar.variableName(timerText(timer))
                                    .ifPresent(variable -> dates.add(variable + " (read by " + node.getId() + ")"));
                        }
                    }
                }
            }
            return dates;
        }

        private static String timerText(TimerEventDefinition timer) {
            String text = timer.getTimeDuration() != null
                    ? timer.getTimeDuration().getTextContent()
                    : timer.getTimeDate() != null ? timer.getTimeDate().getTextContent() : "";
            return text.strip();
        }

        /**
         * The variables timers on the loop read that the diagram sets to something not a wait, each
         * as "name (read by timerId)".
         */
        Set<String> writtenTimerVariables(Set<FlowNode> loop) {
            Set<String> written = new LinkedHashSet<>();
            for (FlowNode node : loop) {
                if (node instanceof CatchEvent event) {
                    for (EventDefinition definition : event.getEventDefinitions()) {
                        if (definition instanceof TimerEventDefinition timer && timer.getTimeCycle() == null) {
                            ExpressionGrammar.variableName(timerText(timer))
                                    .filter(variable ->
                                            !writes.leaves(variable, timer.getTimeDuration() != null, lastsAMinute))
                                    .ifPresent(variable -> written.add(variable + " (read by " + node.getId() + ")"));
                        }
                    }
                }
            }
            return written;
        }

        /** Whether no path from the sub-process's start to an end gets through without waiting. */
        private boolean everyPathWaits(SubProcess subProcess) {
            Flow flow = new Flow(subProcess);
            Deque<FlowNode> open = new ArrayDeque<>();
            flow.next.keySet().stream().filter(StartEvent.class::isInstance).forEach(open::add);
            if (open.isEmpty()) {
                return false;
            }
            Set<FlowNode> seen = new HashSet<>(open);
            while (!open.isEmpty()) {
                FlowNode node = open.pop();
                boolean waiting = at(node);
                if (!waiting && flow.next.get(node).isEmpty()) {
                    return false;
                }
                for (FlowNode target : onwards(flow, node, waiting)) {
                    if (seen.add(target)) {
                        open.push(target);
                    }
                }
            }
            return true;
        }
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
