package io.qunflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return diagram(id, "template-" + id.replace('.', '-').toLowerCase(), Map.of());
    }

    /**
     * One task made from the template as {@link #diagram(String)} does, in a process of that key,
     * with the values a designer typed over the template's defaults (by binding name: an input's
     * name, or an attribute such as {@code camunda:assignee}).
     */
    static String diagram(String id, String processKey, Map<String, String> typed) {
        return Bpmn.oneTask(processKey, task(id, typed));
    }

    /** As {@link #diagram(String, String, Map)}, the process then waiting at {@code Wait} (see {@link Bpmn#oneTaskThenWait}). */
    static String diagramThenWait(String id, String processKey, Map<String, String> typed) {
        return Bpmn.oneTaskThenWait(processKey, task(id, typed));
    }

    private static String task(String id, Map<String, String> typed) {
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
            String value = typed.getOrDefault(
                    binding.get("name").asText(), property.path("value").asText(""));
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
        return """
                <bpmn:%1$s id="Task" name="%2$s"%3$s>
                  <bpmn:extensionElements><camunda:inputOutput>%4$s</camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:%1$s>""".formatted(element, template.path("name").asText(), attributes, inputs);
    }
}
