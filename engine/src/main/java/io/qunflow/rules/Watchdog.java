package io.qunflow.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the evaluations that run for a while, from one shared thread that looks every
 * {@link #SWEEP}: an evaluation that has allocated more than {@link #MAX_ALLOCATED_BYTES} since it
 * was first seen is told to stop (its next statement throws), and for one given up at its time
 * limit it tells whether its worker was working or only waiting for a core. Evaluations that end
 * within a sweep, nearly all of them, cost the watchdog nothing.
 */
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    static final Duration SWEEP = Duration.ofMillis(20);
    /** Memory one evaluation may allocate: a rule set that needs more has a bug or is an attack. */
    static final long MAX_ALLOCATED_BYTES = 256L * 1024 * 1024;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<EvaluationWorkers> POOLS = new CopyOnWriteArrayList<>();
    private static final Map<Thread, Sample> SAMPLES = new ConcurrentHashMap<>();

    /** What a worker had used when its current evaluation was first seen. */
    private record Sample(Object job, long nanos, long cpu, long allocated) {}

    static {
        ScheduledThreadPoolExecutor sweeper = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "rule-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(Watchdog::sweep, SWEEP.toNanos(), SWEEP.toNanos(), TimeUnit.NANOSECONDS);
    }

    private Watchdog() {}

    static void watch(EvaluationWorkers pool) {
        POOLS.add(pool);
    }

    private static void sweep() {
        try {
            SAMPLES.keySet().removeIf(t -> !(t instanceof EvaluationWorkers.Worker w) || w.current() == null);
            for (EvaluationWorkers pool : POOLS) {
                for (EvaluationWorkers.Worker worker : pool.busyWorkers()) {
                    look(worker);
                }
            }
        } catch (RuntimeException e) {
            log.warn("The rule watchdog's sweep failed", e);
        }
    }

    private static void look(EvaluationWorkers.Worker worker) {
        Object job = worker.current();
        if (job == null) {
            return;
        }
        Sample sample = SAMPLES.get(worker);
        if (sample == null || sample.job() != job) {
            SAMPLES.put(worker, new Sample(job, System.nanoTime(), cpu(worker), allocated(worker)));
            return;
        }
        long allocated = allocated(worker);
        if (allocated >= 0 && sample.allocated() >= 0 && allocated - sample.allocated() > MAX_ALLOCATED_BYTES) {
            log.warn(
                    "Stopping a rule evaluation on {}: it allocated more than {} MB",
                    worker.getName(),
                    MAX_ALLOCATED_BYTES >> 20);
            worker.requestStop();
        }
    }

    /**
     * Whether a worker spent at least a quarter of the time since its evaluation was first seen
     * working, rather than waiting: rule code waiting on nothing uses no CPU, while a runaway on a
     * machine two other builds share still gets a third of a core or more. False when it was not
     * watched long enough to tell.
     */
    static boolean wasBusy(EvaluationWorkers.Worker worker) {
        Sample sample = SAMPLES.get(worker);
        if (sample == null || sample.job() != worker.current() || sample.cpu() < 0) {
            return false;
        }
        long wall = System.nanoTime() - sample.nanos();
        long cpu = cpu(worker) - sample.cpu();
        return wall > 0 && cpu * 4 >= wall;
    }

    private static long cpu(Thread thread) {
        try {
            return THREADS.getThreadCpuTime(thread.getId());
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Bytes the current thread has allocated since it started, or -1 where the JVM cannot tell. */
    static long allocatedByThisThread() {
        return allocated(Thread.currentThread());
    }

    private static long allocated(Thread thread) {
        if (THREADS instanceof com.sun.management.ThreadMXBean hotspot) {
            try {
                return hotspot.getThreadAllocatedBytes(thread.getId());
            } catch (UnsupportedOperationException e) {
                return -1;
            }
        }
        return -1;
    }
}
