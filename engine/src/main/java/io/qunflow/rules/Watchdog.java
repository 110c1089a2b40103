package io.qunflow.rules;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;

/**
 * Stops evaluations that run too long. Counting firings catches rules that loop by re-firing;
 * only a clock catches rules that fire few times but slowly. One shared thread halts sessions
 * whose time is up.
 */
final class Watchdog {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private Watchdog() {}

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "rule-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Almost every alarm is disarmed; without this the queue would hold them until they expire.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Halts the session when the limit passes, unless disarmed first. */
    static Alarm arm(KieSession session, Duration limit) {
        Alarm alarm = new Alarm(session);
        alarm.timer = TIMER.schedule(alarm::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
        return alarm;
    }

    /** One armed alarm; the state decides the race between the evaluation ending and the alarm ringing. */
    static final class Alarm {

        private static final int ARMED = 0;
        private static final int DISARMED = 1;
        private static final int HALTING = 2;
        private static final int HALTED = 3;

        private final KieSession session;
        private final AtomicInteger state = new AtomicInteger(ARMED);
        private volatile ScheduledFuture<?> timer;

        private Alarm(KieSession session) {
            this.session = session;
        }

        private void ring() {
            if (state.compareAndSet(ARMED, HALTING)) {
                session.halt();
                state.set(HALTED);
            }
        }

        /**
         * Answers true when the evaluation finished in time. False when the alarm rang; then it
         * waits until the halt is done, so the session is never touched by the alarm afterwards.
         */
        boolean disarm() {
            if (state.compareAndSet(ARMED, DISARMED)) {
                ScheduledFuture<?> pending = timer;
                if (pending != null) {
                    pending.cancel(false);
                }
                return true;
            }
            if (state.get() == DISARMED) {
                return true;
            }
            while (state.get() != HALTED) {
                Thread.onSpinWait();
            }
            return false;
        }
    }
}
