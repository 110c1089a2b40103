package io.qunflow.rules;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the evaluation of a {@link StraightLine straight-line} rule set on the caller's own thread.
 * Handing an evaluation to an {@link EvaluationWorkers evaluation thread} lets a caller be answered
 * in time whatever the rules do, at the price of a hand-off that costs as much as a moderation
 * decision itself; a straight-line rule set cannot loop or cascade, so it does not need that
 * guarantee. The meter still counts: each statement of its rules ticks against the same statement
 * budget; once the evaluation has run for a {@link Watchdog#SWEEP}, as long as the watchdog lets
 * one on an evaluation thread run before it first looks, a tick also weighs what it allocated
 * since, against the same {@link Watchdog#MAX_ALLOCATED_BYTES}; and a tick past the time limit
 * stops the evaluation, which then ends as one given up while not busy (a rule set that cannot
 * run away was late because the machine was).
 */
final class CallerThreadEvaluation {

    private static final Logger log = LoggerFactory.getLogger(CallerThreadEvaluation.class);

    /** The meter of the evaluation running on this thread, if one does. */
    private static final ThreadLocal<Meter> CURRENT = new ThreadLocal<>();

    private CallerThreadEvaluation() {}

    /**
     * Runs the task here and answers its result.
     *
     * @throws EvaluationWorkers.Abandoned when a statement of its rules found the limit passed
     * @throws RuntimeException what the task threw
     */
    static <T> T run(EvaluationWorkers.Task<T> task, Duration limit) {
        Meter outer = CURRENT.get();
        Meter meter = new Meter(System.nanoTime(), limit);
        CURRENT.set(meter);
        boolean ok = false;
        try {
            T result = task.run();
            ok = true;
            return result;
        } catch (RuntimeException e) {
            if (meter.late) {
                throw new EvaluationWorkers.Abandoned(
                        "the evaluation ran longer than " + limit.toMillis() + " ms and was stopped", true, false);
            }
            throw e;
        } finally {
            CURRENT.set(outer);
            try {
                task.finish(ok);
            } catch (RuntimeException e) {
                log.warn("Could not put a rule session back after an evaluation", e);
            }
        }
    }

    /** One statement of rule code on this thread; nothing when no evaluation runs here (tools). */
    static void tick() {
        Meter meter = CURRENT.get();
        if (meter != null) {
            meter.tick();
        }
    }

    private static final class Meter {

        private static final long WATCHED_AFTER = Watchdog.SWEEP.toNanos();

        private final long started;
        private final long deadline;
        private long ticksLeft = EvaluationWorkers.STATEMENT_BUDGET;
        private long allocatedWhenWatched = -1;
        private boolean late;

        Meter(long started, Duration limit) {
            this.started = started;
            this.deadline = started + limit.toNanos();
        }

        void tick() {
            if (--ticksLeft < 0) {
                throw new EvaluationStopped(
                        "the evaluation ran more than " + EvaluationWorkers.STATEMENT_BUDGET + " statements");
            }
            long now = System.nanoTime();
            if (now - deadline > 0) {
                late = true;
                throw new EvaluationStopped("the evaluation ran past its time limit");
            }
            if (now - started > WATCHED_AFTER) {
                weighMemory();
            }
        }

        private void weighMemory() {
            long allocated = Watchdog.allocatedByThisThread();
            if (allocated < 0) {
                return;
            }
            if (allocatedWhenWatched < 0) {
                allocatedWhenWatched = allocated;
            } else if (allocated - allocatedWhenWatched > Watchdog.MAX_ALLOCATED_BYTES) {
                throw new EvaluationStopped(
                        "the evaluation allocated more than " + (Watchdog.MAX_ALLOCATED_BYTES >> 20) + " MB");
            }
        }
    }
}
