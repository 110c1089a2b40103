package io.qunflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Compiles the shipped rule files from the classpath, as the engine does at start. */
final class ShippedRules {

    private ShippedRules() {}

    /** The shipped default parameters of a rule set, as the facts the engine inserts. */
    static java.util.List<io.qunflow.rules.model.Parameter> parameters(String name) {
        try (InputStream in = ShippedRules.class.getResourceAsStream("/rules/parameters/" + name + ".json")) {
            com.fasterxml.jackson.databind.JsonNode shipped = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            java.util.List<io.qunflow.rules.model.Parameter> facts = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode p : shipped) {
                String value = p.get("value").asText();
                facts.add(new io.qunflow.rules.model.Parameter(p.get("name").asText(), value,
                        "TEXT".equals(p.get("kind").asText()) ? Double.NaN : Double.parseDouble(value)));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledRuleSet compile(String name) {
        try (InputStream in = ShippedRules.class.getResourceAsStream("/rules/" + name + ".drl")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleSetCompiler().compile(name, 1, source, RuleEngine.MAX_FIRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
