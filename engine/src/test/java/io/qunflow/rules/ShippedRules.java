package io.qunflow.rules;

import io.qunflow.rules.model.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Compiles the shipped rule files from the classpath, as the engine does at start. */
final class ShippedRules {

    private ShippedRules() {}

    /** The shipped parameter defaults of a rule set, as the facts the engine inserts. */
    static List<Parameter> parameters(String ruleSet) {
        return ShippedParameters.all().getOrDefault(ruleSet, List.of()).stream()
                .map(ShippedParameters.Shipped::fact)
                .toList();
    }

    /** The shipped parameters with one value changed, as compliance would change it. */
    static List<Parameter> parametersWith(String ruleSet, String name, double value) {
        return parameters(ruleSet).stream()
                .map(p -> p.name().equals(name) ? new Parameter(name, String.valueOf(value), value) : p)
                .toList();
    }

    /** Checked and instrumented by the sandbox, as the engine compiles them. */
    static CompiledRuleSet compile(String name) {
        try (InputStream in = ShippedRules.class.getResourceAsStream("/rules/" + name + ".drl")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleSetCompiler().compileChecked(name, 1, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
