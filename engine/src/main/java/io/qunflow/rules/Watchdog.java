package io.qunflow.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;

/**
 * Stops evaluations that run too long. Counting firings catches rules that loop by re-firing;
 * only a clock catches rules that fire few times but slowly. One shared thread sweeps the
 * running evaluations every {@link #SWEEP} and halts those whose time is up, so arming costs an
 * evaluation a set insert rather than a timer that wakes another thread (which, measured on the
 * moderation benchmark, cost more than the rules).
 *
 * <p>Past the limit an evaluation is halted only once its thread has also burnt half the limit
 * again in CPU time: on a starved machine an ordinary evaluation can wait a second for a core,
 * and halting it then would fail an event for no fault of its rules, while a rule that really
 * loops keeps a core busy and is stopped about half a limit later.
 */
final class Watchdog {

    /** How late past its limit an evaluation may be stopped. */
    static final Duration SWEEP = Duration.ofMillis(20);

    private static final Set<Alarm> ARMED_ALARMS = ConcurrentHashMap.newKeySet();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static {
        ScheduledThreadPoolExecutor sweeper = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "rule-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(Watchdog::sweep, SWEEP.toNanos(), SWEEP.toNanos(), TimeUnit.NANOSECONDS);
    }

    private Watchdog() {}

    private static void sweep() {
        long now = System.nanoTime();
        for (Alarm alarm : ARMED_ALARMS) {
            if (now - alarm.deadline >= 0 && alarm.busyPastDeadline()) {
                alarm.ring();
            }
        }
    }

    /** Halts the session when the limit passes while it keeps working, unless disarmed first. */
    static Alarm arm(KieSession session, Duration limit) {
        Alarm alarm =
                new Alarm(session, Thread.currentThread(), System.nanoTime() + limit.toNanos(), limit.toNanos() / 2);
        ARMED_ALARMS.add(alarm);
        return alarm;
    }

    /** CPU time of a thread in nanoseconds, or -1 when the JVM cannot tell. */
    private static long cpuTime(Thread thread) {
        try {
            return THREADS.getThreadCpuTime(thread.getId());
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** One armed alarm; the state decides the race between the evaluation ending and the alarm ringing. */
    static final class Alarm {

        private static final int ARMED = 0;
        private static final int DISARMED = 1;
        private static final int HALTING = 2;
        private static final int HALTED = 3;

        private final KieSession session;
        private final Thread evaluating;
        private final long deadline;
        private final long cpuGrace;
        private final AtomicInteger state = new AtomicInteger(ARMED);
        /** The evaluating thread's CPU time when the deadline was first seen passed; touched by the sweeper only. */
        private long cpuAtDeadline = Long.MIN_VALUE;

        private Alarm(KieSession session, Thread evaluating, long deadline, long cpuGrace) {
            this.session = session;
            this.evaluating = evaluating;
            this.deadline = deadline;
            this.cpuGrace = cpuGrace;
        }

        private boolean busyPastDeadline() {
            long cpu = cpuTime(evaluating);
            if (cpu < 0) {
                return true;
            }
            if (cpuAtDeadline == Long.MIN_VALUE) {
                cpuAtDeadline = cpu;
                return false;
            }
            return cpu - cpuAtDeadline >= cpuGrace;
        }

        private void ring() {
            if (state.compareAndSet(ARMED, HALTING)) {
                ARMED_ALARMS.remove(this);
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
                ARMED_ALARMS.remove(this);
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
