package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lifecycle shipped per group type is built only from Qunflow's element templates, as a
 * designer builds one in the modeler: every task is an instance of a template at its current
 * version, with the template's fixed values and only the inputs the template offers.
 */
class ShippedLifecyclesTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    @ParameterizedTest
    @ValueSource(strings = {"traffic", "content", "flash", "checkin"})
    void lifecycleOfAType_isBuiltOnlyFromTheElementTemplates(String type) {
        BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(
                new ByteArrayInputStream(Bpmn.shipped("group-lifecycle-" + type).getBytes(StandardCharsets.UTF_8)));
        Map<String, JsonNode> templates = new HashMap<>();
        ElementTemplates.all().forEach(t -> templates.put(t.get("id").asText(), t));

        List<Task> tasks = List.copyOf(model.getModelElementsByType(Task.class));
        assertThat(tasks).isNotEmpty();
        for (Task task : tasks) {
            DomElement element = task.getDomElement();
            String id = element.getAttribute(CAMUNDA, "modelerTemplate");
            assertThat(templates).as(task.getId() + " is made from a template").containsKey(id);
            JsonNode template = templates.get(id);
            assertThat(element.getAttribute(CAMUNDA, "modelerTemplateVersion"))
                    .as(task.getId() + " uses the template's current version")
                    .isEqualTo(template.get("version").asText());
            Map<String, String> offered = new TreeMap<>();
            Map<String, String> fixed = new TreeMap<>();
            for (JsonNode property : template.get("properties")) {
                String name = property.get("binding").get("name").asText();
                offered.put(name, property.path("type").asText());
                if (property.path("type").asText().equals("Hidden")) {
                    fixed.put(name, property.get("value").asText());
                }
            }
            Map<String, String> used = new TreeMap<>(inputs(task));
            for (String attribute : List.of("delegateExpression", "assignee", "dueDate", "expression", "class")) {
                String value = element.getAttribute(CAMUNDA, attribute);
                if (value != null) {
                    used.put("camunda:" + attribute, value);
                }
            }
            assertThat(offered.keySet())
                    .as(task.getId() + " sets only what its template offers")
                    .containsAll(used.keySet());
            fixed.forEach((name, value) -> assertThat(used)
                    .as(task.getId() + " keeps its template's fixed values")
                    .containsEntry(name, value));
        }
        for (Activity activity : model.getModelElementsByType(Activity.class)) {
            if (activity.getExtensionElements() != null) {
                assertThat(activity.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaExecutionListener.class)
                                .list())
                        .as(activity.getId() + ": phases are entered by Enter-phase steps, not by listeners")
                        .isEmpty();
            }
        }
        assertThat(model.getModelElementsByType(SubProcess.class))
                .extracting(SubProcess::getId)
                .containsExactly("SubProcess_Dissolution");
        assertThat(new TreeSet<>(LifecycleContract.enteredPhases(readRoot(type))))
                .contains("LAUNCH", "ARCHIVED");
    }

    private static Map<String, String> inputs(Task task) {
        Map<String, String> inputs = new TreeMap<>();
        if (task.getExtensionElements() != null) {
            for (CamundaInputOutput io : task.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaInputOutput.class)
                    .list()) {
                for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
                    inputs.put(
                            parameter.getCamundaName(),
                            parameter.getTextContent().strip());
                }
            }
        }
        return inputs;
    }

    private static org.w3c.dom.Element readRoot(String type) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(
                            Bpmn.shipped("group-lifecycle-" + type).getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
