package io.qunflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a diagram may contain, decided on the parsed XML tree: the elements the web modeler and
 * Qunflow's element templates produce, each with an allow-list of attributes, and for every value
 * Camunda evaluates the {@link ExpressionGrammar}. Everything else is refused, whatever namespace it
 * comes in: scripts, Java classes, resources, connectors, external tasks, DMN, forms, unknown
 * extension elements and attributes. The diagram-interchange part (shapes, edges, colours) is drawing
 * only and is let through as long as it stays in its own namespaces.
 *
 * <p>Why this class is long: it is the allow-list itself, one line per element; splitting it would
 * scatter the one place a reviewer reads to know what a diagram may hold.
 */
final class BpmnAllowList {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String MODELER = "http://camunda.org/schema/modeler/1.0";
    private static final Set<String> DRAWING = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI");
    private static final Set<String> COLOURS =
            Set.of("http://bpmn.io/schema/bpmn/biocolor/1.0", "http://www.omg.org/spec/BPMN/non-normative/color/1.0");

    /** How an attribute's value (or an element's text) is judged. */
    enum Kind {
        /** Plain text: no expression in it. */
        LITERAL,
        /** A value expression of the grammar. */
        EXPRESSION,
        /** An expression that may call one of Qunflow's allowed methods. */
        ACTION,
        /** A variable name. */
        IDENTIFIER,
        BOOLEAN,
        /** {@code ${beanName}} naming one of Qunflow's task types. */
        TASK,
        /** Free text nobody evaluates (documentation, annotations). */
        ANY,
        /** Must be empty: the element carries children, not text. */
        NONE
    }

    /** An allowed element: its attributes (no prefix for BPMN's own, {@code camunda:x}…) and its text. */
    record Spec(Map<String, Kind> attributes, Kind text) {}

    private static final Map<String, Spec> BPMN_ELEMENTS = new HashMap<>();
    private static final Map<String, Spec> CAMUNDA_ELEMENTS = new HashMap<>();

    private static final String[] ASYNC = {
        "camunda:asyncBefore", "BOOLEAN", "camunda:asyncAfter", "BOOLEAN", "camunda:exclusive", "BOOLEAN",
        "camunda:async", "BOOLEAN", "camunda:jobPriority", "EXPRESSION", "camunda:modelerTemplate", "LITERAL",
        "camunda:modelerTemplateVersion", "LITERAL"
    };

    static {
        bpmn(
                "definitions",
                Kind.NONE,
                "targetNamespace",
                "LITERAL",
                "exporter",
                "LITERAL",
                "exporterVersion",
                "LITERAL",
                "modeler:executionPlatform",
                "LITERAL",
                "modeler:executionPlatformVersion",
                "LITERAL");
        bpmn(
                "process",
                Kind.NONE,
                "isExecutable",
                "BOOLEAN",
                "camunda:historyTimeToLive",
                "LITERAL",
                "camunda:versionTag",
                "LITERAL",
                "camunda:isStartableInTasklist",
                "BOOLEAN",
                "camunda:candidateStarterGroups",
                "LITERAL",
                "camunda:candidateStarterUsers",
                "LITERAL",
                "camunda:jobPriority",
                "EXPRESSION",
                "camunda:taskPriority",
                "EXPRESSION");
        bpmn("collaboration", Kind.NONE);
        bpmn("participant", Kind.NONE, "processRef", "LITERAL");
        bpmn("laneSet", Kind.NONE);
        bpmn("lane", Kind.NONE);
        bpmn("flowNodeRef", Kind.LITERAL);
        bpmn("documentation", Kind.ANY, "textFormat", "LITERAL");
        bpmn("extensionElements", Kind.NONE);
        bpmn("incoming", Kind.LITERAL);
        bpmn("outgoing", Kind.LITERAL);
        bpmnWithAsync("startEvent", "isInterrupting", "BOOLEAN", "camunda:initiator", "IDENTIFIER");
        bpmnWithAsync("endEvent");
        bpmnWithAsync("intermediateCatchEvent");
        bpmnWithAsync("intermediateThrowEvent");
        bpmnWithAsync("boundaryEvent", "attachedToRef", "LITERAL", "cancelActivity", "BOOLEAN");
        bpmn("timerEventDefinition", Kind.NONE);
        bpmn("timeDate", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn("timeDuration", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn("timeCycle", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn("messageEventDefinition", Kind.NONE, "messageRef", "LITERAL", "camunda:delegateExpression", "TASK");
        bpmn("signalEventDefinition", Kind.NONE, "signalRef", "LITERAL", "camunda:async", "BOOLEAN");
        bpmn(
                "errorEventDefinition",
                Kind.NONE,
                "errorRef",
                "LITERAL",
                "camunda:errorCodeVariable",
                "IDENTIFIER",
                "camunda:errorMessageVariable",
                "IDENTIFIER");
        bpmn(
                "escalationEventDefinition",
                Kind.NONE,
                "escalationRef",
                "LITERAL",
                "camunda:escalationCodeVariable",
                "IDENTIFIER");
        bpmn("terminateEventDefinition", Kind.NONE);
        bpmn("linkEventDefinition", Kind.NONE);
        bpmn("message", Kind.NONE, "name", "EXPRESSION");
        bpmn("signal", Kind.NONE, "name", "EXPRESSION");
        bpmn("error", Kind.NONE, "errorCode", "LITERAL", "camunda:errorMessage", "EXPRESSION");
        bpmn("escalation", Kind.NONE, "escalationCode", "LITERAL");
        bpmnWithAsync(
                "serviceTask",
                "camunda:delegateExpression",
                "TASK",
                "camunda:expression",
                "ACTION",
                "camunda:resultVariable",
                "IDENTIFIER");
        bpmnWithAsync(
                "businessRuleTask",
                "camunda:delegateExpression",
                "TASK",
                "camunda:expression",
                "ACTION",
                "camunda:resultVariable",
                "IDENTIFIER");
        bpmnWithAsync(
                "sendTask",
                "camunda:delegateExpression",
                "TASK",
                "camunda:expression",
                "ACTION",
                "camunda:resultVariable",
                "IDENTIFIER");
        // Camunda evaluates a user task's name as an expression; here it is what staff read.
        bpmnWithAsync(
                "userTask",
                "name",
                "LITERAL",
                "camunda:assignee",
                "EXPRESSION",
                "camunda:candidateUsers",
                "EXPRESSION",
                "camunda:candidateGroups",
                "EXPRESSION",
                "camunda:dueDate",
                "EXPRESSION",
                "camunda:followUpDate",
                "EXPRESSION",
                "camunda:priority",
                "EXPRESSION");
        bpmnWithAsync("receiveTask", "messageRef", "LITERAL");
        bpmnWithAsync("manualTask");
        bpmnWithAsync("task");
        bpmnWithAsync("subProcess", "triggeredByEvent", "BOOLEAN");
        // The called process is written out, so EndlessLoops can see a process calling itself.
        bpmnWithAsync(
                "callActivity",
                "calledElement",
                "LITERAL",
                "camunda:calledElementBinding",
                "LITERAL",
                "camunda:calledElementVersion",
                "EXPRESSION",
                "camunda:calledElementVersionTag",
                "LITERAL");
        bpmnWithAsync("exclusiveGateway", "default", "LITERAL");
        bpmnWithAsync("inclusiveGateway", "default", "LITERAL");
        bpmnWithAsync("parallelGateway");
        bpmnWithAsync("eventBasedGateway");
        bpmn("sequenceFlow", Kind.NONE, "sourceRef", "LITERAL", "targetRef", "LITERAL", "isImmediate", "BOOLEAN");
        bpmn("conditionExpression", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn(
                "multiInstanceLoopCharacteristics",
                Kind.NONE,
                "isSequential",
                "BOOLEAN",
                "camunda:collection",
                "EXPRESSION",
                "camunda:elementVariable",
                "IDENTIFIER",
                "camunda:asyncBefore",
                "BOOLEAN",
                "camunda:asyncAfter",
                "BOOLEAN",
                "camunda:exclusive",
                "BOOLEAN");
        bpmn("loopCardinality", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn("completionCondition", Kind.EXPRESSION, "xsi:type", "LITERAL");
        bpmn("textAnnotation", Kind.NONE, "textFormat", "LITERAL");
        bpmn("text", Kind.ANY);
        bpmn(
                "association",
                Kind.NONE,
                "sourceRef",
                "LITERAL",
                "targetRef",
                "LITERAL",
                "associationDirection",
                "LITERAL");
        bpmn("group", Kind.NONE, "categoryValueRef", "LITERAL");
        bpmn("category", Kind.NONE);
        bpmn("categoryValue", Kind.NONE, "value", "LITERAL");

        camunda("inputOutput", Kind.NONE);
        camunda("inputParameter", Kind.EXPRESSION, "name", "IDENTIFIER");
        camunda("outputParameter", Kind.EXPRESSION, "name", "IDENTIFIER");
        camunda("list", Kind.NONE);
        camunda("value", Kind.EXPRESSION);
        camunda("map", Kind.NONE);
        camunda("entry", Kind.EXPRESSION, "key", "LITERAL");
        camunda("executionListener", Kind.NONE, "event", "LITERAL", "expression", "ACTION");
        camunda("taskListener", Kind.NONE, "event", "LITERAL", "id", "LITERAL", "expression", "ACTION");
        camunda("properties", Kind.NONE);
        camunda("property", Kind.NONE, "id", "LITERAL", "name", "LITERAL", "value", "LITERAL");
        camunda("failedJobRetryTimeCycle", Kind.LITERAL);
        camunda(
                "in",
                Kind.NONE,
                "source",
                "IDENTIFIER",
                "sourceExpression",
                "EXPRESSION",
                "target",
                "IDENTIFIER",
                "variables",
                "LITERAL",
                "local",
                "BOOLEAN");
        camunda(
                "out",
                Kind.NONE,
                "source",
                "IDENTIFIER",
                "sourceExpression",
                "EXPRESSION",
                "target",
                "IDENTIFIER",
                "variables",
                "LITERAL",
                "local",
                "BOOLEAN");
    }

    /** Names refused with words of their own, so a designer learns what to use instead. */
    private static final Map<String, String[]> REFUSED_WITH_REASON = Map.of(
            "class",
            new String[] {
                "Java classes cannot be named in a diagram; listeners may use Qunflow's expressions only",
                "流程图中不能指定 Java 类；监听器只能使用 Qunflow 允许的表达式"
            },
            "camunda:class",
            new String[] {
                "Java classes cannot be named in a diagram; use one of Qunflow's tasks",
                "流程图中不能指定 Java 类；请使用 Qunflow 提供的任务"
            },
            "camunda:resource",
            new String[] {"Resources cannot be loaded from a diagram", "流程图中不能加载外部资源"},
            "camunda:type",
            new String[] {"External tasks and connectors are not available", "不支持外部任务和连接器"},
            "camunda:topic",
            new String[] {"External tasks are not available", "不支持外部任务"},
            "camunda:delegateExpression",
            new String[] {"Only tasks may name a task implementation", "只有任务可以指定任务实现"},
            // Qunflow's tasks act on the group whose id is the business key: a called process runs
            // for the calling group, never one the diagram names.
            "businessKey",
            new String[] {
                "A called process runs for the calling group; its business key cannot be set",
                "被调用的流程只为调用它的社群运行，不能设置业务键"
            },
            // Camunda's Tasklist loads a task's or start event's form from its key and runs the
            // page's scripts where admins are signed in: "embedded:https://…" is any site's page.
            "camunda:formKey",
            new String[] {
                "Forms are not used by Qunflow; a form key would have Camunda's Tasklist load and run a page",
                "Qunflow 不使用表单；表单键会让 Camunda Tasklist 加载并运行一个页面"
            });

    private final ExpressionGrammar grammar;
    private final TaskTypes tasks;

    BpmnAllowList(ExpressionGrammar grammar, TaskTypes tasks) {
        this.grammar = grammar;
        this.tasks = tasks;
    }

    /** Every problem with the diagram's elements and attributes; empty when it may go on. */
    void check(Element root, List<WorkflowProblem> problems) {
        visit(root, problems);
    }

    private void visit(Element element, List<WorkflowProblem> problems) {
        String ns = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        if (DRAWING.contains(ns)) {
            checkDrawing(element, problems);
            return;
        }
        Spec spec = ns.equals(BPMN)
                ? BPMN_ELEMENTS.get(element.getLocalName())
                : ns.equals(CAMUNDA) ? CAMUNDA_ELEMENTS.get(element.getLocalName()) : null;
        String name = display(element);
        if (spec == null) {
            problems.add(refusedElement(element, name));
            return;
        }
        checkAttributes(element, spec, problems);
        checkText(element, spec.text(), problems);
        checkSingleChildren(element, name, problems);
        forEachChild(element, child -> visit(child, problems));
    }

    /**
     * Camunda's extension elements that its schema allows at most once under one parent. The BPMN
     * schema, which the reader validates, already holds its own elements to theirs; Camunda's is not
     * validated, and its model reads a second one with an exception of its own (a server error), so
     * it is refused here with a problem that names it instead.
     */
    private static final Set<String> SINGLE_CAMUNDA_CHILDREN =
            Set.of("camunda:inputOutput", "camunda:properties", "camunda:failedJobRetryTimeCycle");

    /** Parents whose value is one child element at most (a list, a map, a string or an expression). */
    private static final Set<String> ONE_VALUE_PARENTS =
            Set.of("camunda:inputParameter", "camunda:outputParameter", "camunda:value", "camunda:entry");

    private static void checkSingleChildren(Element element, String name, List<WorkflowProblem> problems) {
        boolean oneValue = ONE_VALUE_PARENTS.contains(name);
        Map<String, Integer> filled = new HashMap<>();
        forEachChild(element, child -> {
            String childName = display(child);
            String slot = oneValue ? "value" : SINGLE_CAMUNDA_CHILDREN.contains(childName) ? childName : null;
            if (slot != null && filled.merge(slot, 1, Integer::sum) == 2) {
                problems.add(
                        oneValue
                                ? WorkflowProblem.at(
                                        owner(element),
                                        childName,
                                        name + " holds one value (a list, a map, a text or an expression), not "
                                                + childName + " as well",
                                        name + " 只能有一个值（列表、映射、文本或表达式），不能再有 " + childName)
                                : WorkflowProblem.at(
                                        owner(element),
                                        childName,
                                        childName + " may appear only once in " + name,
                                        childName + " 在 " + name + " 中只能出现一次"));
            }
        });
    }

    private void checkAttributes(Element element, Spec spec, List<WorkflowProblem> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String key = attributeKey(attribute);
            if (key == null) {
                continue; // a namespace declaration
            }
            if (key.equals("id") || key.equals("name") && !spec.attributes().containsKey("name")) {
                checkValue(element, key, attribute.getValue(), key.equals("id") ? Kind.LITERAL : Kind.ANY, problems);
                continue;
            }
            Kind kind = spec.attributes().get(key);
            if (kind == null) {
                String[] reason = REFUSED_WITH_REASON.get(key);
                problems.add(WorkflowProblem.at(
                        owner(element),
                        key,
                        reason != null
                                ? reason[0] + " (" + key + " on " + display(element) + ")"
                                : "The attribute " + key + " on " + display(element) + " is not one Qunflow allows",
                        reason != null
                                ? reason[1] + "（" + display(element) + " 上的 " + key + "）"
                                : "Qunflow 不允许 " + display(element) + " 上的属性 " + key));
                continue;
            }
            if (key.equals("xsi:type") && !isFormalExpressionType(element, attribute.getValue())) {
                problems.add(WorkflowProblem.at(
                        owner(element),
                        key,
                        "Only formal expressions are allowed here, not " + attribute.getValue(),
                        "此处只允许普通表达式，不能是 " + attribute.getValue()));
                continue;
            }
            checkValue(element, key, attribute.getValue(), kind, problems);
        }
        if (element.hasAttribute("language") && BPMN.equals(element.getNamespaceURI())) {
            problems.add(WorkflowProblem.at(
                    owner(element), "language", "Scripts are not allowed anywhere in a diagram", "流程图中任何位置都不允许脚本"));
        }
    }

    private void checkText(Element element, Kind kind, List<WorkflowProblem> problems) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ENTITY_REFERENCE_NODE
                    || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                problems.add(WorkflowProblem.at(
                        owner(element),
                        display(element),
                        "Entity references and processing instructions are not allowed",
                        "不允许实体引用和处理指令"));
            }
        }
        String value = text.toString();
        if (kind == Kind.NONE) {
            if (!value.isBlank()) {
                problems.add(WorkflowProblem.at(
                        owner(element),
                        display(element),
                        display(element) + " may not hold text",
                        display(element) + " 中不能包含文本"));
            }
            return;
        }
        if (!value.isBlank() || kind == Kind.EXPRESSION) {
            checkValue(element, display(element), value.strip(), kind, problems);
        }
    }

    private void checkValue(Element element, String what, String value, Kind kind, List<WorkflowProblem> problems) {
        String owner = owner(element);
        switch (kind) {
            case ANY -> {}
            case NONE -> {}
            case LITERAL -> {
                if (!ExpressionGrammar.isLiteral(value)) {
                    problems.add(WorkflowProblem.at(
                            owner,
                            what,
                            what + " must be plain text, without ${…} or #{…}",
                            what + " 必须是纯文本，不能包含 ${…} 或 #{…}"));
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.add(WorkflowProblem.at(
                            owner, what, what + " must be true or false", what + " 必须是 true 或 false"));
                }
            }
            case IDENTIFIER -> {
                if (!isIdentifier(value)) {
                    problems.add(WorkflowProblem.at(
                            owner,
                            what,
                            what + " must be a variable name (letters, digits, _), not '" + value + "'",
                            what + " 必须是变量名（字母、数字、下划线），不能是“" + value + "”"));
                }
            }
            case TASK -> checkTask(element, what, value, problems);
            case EXPRESSION, ACTION ->
                grammar.check(value, kind == Kind.ACTION ? ExpressionGrammar.Use.ACTION : ExpressionGrammar.Use.VALUE)
                        .ifPresent(refusal -> problems.add(WorkflowProblem.at(
                                owner, what, what + " " + refusal.message(), what + " " + refusal.messageZh())));
        }
    }

    private void checkTask(Element element, String what, String value, List<WorkflowProblem> problems) {
        Optional<String> bean = beanName(value);
        if (bean.isEmpty() || !tasks.isTask(bean.get())) {
            problems.add(WorkflowProblem.at(
                    owner(element),
                    what,
                    "No task implementation named '" + value + "'; Qunflow's are " + tasks.taskNames(),
                    "没有名为“" + value + "”的任务实现；Qunflow 提供的是 " + tasks.taskNames()));
        }
    }

    /** {@code ${name}} with nothing else: the name, read from JUEL's own tree. */
    static Optional<String> beanName(String expression) {
        String trimmed = expression.strip();
        if (!trimmed.startsWith("${") || !trimmed.endsWith("}")) {
            return Optional.empty();
        }
        String name = trimmed.substring(2, trimmed.length() - 1).strip();
        return isIdentifier(name) ? Optional.of(name) : Optional.empty();
    }

    private static boolean isIdentifier(String value) {
        if (value.isEmpty() || !Character.isJavaIdentifierStart(value.charAt(0)) || value.length() > 100) {
            return false;
        }
        return value.chars().allMatch(Character::isJavaIdentifierPart)
                && value.chars().allMatch(c -> c < 128);
    }

    private void checkDrawing(Element element, List<WorkflowProblem> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String ns = attribute.getNamespaceURI();
            if (ns != null && !XMLNS.equals(ns) && !COLOURS.contains(ns)) {
                problems.add(WorkflowProblem.at(
                        null,
                        attribute.getName(),
                        "The drawing attribute " + attribute.getName() + " is not one Qunflow allows",
                        "Qunflow 不允许绘图属性 " + attribute.getName()));
            }
        }
        forEachChild(element, child -> {
            String ns = child.getNamespaceURI() == null ? "" : child.getNamespaceURI();
            if (DRAWING.contains(ns)) {
                checkDrawing(child, problems);
            } else {
                problems.add(refusedElement(child, display(child)));
            }
        });
    }

    private static final String[] SCRIPTS = {"Scripts are not allowed anywhere in a diagram", "流程图中任何位置都不允许脚本"};

    /** Elements refused with words of their own, by local name, so a designer learns why. */
    private static final Map<String, String[]> ELEMENTS_REFUSED_WITH_REASON = Map.of(
            "scriptTask",
            SCRIPTS,
            "script",
            SCRIPTS,
            "connector",
            new String[] {"Connectors are not available", "不支持连接器"},
            // Camunda injects a field into the object the delegate expression names, by reflection:
            // for Qunflow's tasks that is the one bean every group's workflow runs.
            "field",
            new String[] {
                "Fields are not available: Camunda would write them into Qunflow's task itself, which every"
                        + " group shares; give a task its inputs as input parameters",
                "不支持字段注入：Camunda 会把字段写进所有社群共用的 Qunflow 任务本身；请用输入参数为任务提供输入"
            },
            // Camunda leaves a conditional event as soon as its condition holds, and fires a
            // boundary or event sub-process one again at every change of a variable: a condition
            // the flow itself makes true runs a loop, or the event's own path, without end in one
            // transaction. A milestone is the wait Qunflow checks.
            "conditionalEventDefinition",
            new String[] {
                "Conditional events are not available: Camunda fires one at once when its condition"
                        + " already holds and again at every change of a variable, so the flow could run"
                        + " without end; wait for a milestone (waitForMilestoneDelegate) instead",
                "不支持条件事件：条件已满足时 Camunda 会立即触发，且每次变量变化都会再次触发，流程可能无休止地运行；" + "请改用等待里程碑（waitForMilestoneDelegate）"
            });

    private static WorkflowProblem refusedElement(Element element, String name) {
        String[] reason =
                element.getLocalName() == null ? null : ELEMENTS_REFUSED_WITH_REASON.get(element.getLocalName());
        return reason != null
                ? WorkflowProblem.at(owner(element), name, reason[0] + " (" + name + ")", reason[1] + "（" + name + "）")
                : WorkflowProblem.at(
                        owner(element),
                        name,
                        "The element " + name + " is not one Qunflow runs",
                        "Qunflow 不支持元素 " + name);
    }

    private static String attributeKey(Attr attribute) {
        String ns = attribute.getNamespaceURI();
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (XMLNS.equals(ns)) {
            return null;
        }
        if (CAMUNDA.equals(ns)) {
            return "camunda:" + local;
        }
        if (XSI.equals(ns)) {
            return "xsi:" + local;
        }
        if (MODELER.equals(ns)) {
            return "modeler:" + local;
        }
        return "{" + ns + "}" + local;
    }

    private static boolean isFormalExpressionType(Element element, String value) {
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? null : value.substring(0, colon);
        String local = colon < 0 ? value : value.substring(colon + 1);
        return local.equals("tFormalExpression") && BPMN.equals(element.lookupNamespaceURI(prefix));
    }

    /** The BPMN element a problem belongs to: the nearest enclosing one the modeler draws. */
    static String owner(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String local = e.getLocalName() == null ? "" : e.getLocalName();
            boolean drawn = BPMN.equals(e.getNamespaceURI())
                    && e.hasAttribute("id")
                    && !local.endsWith("EventDefinition")
                    && !local.equals("conditionExpression")
                    && !local.equals("multiInstanceLoopCharacteristics")
                    && !local.equals("definitions");
            if (drawn) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static String display(Element element) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        if (BPMN.equals(ns)) {
            return "bpmn:" + local;
        }
        if (CAMUNDA.equals(ns)) {
            return "camunda:" + local;
        }
        return element.getNodeName();
    }

    private static void forEachChild(Element element, java.util.function.Consumer<Element> visitor) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                visitor.accept(child);
            }
        }
    }

    private static void bpmn(String local, Kind text, String... attributes) {
        BPMN_ELEMENTS.put(local, new Spec(kinds(attributes), text));
    }

    private static void bpmnWithAsync(String local, String... attributes) {
        String[] all = new String[attributes.length + ASYNC.length];
        System.arraycopy(attributes, 0, all, 0, attributes.length);
        System.arraycopy(ASYNC, 0, all, attributes.length, ASYNC.length);
        bpmn(local, Kind.NONE, all);
    }

    private static void camunda(String local, Kind text, String... attributes) {
        CAMUNDA_ELEMENTS.put(local, new Spec(kinds(attributes), text));
    }

    private static Map<String, Kind> kinds(String... pairs) {
        Map<String, Kind> kinds = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            kinds.put(pairs[i], Kind.valueOf(pairs[i + 1]));
        }
        return Map.copyOf(kinds);
    }
}
