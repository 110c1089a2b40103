package io.qunflow.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * For {@link EndlessLoops}: the timer variables a call passes from one diagram into a process of
 * another. A loop that waits ${topicInterval} waits as long as Qunflow's setting only while nothing
 * sets that variable, and a call activity's {@code in} mapping (or {@code variables="all"} after
 * setting it) sets it in the process it calls: a diagram that calls a deployed process, or a process
 * deployed after a diagram that calls it, would otherwise get past a check that sees one diagram at
 * a time. Both ways are followed, through the processes those call in turn.
 */
final class PassedTimerVariables {

    private final BpmnModelInstance model;
    private final DeployedProcesses deployed;
    private final Predicate<String> lastsAMinute;
    private final Set<String> diagramProcesses;
    private final boolean readsTimerVariables;

    PassedTimerVariables(BpmnModelInstance model, DeployedProcesses deployed, Predicate<String> lastsAMinute) {
        this.model = model;
        this.deployed = deployed;
        this.lastsAMinute = lastsAMinute;
        this.diagramProcesses = model.getModelElementsByType(Process.class).stream()
                .map(Process::getId)
                .collect(Collectors.toSet());
        this.readsTimerVariables = model.getModelElementsByType(TimerEventDefinition.class).stream()
                .flatMap(timer -> Stream.of(timer.getTimeDuration(), timer.getTimeDate()))
                .anyMatch(time -> time != null
                        && time.getTextContent() != null
                        && !ExpressionGrammar.isLiteral(time.getTextContent().strip()));
    }

    /**
     * Refuses a loop of the scope (one of the diagram's processes or sub-processes) that waits with
     * what the diagram sets ({@code writes}), but not with what deployed processes calling its
     * process pass in.
     */
    void checkCallersOf(ModelElementInstance scope, VariableWrites writes, List<WorkflowProblem> problems) {
        Process process = EndlessLoops.enclosingProcess(scope);
        // Only a timer that reads a variable can be shortened by a caller: no need to read every
        // stored diagram for one that has none.
        if (process == null || !readsTimerVariables) {
            return;
        }
        Set<String> callers = new LinkedHashSet<>();
        VariableWrites incoming = incoming(process.getId(), new HashSet<>(), callers);
        if (incoming.isEmpty()) {
            return;
        }
        VariableWrites held = writes.plus(incoming);
        Set<FlowNode> loop = EndlessLoops.loopWithoutWaiting(scope, held, lastsAMinute);
        if (loop.isEmpty()) {
            return;
        }
        String ids = loop.stream().map(FlowNode::getId).collect(Collectors.joining(", "));
        String written = String.join(", ", EndlessLoops.writtenTimerVariables(loop, held, lastsAMinute));
        String by = String.join(", ", callers);
        problems.add(WorkflowProblem.at(
                loop.iterator().next().getId(),
                "bpmn:sequenceFlow",
                "The flow loops through " + ids + " and waits on a timer variable (" + written + ") that the"
                        + " deployed process " + by + " sets when it calls " + process.getId()
                        + ", so the loop would run forever; a timer's variable counts as a wait only when no"
                        + " process that calls this one sets it, or sets it only to a written-out duration of a"
                        + " minute or more",
                "流程在 " + ids + " 之间循环，所等待的定时器变量（" + written + "）会由调用 " + process.getId() + " 的已部署流程 " + by
                        + " 设置，循环将无休止地运行；只有调用它的流程不设置该变量，或只把它设为直接写出的、不短于一分钟的时长时，该定时器才算等待"));
    }

    /**
     * Refuses a call activity of the diagram that passes into a deployed process (or one that
     * process calls) a variable one of its loops waits on, when that loop waits without it.
     */
    void checkCalledProcesses(VariableWrites writes, List<WorkflowProblem> problems) {
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            Process caller = EndlessLoops.enclosingProcess(call);
            String called = call.getCalledElement();
            if (caller == null || called == null || diagramProcesses.contains(called)) {
                continue;
            }
            VariableWrites passed = VariableWrites.passedBy(
                    call, () -> writes.plus(incoming(caller.getId(), new HashSet<>(), new LinkedHashSet<>())));
            if (passed.isEmpty()) {
                continue;
            }
            runaway(called, passed, new HashSet<>())
                    .ifPresent(loop -> problems.add(WorkflowProblem.at(
                            call.getId(),
                            "calledElement",
                            "The call activity passes into " + called + " a variable that the loop through "
                                    + loop.ids() + " of the deployed process " + loop.process() + " waits on ("
                                    + loop.written() + "), so that loop would run forever; pass a timer's"
                                    + " variable only as a written-out duration of a minute or more, or not at all",
                            "调用活动向 " + called + " 传入了已部署流程 " + loop.process() + " 中循环（" + loop.ids()
                                    + "）所等待的变量（" + loop.written() + "），该循环将无休止地运行；定时器的变量只能传入直接写出的、"
                                    + "不短于一分钟的时长，或者不传")));
        }
    }

    /** A loop of a deployed process that stops waiting once a call sets its timer's variable. */
    private record Runaway(String process, String ids, String written) {}

    /**
     * The first loop of a stored version of the process that waits with what that version sets
     * itself, but not with what is passed in; then the same for what that version passes on.
     */
    private Optional<Runaway> runaway(String processKey, VariableWrites passed, Set<String> seen) {
        if (diagramProcesses.contains(processKey) || !seen.add(processKey)) {
            return Optional.empty();
        }
        for (BpmnModelInstance version : deployed.versions(processKey)) {
            VariableWrites own = VariableWrites.of(version);
            VariableWrites held = own.plus(passed);
            for (ModelElementInstance scope : scopes(version, processKey)) {
                // A loop that runs away on its own is that version's problem, refused or suspended itself.
                if (!EndlessLoops.loopWithoutWaiting(scope, own, lastsAMinute).isEmpty()) {
                    continue;
                }
                Set<FlowNode> loop = EndlessLoops.loopWithoutWaiting(scope, held, lastsAMinute);
                if (!loop.isEmpty()) {
                    return Optional.of(new Runaway(
                            processKey,
                            loop.stream().map(FlowNode::getId).collect(Collectors.joining(", ")),
                            String.join(", ", EndlessLoops.writtenTimerVariables(loop, held, lastsAMinute))));
                }
            }
            for (CallActivity call : version.getModelElementsByType(CallActivity.class)) {
                Process caller = EndlessLoops.enclosingProcess(call);
                if (caller == null || !caller.getId().equals(processKey) || call.getCalledElement() == null) {
                    continue;
                }
                VariableWrites passedOn = VariableWrites.passedBy(call, () -> held);
                if (!passedOn.isEmpty()) {
                    Optional<Runaway> further = runaway(call.getCalledElement(), passedOn, seen);
                    if (further.isPresent()) {
                        return further;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What deployed processes pass into the process of this key when they call it, and what their
     * own callers pass into them when they pass on all they hold; {@code callers} collects who.
     */
    private VariableWrites incoming(String processKey, Set<String> visiting, Set<String> callers) {
        if (!visiting.add(processKey)) {
            return VariableWrites.NONE;
        }
        VariableWrites incoming = VariableWrites.NONE;
        for (BpmnModelInstance callerModel : deployed.callersOf(processKey)) {
            for (CallActivity call : callerModel.getModelElementsByType(CallActivity.class)) {
                Process caller = EndlessLoops.enclosingProcess(call);
                if (caller == null || !processKey.equals(call.getCalledElement())) {
                    continue;
                }
                VariableWrites passed = VariableWrites.passedBy(
                        call,
                        () -> VariableWrites.of(callerModel)
                                .plus(incoming(caller.getId(), visiting, new LinkedHashSet<>())));
                if (!passed.isEmpty()) {
                    callers.add(caller.getId());
                    incoming = incoming.plus(passed);
                }
            }
        }
        return incoming;
    }

    /** The process of this key in the stored diagram, and the sub-processes it holds. */
    private static List<ModelElementInstance> scopes(BpmnModelInstance version, String processKey) {
        List<ModelElementInstance> scopes = new ArrayList<>();
        for (Process process : version.getModelElementsByType(Process.class)) {
            if (process.getId().equals(processKey)) {
                scopes.add(process);
            }
        }
        for (SubProcess subProcess : version.getModelElementsByType(SubProcess.class)) {
            Process process = EndlessLoops.enclosingProcess(subProcess);
            if (process != null && process.getId().equals(processKey)) {
                scopes.add(subProcess);
            }
        }
        return scopes;
    }
}
