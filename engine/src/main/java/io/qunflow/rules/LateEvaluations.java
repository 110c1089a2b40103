package io.qunflow.rules;

import io.qunflow.common.BusyException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live evaluations that ran out of time while the machine, not their rules, was to blame (a
 * collector's pause, a burst of load, every evaluation thread taken): each gets one more try on
 * the same version with a fresh limit, so a moment's stall costs the caller nothing.
 */
final class LateEvaluations {

    private static final Logger log = LoggerFactory.getLogger(LateEvaluations.class);

    private LateEvaluations() {}

    /**
     * A straight-line rule set cannot run away, and one on an evaluation thread that was never
     * started, or whose thread the watchdog found idle at the limit, did not: each was held up, and
     * is tried once more before anything else, so a stall neither hands the event to the version
     * compliance replaced nor records an incident against a version that did nothing wrong. Only
     * an evaluation whose thread was working when its time ran out (a probable runaway) is not.
     *
     * @throws EvaluationTimedOut when it ran late twice, or ran late while working on an evaluation thread
     */
    static Evaluation onceMoreIfStalled(CompiledRuleSet compiled, Collection<?> facts, List<?> params) {
        return onceMoreIfLate(
                compiled.runsOnCallersThread(),
                () -> compiled.evaluate(facts, params),
                late -> log.warn(
                        "Rule set '{}' v{} was late, trying once more: {}",
                        compiled.name(),
                        compiled.version(),
                        late.getMessage()));
    }

    /**
     * The evaluation, run a second time when it ran late without its rules to blame: straight-line,
     * never started, or idle at the limit; {@code onLate} hears of the first.
     */
    static Evaluation onceMoreIfLate(
            boolean straightLine, Supplier<Evaluation> evaluation, Consumer<EvaluationTimedOut> onLate) {
        try {
            return evaluation.get();
        } catch (EvaluationTimedOut late) {
            if (!straightLine && late.started() && late.busy()) {
                throw late;
            }
            onLate.accept(late);
            return evaluation.get();
        }
    }

    /**
     * The last try of a late evaluation: for a version with no earlier one, once more with a fresh
     * limit; for one that has, the earlier version it falls back on. When that runs late too the
     * server really is busy (not the rules wrong), and the caller is told to send again.
     *
     * @throws BusyException when it ran out of time again
     */
    static Evaluation inTimeOrBusy(CompiledRuleSet compiled, Collection<?> facts, List<?> params) {
        try {
            return compiled.evaluate(facts, params);
        } catch (EvaluationTimedOut again) {
            throw new BusyException(
                    "The rules could not decide in time because the server is busy; nothing"
                            + " was applied. Send the request again.",
                    "服务器太忙，规则没能及时判定；本次未做任何更改，请再发送一次。");
        }
    }
}
