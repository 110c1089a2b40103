package io.qunflow.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * Spring's scheduler during a simulation: the application's background duties (the occasion sweep,
 * the milestone watcher, reloads) run when the simulation says, on its thread, at simulated times,
 * so a run does the same thing every time instead of whatever real time happened to trigger.
 */
final class ManualScheduler implements TaskScheduler {

    private final List<Runnable> duties = new CopyOnWriteArrayList<>();

    /** Runs every duty once, in the order they were scheduled. */
    void runDuties() {
        duties.forEach(Runnable::run);
    }

    private ScheduledFuture<?> keep(Runnable duty) {
        duties.add(duty);
        return new Kept(duty);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        return keep(task);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        return keep(task);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        return keep(task);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        return keep(task);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        return keep(task);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        return keep(task);
    }

    /** A kept duty; cancelling it (as the context does on close) stops running it. */
    private final class Kept implements ScheduledFuture<Object> {

        private final Runnable duty;
        private volatile boolean cancelled;

        Kept(Runnable duty) {
            this.duty = duty;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return duties.remove(duty);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
