package io.qunflow.rules;

import io.qunflow.rules.model.Parameter;
import java.util.Collection;
import java.util.List;

/**
 * A rule set compiled from source outside the engine: no database, no publishing, the shipped
 * parameter defaults. For benchmarks and tools that need the real rules without a server.
 */
public final class OfflineRuleSet {

    private final CompiledRuleSet compiled;
    private final List<Parameter> parameters;

    private OfflineRuleSet(CompiledRuleSet compiled, List<Parameter> parameters) {
        this.compiled = compiled;
        this.parameters = parameters;
    }

    /**
     * Compiles a DRL source, checked and instrumented as the engine does, with the shipped
     * parameters of the rule set of that name.
     *
     * @throws RuleCompilationException when the source is refused or does not compile
     */
    public static OfflineRuleSet compile(String name, String source) {
        List<Parameter> parameters = ShippedParameters.all().getOrDefault(name, List.of()).stream()
                .map(ShippedParameters.Shipped::fact)
                .toList();
        return new OfflineRuleSet(
                new RuleSetCompiler().compileChecked(name, 0, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT),
                parameters);
    }

    /** As {@link RuleEngine#everyRuleNeedsOneOf}. */
    public boolean everyRuleNeedsOneOf(Collection<Class<?>> types) {
        return compiled.everyRuleNeedsOneOf(types);
    }

    /** Evaluates the facts as {@link RuleEngine#evaluate} would. */
    public Evaluation evaluate(Collection<?> facts) {
        return compiled.evaluate(facts, parameters);
    }
}
