package io.qunflow.rules;

/** An evaluation given up at its time limit; whether its worker was busy tells a runaway from a starved machine. */
final class EvaluationTimedOut extends RuleEvaluationException {

    private final boolean started;
    private final boolean busy;

    EvaluationTimedOut(String message, boolean started, boolean busy) {
        super(message, null);
        this.started = started;
        this.busy = busy;
    }

    /** False when it waited for a free evaluation thread the whole time. */
    boolean started() {
        return started;
    }

    /** True when its rules were working for a good part of the time it was watched: they ran away. */
    boolean busy() {
        return busy;
    }
}
