package io.qunflow.common;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A round of background work on a thread of its own: run at a fixed delay while its owner runs,
 * and asked for in between with {@link #wake()}. Stopping lets a running round finish; closing
 * waits for it (up to {@link BackgroundThreads#GRACE_SECONDS}) and ends the thread.
 */
public final class PeriodicRounds {

    private final ThreadPoolTaskScheduler thread;
    private final Duration interval;
    private final Runnable round;
    private volatile ScheduledFuture<?> scheduled;

    PeriodicRounds(ThreadPoolTaskScheduler thread, Duration interval, Runnable round) {
        this.thread = thread;
        this.interval = interval;
        this.round = round;
    }

    /** Runs a round every interval, the first one interval from now. */
    public synchronized void start() {
        if (scheduled == null) {
            scheduled = thread.scheduleWithFixedDelay(round, Instant.now().plus(interval), interval);
        }
    }

    /** No more rounds by the clock; one running goes on to its end. */
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    public boolean running() {
        return scheduled != null;
    }

    /** Asks for a round soon, off the caller's thread; nothing while stopped. */
    public void wake() {
        if (scheduled != null) {
            thread.execute(round);
        }
    }

    /** Stops, waits for a running round to finish and ends the thread. */
    public void close() {
        stop();
        thread.shutdown();
    }
}
