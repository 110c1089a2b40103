package io.qunflow.workflow;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A running step's literal inputs, read as the deploy check reads them: blank is absent, text is trimmed. */
final class StepInputs {

    private StepInputs() {}

    static Function<String, String> of(VariableScope step) {
        return name -> {
            Object value = step.getVariableLocal(name);
            return value == null || value.toString().isBlank()
                    ? null
                    : value.toString().strip();
        };
    }
}
