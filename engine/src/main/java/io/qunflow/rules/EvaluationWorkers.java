package io.qunflow.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads rule evaluations run on, so that a time limit can really be kept: the caller waits
 * for its evaluation at most the limit, and past it gives the evaluation up and gets its answer
 * (an {@link Abandoned}) in time. A given-up evaluation's worker is retired and a new one takes
 * its place; a retired worker never takes work again.
 *
 * <p>What stops the retired worker burning a core: the evaluation's session is halted (Drools
 * then fires no further rule), the worker is interrupted, and every statement of rule code ticks
 * the {@link RuleMeter}, which throws once the evaluation is given up. What none of these can
 * stop is one JDK call already running (the sandbox keeps those bounded by their arguments) or
 * code compiled without the meter; the JVM has no safe way to stop a thread from outside, so such
 * a worker runs until that call returns, retired, and counts in {@link #retiredStillRunning()}.
 *
 * <p>The hand-off is kept cheap: a fixed set of threads, no thread made per evaluation, and a
 * worker that has just finished spins for a few microseconds before it parks, as does a caller
 * before it waits, so evaluations that follow each other closely pass without waking threads.
 * Longer than most classes here: the hand-off, the retirement and the spin decide races between
 * the same few fields and read best side by side.
 */
final class EvaluationWorkers {

    private static final Logger log = LoggerFactory.getLogger(EvaluationWorkers.class);

    /** The statements one evaluation may run; far above any real rule set's (layering: ~10^5). */
    static final long STATEMENT_BUDGET = 5_000_000;

    /** How long a caller spins for its answer before it parks: an evaluation takes a few microseconds. */
    private static final long CALLER_SPIN_NANOS = 50_000;
    /** How long a worker spins for work before it parks, when work comes seldom. */
    private static final long COLD_SPIN_NANOS = 10_000;
    /**
     * How long it spins when work came within {@link #HOT_GAP_NANOS} of the last: waking a parked
     * thread costs 60 to 90 microseconds on this kind of machine, many evaluations' worth. At most
     * one worker spins this long at a time, so a steady stream costs at most one core's spin.
     */
    private static final long HOT_SPIN_NANOS = 200_000;

    private static final long HOT_GAP_NANOS = 200_000;

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int FAILED = 3;
    private static final int ABANDONED = 4;

    static final EvaluationWorkers SHARED =
            new EvaluationWorkers(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

    /** Work for a worker: an evaluation, which it can be told to give up from another thread. */
    interface Task<T> {
        /** Runs on the worker. */
        T run();

        /** Called from the giving-up thread once the evaluation is abandoned: stop firing. */
        void stop();

        /** Called on the worker after run, whatever happened; {@code kept} is false when it was abandoned or failed. */
        void finish(boolean kept);
    }

    /** The evaluation did not end within its limit; the caller's answer, in time. */
    static final class Abandoned extends RuntimeException {

        private final boolean started;
        private final boolean busy;

        Abandoned(String message, boolean started, boolean busy) {
            super(message, null, false, false);
            this.started = started;
            this.busy = busy;
        }

        /** False when it waited in line the whole time and never ran. */
        boolean started() {
            return started;
        }

        /** True when its worker was working, not waiting, for a good part of the time it was watched ({@link Watchdog#wasBusy}). */
        boolean busy() {
            return busy;
        }
    }

    private final ConcurrentLinkedQueue<Job<?>> queue = new ConcurrentLinkedQueue<>();
    /** Workers parked for want of work; a caller wakes one only when no worker is spinning. */
    private final ConcurrentLinkedDeque<Worker> parked = new ConcurrentLinkedDeque<>();
    /** Workers spinning for work: a job offered is taken by one of them without waking anyone. */
    private final AtomicInteger spinning = new AtomicInteger();

    private final Set<Worker> live = ConcurrentHashMap.newKeySet();
    private final Set<Worker> retired = ConcurrentHashMap.newKeySet();
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicLong abandonedTotal = new AtomicLong();
    private final int size;

    EvaluationWorkers(int size) {
        this.size = size;
        for (int i = 0; i < size; i++) {
            startWorker();
        }
        Watchdog.watch(this);
    }

    private void startWorker() {
        Worker worker = new Worker("rule-evaluation-" + names.incrementAndGet());
        live.add(worker);
        worker.start();
    }

    /**
     * Runs the task on a worker and answers its result, waiting at most {@code limit} from now.
     *
     * @throws Abandoned when the limit passed first (the task was told to stop)
     * @throws RuntimeException what the task threw
     */
    <T> T run(Task<T> task, Duration limit) {
        Job<T> job = new Job<>(task, Thread.currentThread());
        long deadline = System.nanoTime() + limit.toNanos();
        queue.offer(job);
        // Offered before looking, as a worker stops spinning before it looks at the queue: one of
        // the two always sees the other, so a job is never left with every worker parked.
        if (spinning.get() == 0) {
            Worker idle = parked.pollFirst();
            if (idle != null) {
                LockSupport.unpark(idle);
            }
        }
        long spinUntil = System.nanoTime() + CALLER_SPIN_NANOS;
        while (job.state.get() <= RUNNING && System.nanoTime() - spinUntil < 0) {
            Thread.onSpinWait();
        }
        job.callerWaiting = true;
        while (job.state.get() <= RUNNING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return giveUp(job, limit);
            }
            LockSupport.parkNanos(job, left);
        }
        return job.answer();
    }

    private <T> T giveUp(Job<T> job, Duration limit) {
        if (job.state.compareAndSet(QUEUED, ABANDONED)) {
            queue.remove(job);
            abandonedTotal.incrementAndGet();
            throw new Abandoned(
                    "no evaluation thread was free within " + limit.toMillis() + " ms (the server is busy)",
                    false,
                    false);
        }
        if (job.state.compareAndSet(RUNNING, ABANDONED)) {
            abandonedTotal.incrementAndGet();
            Worker worker = job.worker;
            boolean busy = Watchdog.wasBusy(worker);
            worker.stopRequested = true;
            try {
                job.task.stop();
            } catch (RuntimeException e) {
                log.warn("Could not halt a rule session given up", e);
            } finally {
                worker.interrupt();
                retire(worker);
            }
            throw new Abandoned(
                    "the evaluation ran longer than " + limit.toMillis() + " ms and was stopped", true, busy);
        }
        return job.answer();
    }

    private void retire(Worker worker) {
        if (live.remove(worker)) {
            retired.add(worker);
            startWorker();
            if (retired.size() > size) {
                log.error("{} rule evaluation threads were given up and are still running", retired.size());
            }
        }
    }

    /** Evaluations given up since start, those that waited in line included. */
    long abandonedTotal() {
        return abandonedTotal.get();
    }

    /** How many workers take evaluations when none is being replaced. */
    int size() {
        return size;
    }

    /** Workers that take evaluations. */
    int liveWorkers() {
        return live.size();
    }

    /** Retired workers whose given-up evaluation has not ended yet. */
    int retiredStillRunning() {
        retired.removeIf(w -> !w.isAlive());
        return retired.size();
    }

    /** The workers running an evaluation now, for the watchdog. */
    List<Worker> busyWorkers() {
        return live.stream().filter(w -> w.current != null).toList();
    }

    /** One evaluation handed to a worker; its state decides the race between finishing and being given up. */
    private static final class Job<T> {

        private final Task<T> task;
        private final Thread caller;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private volatile boolean callerWaiting;
        private volatile Worker worker;
        private T result;
        private Throwable failure;

        Job(Task<T> task, Thread caller) {
            this.task = task;
            this.caller = caller;
        }

        /** Answers the result, or rethrows what the task threw; only after the state says it ended. */
        T answer() {
            if (state.get() == DONE) {
                return result;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failure);
        }
    }

    /** A thread of the pool. Its meter state is read by {@link RuleMeter#tick()} on this thread only. */
    final class Worker extends Thread {

        private volatile boolean stopRequested;
        private volatile Job<?> current;
        private long ticksLeft;
        /** When this worker last found work; touched by this worker only. */
        private long lastWork;

        Worker(String name) {
            super(name);
            setDaemon(true);
            setContextClassLoader(EvaluationWorkers.class.getClassLoader());
        }

        void tick() {
            if (stopRequested) {
                throw new EvaluationStopped("the evaluation was given up (time or memory limit)");
            }
            if (--ticksLeft < 0) {
                throw new EvaluationStopped("the evaluation ran more than " + STATEMENT_BUDGET + " statements");
            }
        }

        /**
         * Asks the rule code on this worker to stop at its next statement (the watchdog, over
         * memory); the evaluation then fails and the worker is retired after it.
         */
        void requestStop() {
            stopRequested = true;
        }

        Job<?> current() {
            return current;
        }

        @Override
        public void run() {
            while (!stopRequested && live.contains(this)) {
                Job<?> job = next();
                if (job == null || !job.state.compareAndSet(QUEUED, RUNNING)) {
                    continue;
                }
                if (!queue.isEmpty() && spinning.get() == 0) {
                    // More work waits and nobody spins for it: wake a parked worker rather than make it
                    // wait for this evaluation, which may be a long one.
                    Worker idle = parked.pollFirst();
                    if (idle != null) {
                        LockSupport.unpark(idle);
                    }
                }
                job.worker = this;
                current = job;
                runJob(job);
                current = null;
            }
            retired.remove(this);
        }

        private <T> void runJob(Job<T> job) {
            ticksLeft = STATEMENT_BUDGET;
            boolean ok = false;
            try {
                job.result = job.task.run();
                ok = true;
            } catch (Throwable t) {
                job.failure = t;
            }
            // Whoever moves the state first wins: once ended here, the caller can no longer give the
            // evaluation up (and halt its session), so the session may be kept for the next one.
            boolean ended = job.state.compareAndSet(RUNNING, ok ? DONE : FAILED);
            if (ended && job.callerWaiting) {
                LockSupport.unpark(job.caller);
            }
            try {
                job.task.finish(ended && ok && !stopRequested);
            } catch (RuntimeException e) {
                log.warn("Could not put a rule session back after an evaluation", e);
            }
            if (stopRequested) {
                retire(this);
            }
        }

        private Job<?> next() {
            Job<?> job = queue.poll();
            if (job != null) {
                lastWork = System.nanoTime();
                return job;
            }
            long now = System.nanoTime();
            boolean hot = now - lastWork < HOT_GAP_NANOS && spinning.get() == 0;
            spinning.incrementAndGet();
            long spinUntil = now + (hot ? HOT_SPIN_NANOS : COLD_SPIN_NANOS);
            while (job == null && System.nanoTime() - spinUntil < 0) {
                Thread.onSpinWait();
                job = queue.poll();
            }
            if (job != null) {
                spinning.decrementAndGet();
                lastWork = System.nanoTime();
                return job;
            }
            parked.addFirst(this);
            spinning.decrementAndGet();
            job = queue.poll();
            if (job == null) {
                // Woken by a caller with work, or by the interrupt that retires this worker.
                LockSupport.park(this);
                job = queue.poll();
            }
            parked.remove(this);
            return job;
        }
    }
}
