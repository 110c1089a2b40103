package io.qunflow.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventType;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What is to happen when in a run: events to post and ticks for the background duties, in time
 * order, and in the order they were planned when two fall on the same moment, so the same seed
 * plays out the same way.
 */
final class Agenda {

    /** Something to happen at a time: an event to post, or (without a type) a tick for background duties. */
    record Planned(
            Instant at, long seq, SimGroup group, SimGroup.SimMember member, EventType type, ObjectNode payload) {}

    private final PriorityQueue<Planned> queue =
            new PriorityQueue<>(Comparator.comparing(Planned::at).thenComparingLong(Planned::seq));
    private long seq;

    void plan(Instant at, SimGroup g, SimGroup.SimMember m, EventType type, ObjectNode payload) {
        queue.add(new Planned(at, ++seq, g, m, type, payload));
    }

    /** A tick for the background duties. */
    void tick(Instant at) {
        plan(at, null, null, null, null);
    }

    /** The number the next planned item gets. */
    long nextSeq() {
        return seq + 1;
    }

    /** The next item due before {@code end}, taken off the agenda; null when there is none. */
    Planned nextBefore(Instant end) {
        return !queue.isEmpty() && queue.peek().at().isBefore(end) ? queue.poll() : null;
    }

    void clear() {
        queue.clear();
    }
}
