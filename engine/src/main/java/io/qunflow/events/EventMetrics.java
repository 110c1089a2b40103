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
 * nodes). Meters are made once, so counting costs no registry lookup per event.
 */
@Component
class EventMetrics {

    private final Map<EventType, Counter> accepted = new EnumMap<>(EventType.class);
    private final Timer decisions;

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
    }

    void accepted(EventType type, EventAnswer answer) {
        if (!answer.duplicate()) {
            accepted.get(type).increment();
        }
    }

    Timer decisions() {
        return decisions;
    }
}
