package io.qunflow.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: real time, except on a thread that replays the past. Loading the demo
 * community plays thirty days of members through the real engine on one background thread,
 * moving that thread's time from event to event, so what the engine stamps with "now" (layer
 * changes, audit entries, posts) lands on the day it belongs to; every other thread (requests,
 * the job executor, the scheduler) keeps real time meanwhile. Camunda keeps its own clock and is
 * never moved by this.
 */
public final class ApplicationClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock real;

    public ApplicationClock(Clock real) {
        this.real = real;
    }

    /**
     * Moves this thread's time to {@code at} (starting a replay when none runs); never back, as
     * real time would not go. Only a thread that replays calls this.
     */
    public static void replayAt(Instant at) {
        Instant now = REPLAYED.get();
        if (now == null || at.isAfter(now)) {
            REPLAYED.set(at);
        }
    }

    /** Gives this thread real time again. */
    public static void endReplay() {
        REPLAYED.remove();
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ApplicationClock(real.withZone(zone));
    }
}
