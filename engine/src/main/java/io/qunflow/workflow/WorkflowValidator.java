package io.qunflow.workflow;

import io.qunflow.groups.LifecycleContent;
import io.qunflow.rules.GroupRuleSetRunner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

/**
 * Qunflow's own checks on a diagram, before Camunda parses it for deployment: the things Camunda
 * would only discover when a group reaches the task (a delegate that does not exist, a rule set
 * nobody runs, a timer duration that is not ISO 8601).
 */
@Component
class WorkflowValidator {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
    private static final Pattern PARSER_LINE = Pattern.compile("Line=(\\d+)");
    private static final Set<String> REWARDS = Set.of("POINTS", "RED_ENVELOPE");

    private final ApplicationContext context;
    private final Set<String> ruleSets;
    private final DatatypeFactory durations;
    /** Per Qunflow delegate, the check of its inputs. */
    private final Map<String, BiConsumer<Inputs, List<WorkflowProblem>>> inputChecks = Map.of(
            "runRuleSetDelegate", this::checkRuleSet,
            "postContentDelegate", WorkflowValidator::checkContent,
            "grantRewardDelegate", WorkflowValidator::checkReward,
            "waitForMilestoneDelegate", WorkflowValidator::checkMilestone);

    WorkflowValidator(ApplicationContext context, List<GroupRuleSetRunner> runners)
            throws DatatypeConfigurationException {
        this.context = context;
        this.ruleSets =
                runners.stream().map(GroupRuleSetRunner::ruleSet).collect(Collectors.toCollection(TreeSet::new));
        this.durations = DatatypeFactory.newInstance();
    }

    /** Reads the diagram; refuses XML that is not BPMN. */
    BpmnModelInstance read(String xml) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelException e) {
            throw new InvalidWorkflowException("The file is not a BPMN 2.0 diagram", List.of(parseProblem(e)));
        }
    }

    /** Every problem Qunflow finds in the diagram; empty when it may go on to Camunda. */
    List<WorkflowProblem> check(BpmnModelInstance model) {
        List<WorkflowProblem> problems = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.stream().noneMatch(Process::isExecutable)) {
            problems.add(WorkflowProblem.at(
                    processes.stream().findFirst().map(Process::getId).orElse(null),
                    "The diagram has no executable process (set isExecutable)"));
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String expression = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            if (expression != null) {
                checkDelegate(node, expression, problems);
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            checkDuration(timer, problems);
        }
        return problems;
    }

    private void checkDelegate(FlowNode node, String expression, List<WorkflowProblem> problems) {
        Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
        if (!bean.matches()) {
            return;
        }
        String name = bean.group(1);
        Class<?> type = context.containsBean(name) ? context.getType(name) : null;
        if (type == null
                || !(JavaDelegate.class.isAssignableFrom(type) || ActivityBehavior.class.isAssignableFrom(type))) {
            problems.add(WorkflowProblem.at(
                    node.getId(),
                    "No task implementation named '" + name + "'; Qunflow's are "
                            + new TreeSet<>(inputChecks.keySet())));
            return;
        }
        BiConsumer<Inputs, List<WorkflowProblem>> inputs = inputChecks.get(name);
        if (inputs != null) {
            inputs.accept(new Inputs(node), problems);
        }
    }

    private void checkRuleSet(Inputs inputs, List<WorkflowProblem> problems) {
        String ruleSet = inputs.get("ruleSet");
        if (ruleSet == null || !ruleSets.contains(ruleSet)) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "Input 'ruleSet' must name a rule set a workflow can run: " + ruleSets
                            + (ruleSet == null ? "" : "; '" + ruleSet + "' is not one")));
        }
    }

    private static void checkContent(Inputs inputs, List<WorkflowProblem> problems) {
        String content = inputs.get("content");
        if (content == null
                || Arrays.stream(LifecycleContent.values())
                        .noneMatch(c -> c.name().equals(content))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    "Input 'content' must be one of " + Arrays.toString(LifecycleContent.values())));
        }
    }

    private static void checkReward(Inputs inputs, List<WorkflowProblem> problems) {
        String reward = inputs.get("reward");
        if (reward == null || !REWARDS.contains(reward)) {
            problems.add(
                    WorkflowProblem.at(inputs.elementId(), "Input 'reward' must be one of " + new TreeSet<>(REWARDS)));
        } else if (!positive(inputs.get(reward.equals("POINTS") ? "points" : "amountCents"))) {
            problems.add(WorkflowProblem.at(
                    inputs.elementId(),
                    reward.equals("POINTS")
                            ? "Input 'points' must be a whole number above 0"
                            : "Input 'amountCents' must be a whole number of cents above 0"));
        }
    }

    private static void checkMilestone(Inputs inputs, List<WorkflowProblem> problems) {
        if (!positive(inputs.get("memberCount"))) {
            problems.add(WorkflowProblem.at(inputs.elementId(), "Input 'memberCount' must be a whole number above 0"));
        }
    }

    private void checkDuration(TimerEventDefinition timer, List<WorkflowProblem> problems) {
        TimeDuration duration = timer.getTimeDuration();
        if (duration == null || duration.getTextContent() == null) {
            return;
        }
        String text = duration.getTextContent().trim();
        if (text.startsWith("${") || text.startsWith("#{")) {
            return;
        }
        try {
            durations.newDuration(text);
        } catch (IllegalArgumentException e) {
            ModelElementInstance event = timer.getParentElement();
            String id = event instanceof BaseElement element ? element.getId() : timer.getId();
            problems.add(WorkflowProblem.at(
                    id,
                    "Timer duration '" + text
                            + "' is not an ISO 8601 duration such as P1D (one day) or PT2H (two hours)"));
        }
    }

    private static boolean positive(String number) {
        try {
            return number != null && Long.parseLong(number.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The parser's own words and line: Camunda's error handler re-throws them as a plain SAXException. */
    private static WorkflowProblem parseProblem(ModelException e) {
        Throwable deepest = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new WorkflowProblem(null, sax.getMessage(), sax.getLineNumber(), sax.getColumnNumber());
            }
            deepest = cause;
        }
        String message = deepest.getMessage() == null ? e.getMessage() : deepest.getMessage();
        Matcher line = PARSER_LINE.matcher(message);
        return new WorkflowProblem(null, message, line.find() ? Integer.valueOf(line.group(1)) : null, null);
    }

    /** A task's literal camunda:inputParameter values. */
    private record Inputs(String elementId, Map<String, String> values) {

        Inputs(FlowNode node) {
            this(
                    node.getId(),
                    node.getExtensionElements() == null
                            ? Map.of()
                            : node
                                    .getExtensionElements()
                                    .getElementsQuery()
                                    .filterByType(CamundaInputOutput.class)
                                    .list()
                                    .stream()
                                    .flatMap(io -> io.getCamundaInputParameters().stream())
                                    .filter(p -> p.getCamundaName() != null && p.getTextContent() != null)
                                    .collect(Collectors.toMap(
                                            CamundaInputParameter::getCamundaName,
                                            CamundaInputParameter::getTextContent,
                                            (a, b) -> b)));
        }

        String get(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
