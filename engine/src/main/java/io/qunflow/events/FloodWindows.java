package io.qunflow.events;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages of a batch's members, stored before the batch (read at once for every window the
 * batch can ask about) and applied in it so far: what a message's flood window counts, as the
 * stored messages would count it were the batch's earlier events stored one by one.
 */
final class FloodWindows {

    private final Map<String, List<OffsetDateTime>> times;
    private final int windowSeconds;

    FloodWindows(Map<String, List<OffsetDateTime>> stored, int windowSeconds) {
        this.times = stored;
        this.windowSeconds = windowSeconds;
    }

    /** The member's messages with event times in {@code (at - window, at]}. */
    int before(String memberId, OffsetDateTime at) {
        OffsetDateTime after = at.minusSeconds(windowSeconds);
        int count = 0;
        for (OffsetDateTime t : times.getOrDefault(memberId, List.of())) {
            if (t.isAfter(after) && !t.isAfter(at)) {
                count++;
            }
        }
        return count;
    }

    /** A message applied: later messages count it. */
    void add(String memberId, OffsetDateTime at) {
        times.computeIfAbsent(memberId, m -> new ArrayList<>()).add(at);
    }
}
