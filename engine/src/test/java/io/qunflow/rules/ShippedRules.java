package io.qunflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Compiles the shipped rule files from the classpath, as the engine does at start. */
final class ShippedRules {

    private ShippedRules() {}

    static CompiledRuleSet compile(String name) {
        try (InputStream in = ShippedRules.class.getResourceAsStream("/rules/" + name + ".drl")) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleSetCompiler().compile(name, 1, source, RuleEngine.MAX_FIRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
