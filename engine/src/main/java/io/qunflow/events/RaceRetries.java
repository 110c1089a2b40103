package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every transaction and retry of the event path, in one place. An event that loses a race with a
 * concurrent writer (a lock wait or deadlock, another call with the same event id, or a concurrent
 * event creating the row this one meant to create: a member's first message, a day's activity, a
 * milestone) rolls back whole, so applying it again is safe, and applying is idempotent by event
 * id: before each try the stored answer is looked for, and a found one is the answer (a 409 when
 * the id was used in another group: {@link StoredAnswer}).
 */
@Component
class RaceRetries {

    /** Tries of one call of {@link EventService#accept}. */
    static final int ATTEMPTS = 4;

    /** Tries of an event a connector waits for, alone or out of a batch, before it is answered 503. */
    static final int ATTEMPTS_RETRYING = 3 * ATTEMPTS;

    private final EventPipeline pipeline;
    private final EventStore events;
    private final TransactionTemplate tx;

    RaceRetries(EventPipeline pipeline, EventStore events, TransactionTemplate tx) {
        this.pipeline = pipeline;
        this.events = events;
        this.tx = tx;
    }

    /**
     * The event applied in a transaction of its own (or the caller's), tried up to {@code attempts}
     * times while it loses races; after the last try the race is thrown.
     */
    EventAnswer apply(GroupEvent event, int attempts) {
        for (int attempt = 1; ; attempt++) {
            StoredAnswer earlier = events.stored(event.eventId()).orElse(null);
            if (earlier != null) {
                return earlier.duplicateOf(event);
            }
            try {
                return tx.execute(status -> pipeline.apply(event));
            } catch (DuplicateKeyException | TransientDataAccessException raced) {
                if (attempt == attempts) {
                    throw raced;
                }
            }
        }
    }

    /** The event applied on its own as a connector waits for it; a refusal is its outcome. */
    EventService.Outcome alone(GroupEvent event) {
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", event.groupId());
                MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
            return new EventService.Outcome(apply(event, ATTEMPTS_RETRYING), null);
        } catch (NotFoundException | ConflictException refused) {
            return new EventService.Outcome(null, refused);
        }
    }
}
