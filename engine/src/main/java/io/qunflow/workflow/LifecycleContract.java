package io.qunflow.workflow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Qunflow relies on in the workflows it starts (the start event, the messages it sends, the
 * phases it expects), declared once in {@code workflows/contracts/*.json}. A new version of such a
 * workflow that drops any of it is refused with the list of what is missing.
 */
@Component
class LifecycleContract {

    record Item(String name, String why) {}

    record Contract(
            String process,
            String description,
            boolean noneStartEvent,
            List<Item> messages,
            List<Item> phases,
            List<Item> providedVariables) {}

    private final Map<String, Contract> contracts = new HashMap<>();

    LifecycleContract(ObjectMapper json) {
        ObjectMapper reader = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:workflows/contracts/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    Contract contract = reader.readValue(in, Contract.class);
                    contracts.put(contract.process(), contract);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workflow contracts", e);
        }
    }

    Collection<Contract> all() {
        return contracts.values();
    }

    /** What each executable process with a contract lacks, as problems on the process. */
    void check(BpmnModelInstance model, Element root, List<WorkflowProblem> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            Contract contract = contracts.get(process.getId());
            if (contract == null) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (contract.noneStartEvent() && !hasNoneStart(process)) {
                missing.add("a plain start event (without a trigger) directly in the process");
            }
            Set<String> caught = caughtMessages(process);
            for (Item message : contract.messages()) {
                if (!caught.contains(message.name())) {
                    missing.add("a catching event for the message '" + message.name() + "' (" + message.why() + ")");
                }
            }
            Set<String> entered = enteredPhases(root);
            for (Item phase : contract.phases()) {
                if (!entered.contains(phase.name())) {
                    missing.add("entering the phase " + phase.name() + " (" + phase.why() + ")");
                }
            }
            if (!missing.isEmpty()) {
                problems.add(WorkflowProblem.at(
                        process.getId(),
                        "contract",
                        "Qunflow relies on this in '" + process.getId() + "', and this version drops it: "
                                + String.join("; ", missing),
                        "Qunflow 依赖 “" + process.getId() + "” 中的以下内容，此版本缺少：" + String.join("；", missing)));
            }
        }
    }

    private static boolean hasNoneStart(Process process) {
        return process.getChildElementsByType(StartEvent.class).stream()
                .anyMatch(start -> start.getEventDefinitions().isEmpty());
    }

    private static Set<String> caughtMessages(Process process) {
        Set<String> names = new TreeSet<>();
        for (MessageEventDefinition definition :
                process.getModelInstance().getModelElementsByType(MessageEventDefinition.class)) {
            boolean catching = definition.getParentElement() instanceof CatchEvent
                    || definition.getParentElement() instanceof BoundaryEvent;
            if (catching
                    && definition.getMessage() != null
                    && definition.getMessage().getName() != null) {
                names.add(definition.getMessage().getName());
            }
        }
        for (ReceiveTask task : process.getModelInstance().getModelElementsByType(ReceiveTask.class)) {
            if (task.getMessage() != null && task.getMessage().getName() != null) {
                names.add(task.getMessage().getName());
            }
        }
        return names;
    }

    /** The phases the diagram enters, by an "Enter phase" step or a {@code lifecyclePhases.enter} call. */
    static Set<String> enteredPhases(Element root) {
        return new TreeSet<>(declaredPhases(root).keySet());
    }

    /**
     * The phases the diagram enters with the label people read: an "Enter phase" step's
     * {@code label} input, or the name of the element whose listener calls {@code
     * lifecyclePhases.enter}. In document order; the first label of a phase wins.
     */
    static Map<String, String> declaredPhases(Element root) {
        Map<String, String> phases = new LinkedHashMap<>();
        collectPhases(root, phases);
        return phases;
    }

    private static void collectPhases(Element element, Map<String, String> phases) {
        String delegate = element.getAttributeNS(BpmnAllowList.CAMUNDA, "delegateExpression");
        if (delegate.strip().equals("${enterPhaseDelegate}")) {
            Map<String, String> inputs = inputs(element);
            String phase = inputs.get("phase");
            if (phase != null) {
                phases.putIfAbsent(phase, inputs.getOrDefault("label", phase));
            }
        }
        String expression = BpmnAllowList.CAMUNDA.equals(element.getNamespaceURI())
                ? element.getAttribute("expression")
                : element.getAttributeNS(BpmnAllowList.CAMUNDA, "expression");
        if (!expression.isEmpty()) {
            Set<String> named = new TreeSet<>();
            try {
                findEnter(
                        (Node) new Builder(Builder.Feature.METHOD_INVOCATIONS)
                                .build(expression)
                                .getRoot(),
                        named);
            } catch (TreeBuilderException refusedElsewhere) {
                // The allow-list reports the broken expression; it names no phase.
            }
            String label = labelOf(element);
            named.forEach(phase -> phases.putIfAbsent(phase, label.isEmpty() ? phase : label));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectPhases(child, phases);
            }
        }
    }

    /** The name of the flow element a listener or expression belongs to. */
    private static String labelOf(Element element) {
        for (org.w3c.dom.Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (BpmnAllowList.BPMN.equals(e.getNamespaceURI())
                    && !e.getAttribute("name").isBlank()) {
                return e.getAttribute("name").strip();
            }
        }
        return "";
    }

    private static Map<String, String> inputs(Element task) {
        Map<String, String> inputs = new HashMap<>();
        NodeList parameters = task.getElementsByTagNameNS(BpmnAllowList.CAMUNDA, "inputParameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            inputs.put(
                    parameter.getAttribute("name"), parameter.getTextContent().strip());
        }
        return inputs;
    }

    private static void findEnter(Node node, Set<String> phases) {
        if (node instanceof AstMethod method
                && method.getChild(0).getChild(0) instanceof AstIdentifier bean
                && bean.getName().equals("lifecyclePhases")
                && method.getChild(0).toString().equals(". enter")) {
            Node arguments = method.getChild(1);
            for (int i = 0; i < arguments.getCardinality(); i++) {
                if (arguments.getChild(i) instanceof AstString literal) {
                    phases.add(String.valueOf(literal.eval(null, null)));
                }
            }
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            findEnter(node.getChild(i), phases);
        }
    }
}
