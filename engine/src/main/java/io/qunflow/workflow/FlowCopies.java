package io.qunflow.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Refuses flows that copy themselves: every outgoing flow of a parallel gateway, of a task or of an
 * event carries a token of its own, and a task reached by two flows runs twice, so fourteen
 * gateways of two flows in a row start 16,384 executions in one transaction, and a fork inside a
 * loop that waits doubles them at every wait. Counted on the diagram: the executions one start can
 * make reach each element (an exclusive or event-based gateway picks one flow, a parallel join
 * merges its incoming flows, a multi-instance multiplies, a sub-process multiplies what runs inside
 * it) must stay within {@link #MAX_COPIES}, and one round of any loop may bring back at most the
 * token that went round (a non-interrupting boundary event adds a token while its activity keeps
 * waiting, and may fire again). A call activity runs once per start: the process it calls may copy
 * itself as far again. Loops too intricate to count within {@link #MAX_WORK} steps are refused as
 * growing. Ten times a multi-instance's limit leaves room for a few branches per instance.
 *
 * <p>Why this class is long: the graph, its loops and the counts over it are one model of how
 * tokens move; apart, each half would have to repeat the other's rules for gateways and events.
 */
final class FlowCopies {

    static final int MAX_COPIES = 10 * MultiInstanceLimit.MAX_INSTANCES;
    /** Flow elements in one process or sub-process; far above any lifecycle, a bound on this check. */
    static final int MAX_NODES = 200;
    /** Steps of the loop count for one diagram, so no file can keep the check busy. */
    static final long MAX_WORK = 20_000_000;

    private FlowCopies() {}

    static void check(BpmnModelInstance model, List<WorkflowProblem> problems) {
        long[] work = {0};
        for (Process process : model.getModelElementsByType(Process.class)) {
            checkScope(process, 1, work, problems);
        }
    }

    private static void checkScope(
            ModelElementInstance scope, double instances, long[] work, List<WorkflowProblem> problems) {
        Graph graph = new Graph(scope, work);
        if (graph.nodes.size() > MAX_NODES) {
            problems.add(WorkflowProblem.at(
                    idOf(scope),
                    "bpmn:flowNode",
                    "A process or sub-process may hold at most " + MAX_NODES + " elements; split it into"
                            + " sub-processes",
                    "一个流程或子流程最多包含 " + MAX_NODES + " 个元素；请拆分为子流程"));
            return;
        }
        Optional<FlowNode> growing = graph.growingLoop();
        if (growing.isPresent()) {
            String id = growing.get().getId();
            problems.add(WorkflowProblem.at(
                    id,
                    "bpmn:sequenceFlow",
                    "The loop through " + id + " brings back more tokens than went round (a parallel split or a"
                            + " non-interrupting event that leads back into the loop) and would double them at"
                            + " every wait",
                    "经过 " + id + " 的循环每一轮都会产生更多令牌（并行分支或非中断事件又回到循环中），每次等待后数量都会翻倍"));
            return;
        }
        Map<FlowNode, Double> arrivals = graph.arrivals();
        for (FlowNode node : graph.nodes) {
            double copies = instances * arrivals.get(node) * multiInstance(node);
            if (copies > MAX_COPIES) {
                problems.add(WorkflowProblem.at(
                        node.getId(),
                        "bpmn:sequenceFlow",
                        "One start would run " + node.getId() + " up to " + String.format("%.0f", copies)
                                + " times at once (parallel flows and multi-instances multiply); at most "
                                + MAX_COPIES + " may run",
                        "一次启动最多会同时运行 " + node.getId() + " " + String.format("%.0f", copies) + " 次（并行分支与多实例会相乘）；最多允许 "
                                + MAX_COPIES + " 次"));
                return;
            }
            if (node instanceof CallActivity && copies > 1 + 1e-9) {
                problems.add(WorkflowProblem.at(
                        node.getId(),
                        "bpmn:callActivity",
                        "One start would call the process of " + node.getId() + " up to "
                                + String.format("%.0f", copies) + " times at once; a call runs once per start"
                                + " (no multi-instance, not on copies of a flow), since each called process may"
                                + " copy itself as far as its own bound again",
                        "一次启动最多会同时调用 " + node.getId() + " 的流程 " + String.format("%.0f", copies)
                                + " 次；每次启动只能调用一次（不能多实例，也不能在并行副本上），因为被调用的流程自身还会再复制"));
                return;
            }
            if (node instanceof SubProcess sub) {
                checkScope(sub, sub.triggeredByEvent() ? instances : copies, work, problems);
            }
        }
    }

    /** How many instances a multi-instance activity may start: its written-out count, else the limit. */
    private static double multiInstance(FlowNode node) {
        if (!(node instanceof Activity activity)
                || !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)) {
            return 1;
        }
        if (loop.getLoopCardinality() != null && loop.getCamundaCollection() == null) {
            try {
                int count = Integer.parseInt(
                        loop.getLoopCardinality().getTextContent().strip());
                return Math.max(1, Math.min(count, MultiInstanceLimit.MAX_INSTANCES));
            } catch (NumberFormatException computed) {
                return MultiInstanceLimit.MAX_INSTANCES;
            }
        }
        return MultiInstanceLimit.MAX_INSTANCES;
    }

    private static String idOf(ModelElementInstance scope) {
        return scope.getAttributeValue("id");
    }

    /** One scope's elements, each with the ways its token can leave (one alternative is taken). */
    private static final class Graph {

        final List<FlowNode> nodes;
        final Map<FlowNode, List<List<FlowNode>>> ways = new HashMap<>();
        /** A parallel join of n incoming flows fires once for n tokens. */
        final Map<FlowNode, Double> merge = new HashMap<>();

        final Map<FlowNode, Integer> component = new HashMap<>();
        final List<List<FlowNode>> components = new ArrayList<>();
        /** When Tarjan's walk first reached each element: a loop is counted against it, in few sweeps. */
        final Map<FlowNode, Integer> reached = new HashMap<>();

        final long[] work;

        Graph(ModelElementInstance scope, long[] work) {
            this.work = work;
            nodes = inDocumentOrder(scope);
            Map<FlowNode, List<FlowNode>> all = new LinkedHashMap<>();
            Map<FlowNode, List<List<FlowNode>>> boundaries = new HashMap<>();
            Map<FlowNode, Integer> incoming = new HashMap<>();
            nodes.forEach(node -> all.put(node, new ArrayList<>()));
            for (SequenceFlow flow : scope.getChildElementsByType(SequenceFlow.class)) {
                if (all.containsKey(flow.getSource()) && all.containsKey(flow.getTarget())) {
                    all.get(flow.getSource()).add(flow.getTarget());
                    incoming.merge(flow.getTarget(), 1, Integer::sum);
                }
            }
            Map<String, FlowNode> linkTargets = new HashMap<>();
            for (FlowNode node : nodes) {
                if (node instanceof IntermediateCatchEvent link) {
                    linkName(link.getEventDefinitions()).ifPresent(name -> linkTargets.put(name, link));
                }
            }
            for (FlowNode node : nodes) {
                if (node instanceof IntermediateThrowEvent link) {
                    linkName(link.getEventDefinitions()).map(linkTargets::get).ifPresent(all.get(node)::add);
                }
                if (node instanceof BoundaryEvent boundary && all.containsKey(boundary.getAttachedTo())) {
                    FlowNode host = (FlowNode) boundary.getAttachedTo();
                    // Interrupting, the token leaves by the event instead; otherwise the event adds
                    // a token, and the activity keeps waiting and may fire it again.
                    boundaries
                            .computeIfAbsent(host, h -> new ArrayList<>())
                            .add(boundary.cancelActivity() ? List.of(boundary) : List.of(boundary, host));
                }
            }
            for (FlowNode node : nodes) {
                List<List<FlowNode>> alternatives = new ArrayList<>();
                if (node instanceof ExclusiveGateway || node instanceof EventBasedGateway) {
                    all.get(node).forEach(target -> alternatives.add(List.of(target)));
                } else {
                    alternatives.add(all.get(node));
                }
                alternatives.addAll(boundaries.getOrDefault(node, List.of()));
                ways.put(node, alternatives);
                int in = incoming.getOrDefault(node, 0);
                merge.put(node, node instanceof ParallelGateway && in > 1 ? 1.0 / in : 1.0);
            }
            new Tarjan().run();
        }

        /** The scope's flow elements as drawn in the file, so a problem names the first of a loop. */
        private static List<FlowNode> inDocumentOrder(ModelElementInstance scope) {
            List<FlowNode> nodes = new ArrayList<>();
            for (DomElement child : scope.getDomElement().getChildElements()) {
                String id = child.getAttribute("id");
                if (id != null
                        && scope.getModelInstance().getModelElementById(id) instanceof FlowNode node
                        && scope.equals(node.getParentElement())) {
                    nodes.add(node);
                }
            }
            return nodes;
        }

        private static Optional<String> linkName(Collection<?> definitions) {
            return definitions.stream()
                    .filter(LinkEventDefinition.class::isInstance)
                    .map(d -> ((LinkEventDefinition) d).getName())
                    .filter(name -> name != null)
                    .findFirst();
        }

        private List<FlowNode> targets(FlowNode node) {
            return ways.get(node).stream().flatMap(List::stream).toList();
        }

        private boolean cyclic(List<FlowNode> members) {
            return members.size() > 1 || targets(members.get(0)).contains(members.get(0));
        }

        /** A loop head where one round brings back more than one token, if any. */
        Optional<FlowNode> growingLoop() {
            for (List<FlowNode> loop : components) {
                if (!cyclic(loop)) {
                    continue;
                }
                List<FlowNode> sweep = new ArrayList<>(loop);
                sweep.sort(java.util.Comparator.comparingInt(node -> -reached.get(node)));
                for (FlowNode head : loop) {
                    if (roundTrip(sweep, head) > 1 + 1e-9) {
                        return Optional.of(head);
                    }
                }
            }
            return Optional.empty();
        }

        /** Tokens back at the head per token arriving there, going round the loop once. */
        private double roundTrip(List<FlowNode> loop, FlowNode head) {
            Map<FlowNode, Double> back = new HashMap<>();
            loop.forEach(node -> back.put(node, 0.0));
            for (int round = 0; round <= loop.size() + 1; round++) {
                boolean changed = false;
                for (FlowNode node : loop) {
                    double best = 0;
                    for (List<FlowNode> way : ways.get(node)) {
                        double sum = 0;
                        work[0] += way.size();
                        for (FlowNode target : way) {
                            if (target.equals(head)) {
                                sum += 1;
                            } else if (back.containsKey(target)) {
                                sum += merge.get(target) * back.get(target);
                            }
                        }
                        best = Math.max(best, sum);
                    }
                    if (best > MAX_COPIES || work[0] > MAX_WORK) {
                        return Double.POSITIVE_INFINITY;
                    }
                    changed |= best != back.put(node, best);
                }
                if (!changed) {
                    break;
                }
            }
            return merge.get(head) * back.get(head);
        }

        /** For each element, the most tokens one start of the scope can bring to it. */
        Map<FlowNode, Double> arrivals() {
            Map<FlowNode, Double> arrivals = new HashMap<>();
            for (FlowNode target : nodes) {
                double[] reach = new double[components.size()];
                // Components come out of Tarjan's walk with everything they lead to before them.
                for (int c = 0; c < components.size(); c++) {
                    List<FlowNode> members = components.get(c);
                    if (members.contains(target)) {
                        reach[c] = 1;
                    } else if (cyclic(members)) {
                        double sum = 0;
                        for (FlowNode member : members) {
                            for (FlowNode next : targets(member)) {
                                sum += component.get(next) == c ? 0 : reach[component.get(next)];
                            }
                        }
                        reach[c] = sum;
                    } else {
                        FlowNode node = members.get(0);
                        double best = 0;
                        for (List<FlowNode> way : ways.get(node)) {
                            best = Math.max(
                                    best,
                                    way.stream()
                                            .mapToDouble(t -> reach[component.get(t)])
                                            .sum());
                        }
                        reach[c] = merge.get(node) * best;
                    }
                }
                arrivals.put(
                        target,
                        nodes.stream()
                                .filter(StartEvent.class::isInstance)
                                .mapToDouble(start -> reach[component.get(start)])
                                .sum());
            }
            return arrivals;
        }

        /** Strongly connected components, each listed after every component it leads to. */
        private final class Tarjan {
            private final Map<FlowNode, Integer> index = new HashMap<>();
            private final Map<FlowNode, Integer> low = new HashMap<>();
            private final java.util.Deque<FlowNode> stack = new java.util.ArrayDeque<>();
            private final java.util.Set<FlowNode> onStack = new java.util.HashSet<>();

            void run() {
                nodes.forEach(node -> {
                    if (!index.containsKey(node)) {
                        visit(node);
                    }
                });
            }

            private void visit(FlowNode node) {
                index.put(node, index.size());
                reached.put(node, index.get(node));
                low.put(node, index.get(node));
                stack.push(node);
                onStack.add(node);
                for (FlowNode next : targets(node)) {
                    if (!index.containsKey(next)) {
                        visit(next);
                        low.put(node, Math.min(low.get(node), low.get(next)));
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                }
                if (low.get(node).equals(index.get(node))) {
                    List<FlowNode> members = new ArrayList<>();
                    FlowNode member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, components.size());
                        members.add(member);
                    } while (member != node);
                    members.sort(java.util.Comparator.comparingInt(nodes::indexOf));
                    components.add(members);
                }
            }
        }
    }
}
