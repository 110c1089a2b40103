package io.qunflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Diagrams as the modeler builds them from Qunflow's element templates, with their default values. */
final class ElementTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ElementTemplates() {}

    static List<JsonNode> all() {
        List<JsonNode> templates = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:workflows/element-templates/*.json")) {
                JsonNode node = JSON.readTree(resource.getInputStream());
                if (node.isArray()) {
                    node.forEach(templates::add);
                } else {
                    templates.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    static List<String> ids() {
        return all().stream().map(t -> t.get("id").asText()).toList();
    }

    /** One task made from the template, between a start and an end, as the modeler would save it. */
    static String diagram(String id) {
        JsonNode template = all().stream()
                .filter(t -> t.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
        String element = template.path("elementType")
                .path("value")
                .asText(template.get("appliesTo").get(0).asText())
                .replace("bpmn:", "");
        element = Character.toLowerCase(element.charAt(0)) + element.substring(1);
        StringBuilder attributes = new StringBuilder(" camunda:modelerTemplate=\"" + id + "\"");
        StringBuilder inputs = new StringBuilder();
        for (JsonNode property : template.get("properties")) {
            JsonNode binding = property.get("binding");
            String value = property.path("value").asText("");
            switch (binding.get("type").asText()) {
                case "property" ->
                    attributes
                            .append(' ')
                            .append(binding.get("name").asText())
                            .append("=\"")
                            .append(value)
                            .append('"');
                case "camunda:inputParameter" ->
                    inputs.append(Bpmn.input(binding.get("name").asText(), value));
                default -> throw new IllegalStateException("A binding the test does not know: " + binding);
            }
        }
        String process = "template-" + id.replace('.', '-').toLowerCase();
        return Bpmn.oneTask(
                process, """
                <bpmn:%1$s id="Task" name="%2$s"%3$s>
                  <bpmn:extensionElements><camunda:inputOutput>%4$s</camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:%1$s>""".formatted(element, template.path("name").asText(), attributes, inputs));
    }
}
