package io.qunflow.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The hot path's meters: events accepted per type (a counter; Prometheus' rate() gives events/s)
 * and decision latency (a timer with a percentile histogram, so p50/p99 can be computed across
 * nodes), and the groups of batches that had to be applied event by event (each a sign of
 * concurrent writers, and several times the work). Meters are made once, so counting costs no
 * registry lookup per event.
 */
@Component
class EventMetrics {

    private final Map<EventType, Counter> accepted = new EnumMap<>(EventType.class);
    private final Timer decisions;
    private final Counter groupsAppliedAlone;

    EventMetrics(MeterRegistry meters) {
        for (EventType type : EventType.values()) {
            accepted.put(
                    type,
                    Counter.builder("qunflow.events.accepted")
                            .description("Events applied (duplicates and refusals not counted)")
                            .tag("type", type.name())
                            .register(meters));
        }
        decisions = Timer.builder("qunflow.decision.latency")
                .description("Time to apply one event and decide on it, stored answer included")
                .publishPercentileHistogram()
                .register(meters);
        groupsAppliedAlone = Counter.builder("qunflow.events.batch.groups.applied.alone")
                .description("Groups of a batch whose transaction failed, so their events were applied one by one")
                .register(meters);
    }

    void accepted(EventType type, EventAnswer answer) {
        if (!answer.duplicate()) {
            accepted.get(type).increment();
        }
    }

    void groupAppliedAlone() {
        groupsAppliedAlone.increment();
    }

    Timer decisions() {
        return decisions;
    }
}
