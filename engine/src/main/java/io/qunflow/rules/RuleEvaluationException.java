package io.qunflow.rules;

/** A rule set could not finish deciding (it looped, or a rule threw); nothing it decided is used. */
public class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
