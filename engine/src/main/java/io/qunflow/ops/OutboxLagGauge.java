package io.qunflow.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.qunflow.actions.ActionOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * Outbox lag: how long the oldest action still pending has waited for a connector, in seconds
 * (0 when none waits). Read from the database at each scrape, so every node reports the same
 * figure and it stays right across restarts. A rising lag means connectors are down or slow.
 */
@Component
class OutboxLagGauge {

    OutboxLagGauge(ActionOutbox outbox, Clock clock, MeterRegistry meters) {
        Gauge.builder(
                        "qunflow.outbox.lag",
                        outbox,
                        o -> o.oldestPendingAt()
                                .map(oldest -> Duration.between(oldest, OffsetDateTime.now(clock))
                                                .toMillis()
                                        / 1000.0)
                                .orElse(0.0))
                .description("Age of the oldest pending action in the outbox")
                .baseUnit("seconds")
                .register(meters);
    }
}
