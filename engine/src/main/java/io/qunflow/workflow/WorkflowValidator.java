package io.qunflow.workflow;

import io.qunflow.groups.Phase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Everything Qunflow checks on a diagram before any of it reaches Camunda: the XML is read without
 * DTDs or entities, every element, attribute and expression passes the {@link BpmnAllowList}, each
 * Qunflow task's inputs make sense, timers are real times and not floods (a cycle is written out
 * with a bounded count, any other timer is written out or one variable), multi-instance counts are bounded, no flow
 * copies itself past {@link FlowCopies}' bound, no signal is thrown, no loop runs without waiting,
 * the phases named exist, and a workflow Qunflow starts keeps what its {@link LifecycleContract}
 * lists.
 *
 * <p>Why this class is long: it is the one place that puts those checks in order and reads the
 * file for them; each check is a class of its own ({@link BpmnAllowList}, {@link FlowCopies},
 * {@link EndlessLoops}, {@link XmlDepth}…), what stays here is reading and sequencing.
 */
@Component
class WorkflowValidator {

    private static final String NOT_BPMN_ZH = "这个文件不是 BPMN 2.0 流程图";

    private static final Pattern PARSER_LINE = Pattern.compile("Line=(\\d+)");
    /** A timer cycle may not fire more often than this. */
    private static final Duration SHORTEST_CYCLE = Duration.ofMinutes(1);
    /**
     * Nor more often than this in all: once a minute for 16 hours, daily for almost three years, the
     * same thousand a multi-instance activity may start.
     */
    static final int MOST_CYCLE_FIRINGS = 1_000;

    /** A diagram read twice: as a plain XML tree for the allow-list, and as Camunda's model. */
    record Parsed(BpmnModelInstance model, Element root) {}

    private final TaskTypes tasks;
    private final BpmnAllowList allowList;
    private final LifecycleContract contract;
    private final DatatypeFactory durations;
    private final DocumentBuilderFactory xml;

    WorkflowValidator(TaskTypes tasks, LifecycleContract contract) throws DatatypeConfigurationException {
        this.tasks = tasks;
        this.allowList = new BpmnAllowList(new ExpressionGrammar(TaskTypes.CALLS), tasks);
        this.contract = contract;
        this.durations = DatatypeFactory.newInstance();
        this.xml = hardenedParser();
    }

    /** Reads the diagram; refuses XML that is not BPMN, and any DTD or entity. */
    Parsed read(String text) {
        Element root;
        try {
            DocumentBuilder builder = xml.newDocumentBuilder();
            builder.setErrorHandler(null);
            // The same bytes Camunda reads, so the encoding the file declares decodes them here too:
            // read from the text instead, a Shift_JIS file checks other characters than Camunda runs.
            Document document = builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            root = document.getDocumentElement();
            // A diagram is stored and served back as deployed: an instruction before or after the
            // root (<?xml-stylesheet?>) would tell a browser opening it what to load.
            for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                    throw new InvalidWorkflowException(
                            "The file is not a BPMN 2.0 diagram",
                            NOT_BPMN_ZH,
                            List.of(WorkflowProblem.at(
                                    null,
                                    "bpmn:definitions",
                                    "Processing instructions are not allowed (<?"
                                            + ((ProcessingInstruction) child).getTarget() + " …?>)",
                                    "不允许处理指令（<?" + ((ProcessingInstruction) child).getTarget() + " …?>）")));
                }
            }
            if (!XmlDepth.withinLimit(root)) {
                throw new InvalidWorkflowException(
                        "The file is not a BPMN 2.0 diagram",
                        NOT_BPMN_ZH,
                        List.of(WorkflowProblem.at(
                                null,
                                "bpmn:definitions",
                                "Elements nest more than " + XmlDepth.MAX_DEPTH + " deep",
                                "元素嵌套超过 " + XmlDepth.MAX_DEPTH + " 层")));
            }
        } catch (SAXParseException e) {
            throw new InvalidWorkflowException(
                    "The file is not a BPMN 2.0 diagram",
                    NOT_BPMN_ZH,
                    List.of(new WorkflowProblem(null, e.getMessage(), e.getLineNumber(), e.getColumnNumber())));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InvalidWorkflowException(
                    "The file is not a BPMN 2.0 diagram",
                    NOT_BPMN_ZH,
                    List.of(WorkflowProblem.at(null, e.getMessage())));
        }
        try {
            return new Parsed(
                    Bpmn.readModelFromStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), root);
        } catch (ModelException e) {
            throw new InvalidWorkflowException(
                    "The file is not a BPMN 2.0 diagram", NOT_BPMN_ZH, List.of(parseProblem(e)));
        }
    }

    /** Every problem Qunflow finds in the diagram on its own; empty when it may go on to Camunda. */
    List<WorkflowProblem> check(Parsed parsed) {
        return check(parsed, DeployedProcesses.NONE);
    }

    /**
     * Every problem Qunflow finds in the diagram, with the processes {@code deployed} before it
     * (what they call, and what calls into the diagram: see {@link EndlessLoops}).
     */
    List<WorkflowProblem> check(Parsed parsed, DeployedProcesses deployed) {
        List<WorkflowProblem> problems = new ArrayList<>();
        BpmnModelInstance model = parsed.model();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.stream().noneMatch(Process::isExecutable)) {
            problems.add(WorkflowProblem.at(
                    processes.stream().findFirst().map(Process::getId).orElse(null),
                    "isExecutable",
                    "The diagram has no executable process (set isExecutable)",
                    "流程图中没有可执行的流程（请设置 isExecutable）"));
        }
        allowList.check(parsed.root(), problems);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            // A message event names its task on its definition and runs it with the event's inputs.
            Stream.<ModelElementInstance>concat(
                            Stream.of(node), node.getChildElementsByType(MessageEventDefinition.class).stream())
                    .map(e -> e.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression"))
                    .flatMap(e -> BpmnAllowList.beanName(e == null ? "" : e).stream())
                    .filter(tasks::isTask)
                    .forEach(bean -> tasks.checkInputs(bean, processOf(node), inputs(node), problems));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            tasks.checkStaffTask(inputs(task), task.getCamundaAssignee(), task.getCamundaDueDate(), problems);
        }
        checkTimers(parsed.root(), problems);
        RetryCycleLimit.check(parsed.root(), this::isDuration, problems);
        MultiInstanceLimit.check(model, problems);
        FlowCopies.check(model, problems);
        RepeatedStarts.check(model, deployed, problems);
        SignalThrows.check(model, problems);
        ProcessStarts.check(model, problems);
        EndlessLoops.check(model, deployed, this::lastsAMinute, problems);
        for (String phase : LifecycleContract.enteredPhases(parsed.root())) {
            if (!Phase.isName(phase)) {
                problems.add(WorkflowProblem.at(
                        null,
                        "lifecyclePhases.enter",
                        "The phase '" + phase
                                + "' is not a phase name: 1 to 20 upper-case letters, digits or underscores",
                        "“" + phase + "”不是有效的阶段名：须为 1 到 20 个大写字母、数字或下划线"));
            }
        }
        contract.check(model, parsed.root(), problems);
        return problems;
    }

    private void checkTimers(Element root, List<WorkflowProblem> problems) {
        for (String kind : List.of("timeDuration", "timeDate", "timeCycle")) {
            NodeList timers = root.getElementsByTagNameNS(BpmnAllowList.BPMN, kind);
            for (int i = 0; i < timers.getLength(); i++) {
                Element timer = (Element) timers.item(i);
                String text = timer.getTextContent().strip();
                String owner = BpmnAllowList.owner(timer);
                if (ExpressionGrammar.isLiteral(text)) {
                    checkTimer(kind, text, owner, problems);
                } else if (kind.equals("timeCycle")) {
                    // Nothing checks a computed cycle when the timer is created, so it could fire every
                    // millisecond; only a written-out cycle can be held to the shortest one.
                    problems.add(WorkflowProblem.at(
                            owner,
                            kind,
                            "Timer cycle '" + text + "' must be written out (R30/P1D, R5/PT1H), not computed:"
                                    + " only a written-out cycle can be held to at most once a minute",
                            "定时周期“" + text + "”必须直接写出（如 R30/P1D、R5/PT1H），不能用表达式计算：只有直接写出的周期才能保证至多每分钟一次"));
                } else if (!ExpressionGrammar.isVariableReference(text)) {
                    // A variable lets Qunflow's processes pass a time they computed; anything more
                    // elaborate (a string in ${…}, text around it) only hides a value from this check.
                    problems.add(WorkflowProblem.at(
                            owner,
                            kind,
                            "Timer " + kind + " '" + text + "' must be written out or be one variable such as"
                                    + " ${launchPeriod}",
                            "定时器 " + kind + "“" + text + "”必须直接写出，或只是一个变量，例如 ${launchPeriod}"));
                } else {
                    checkTimerVariable(kind, text, owner, problems);
                }
            }
        }
    }

    /**
     * A timer waits on one of Qunflow's time settings ({@link TimerVariables}), never on a variable
     * whatever set it last, such as the time of the last post, or one that came in from outside.
     */
    private static void checkTimerVariable(String kind, String text, String owner, List<WorkflowProblem> problems) {
        String variable = ExpressionGrammar.variableName(text).orElse(text);
        if (!TimerVariables.allowed(kind, variable)) {
            problems.add(WorkflowProblem.at(
                    owner,
                    kind,
                    "Timer " + kind + " '" + text + "' waits on " + variable + ", which is not one of Qunflow's time"
                            + " settings; a timer may wait on " + TimerVariables.names()
                            + ", or on a time written out",
                    "定时器 " + kind + "“" + text + "”等待的变量 " + variable + " 不是 Qunflow 的时间设置；定时器只能等待 "
                            + TimerVariables.names() + "，或直接写出的时间"));
        }
    }

    private void checkTimer(String kind, String text, String owner, List<WorkflowProblem> problems) {
        switch (kind) {
            case "timeDuration" -> {
                if (!isDuration(text)) {
                    problems.add(WorkflowProblem.at(
                            owner,
                            kind,
                            "Timer duration '" + text
                                    + "' is not an ISO 8601 duration such as P1D (one day) or PT2H (two hours)",
                            "定时时长“" + text + "”不是 ISO 8601 时长，例如 P1D（一天）或 PT2H（两小时）"));
                }
            }
            case "timeDate" -> {
                try {
                    OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    problems.add(WorkflowProblem.at(
                            owner,
                            kind,
                            "Timer date '" + text
                                    + "' is not an ISO 8601 date and time such as 2026-12-12T20:00:00+08:00",
                            "定时日期“" + text + "”不是 ISO 8601 日期时间，例如 2026-12-12T20:00:00+08:00"));
                }
            }
            default -> {
                if (!isModestCycle(text)) {
                    problems.add(WorkflowProblem.at(
                            owner,
                            kind,
                            "Timer cycle '" + text + "' must repeat an ISO 8601 duration of at least one minute"
                                    + " (R30/P1D, R5/PT1H)",
                            "定时周期“" + text + "”必须是不短于一分钟的 ISO 8601 重复时长（如 R30/P1D、R5/PT1H）"));
                } else {
                    checkFirings(text, owner, problems);
                }
            }
        }
    }

    /**
     * A cycle names how often it fires: without a count Camunda repeats it without end, and every
     * firing of a non-interrupting boundary event or an event sub-process is a new path through the
     * flow, of a start event a new process instance.
     */
    private static void checkFirings(String cycle, String owner, List<WorkflowProblem> problems) {
        String count = cycle.substring(1, cycle.indexOf('/'));
        if (count.isEmpty()) {
            problems.add(WorkflowProblem.at(
                    owner,
                    "timeCycle",
                    "Timer cycle '" + cycle + "' repeats without end; write how many times it fires, at most "
                            + MOST_CYCLE_FIRINGS + " times (R30/P1D)",
                    "定时周期“" + cycle + "”会无限重复；请写明触发次数，至多 " + MOST_CYCLE_FIRINGS + " 次（如 R30/P1D）"));
        } else if (new BigInteger(count).compareTo(BigInteger.valueOf(MOST_CYCLE_FIRINGS)) > 0) {
            problems.add(WorkflowProblem.at(
                    owner,
                    "timeCycle",
                    "Timer cycle '" + cycle + "' fires " + count + " times; a cycle fires at most " + MOST_CYCLE_FIRINGS
                            + " times",
                    "定时周期“" + cycle + "”触发 " + count + " 次；一个周期至多触发 " + MOST_CYCLE_FIRINGS + " 次"));
        }
    }

    private boolean isDuration(String text) {
        try {
            durations.newDuration(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code R[n]/[start/]duration} with a duration of a minute or more. */
    private boolean isModestCycle(String text) {
        String[] parts = text.split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
            return false;
        }
        String repeats = parts[0].substring(1);
        if (!repeats.isEmpty() && !repeats.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return lastsAMinute(parts[parts.length - 1]);
    }

    /** Whether the text is an ISO 8601 duration of at least {@link #SHORTEST_CYCLE}. */
    private boolean lastsAMinute(String text) {
        return isDuration(text)
                && durations.newDuration(text).getTimeInMillis(new java.util.Date(0)) >= SHORTEST_CYCLE.toMillis();
    }

    private static String processOf(FlowNode node) {
        Process process = EndlessLoops.enclosingProcess(node);
        return process == null ? null : process.getId();
    }

    private static TaskTypes.TaskInputs inputs(FlowNode node) {
        Map<String, String> values = new HashMap<>();
        if (node.getExtensionElements() != null) {
            node.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                    .flatMap(io -> io.getCamundaInputParameters().stream())
                    .filter(p -> p.getCamundaName() != null && p.getTextContent() != null)
                    .forEach(p -> values.put(p.getCamundaName(), p.getTextContent()));
        }
        return new TaskTypes.TaskInputs(node.getId(), values);
    }

    private static DocumentBuilderFactory hardenedParser() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            // No DOCTYPE at all: no entities, no external DTDs, nothing fetched, nothing expanded.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
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
}
