package io.qunflow.rules;

/**
 * The meter compiled into every rule: the sandbox adds {@code RuleMeter.tick()} before each
 * statement of a consequence or function. On an evaluation thread each tick counts against the
 * evaluation's budget of statements and looks whether the evaluation has been given up (past
 * its time, or over its memory); then it throws, which no rule can catch (rules may catch
 * exceptions, and this is an error), and the evaluation ends at the next statement instead of
 * running on. A straight-line rule set evaluated on its caller's thread is metered there
 * ({@link CallerThreadEvaluation}). Elsewhere (tools compiling rules without a server) a tick
 * does nothing.
 */
public final class RuleMeter {

    private RuleMeter() {}

    /** Called by compiled rule code; not part of what rule authors may call. */
    public static void tick() {
        if (Thread.currentThread() instanceof EvaluationWorkers.Worker worker) {
            worker.tick();
        } else {
            CallerThreadEvaluation.tick();
        }
    }
}
