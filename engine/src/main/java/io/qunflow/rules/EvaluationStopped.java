package io.qunflow.rules;

/**
 * Ends an evaluation from inside its own rule code (see {@link RuleMeter}). An error, not an
 * exception, so that a rule's {@code catch (Exception e)} cannot swallow it; the sandbox refuses
 * catching errors.
 */
final class EvaluationStopped extends Error {

    EvaluationStopped(String message) {
        super(message, null, false, false);
    }
}
