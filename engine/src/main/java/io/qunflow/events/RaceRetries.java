package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every transaction and retry of the event path, in one place. An event that loses a race with a
 * concurrent writer (a lock wait or deadlock, another call with the same event id, or a concurrent
 * event creating the row this one meant to create: a member's first message, a day's activity, a
 * milestone) rolls back whole, so applying it again is safe, and applying is idempotent by event
 * id: before each try the stored answer is looked for, and a found one is the answer.
 */
@Component
class RaceRetries {

    /** Tries of one call of {@link EventService#accept}. */
    static final int ATTEMPTS = 4;

    /** Tries of an event a connector waits for, alone or out of a batch, before it is answered 503. */
    static final int ATTEMPTS_RETRYING = 3 * ATTEMPTS;

    private static final Logger log = LoggerFactory.getLogger(RaceRetries.class);

    private final EventPipeline pipeline;
    private final EventStore events;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;

    RaceRetries(EventPipeline pipeline, EventStore events, TransactionTemplate tx) {
        this.pipeline = pipeline;
        this.events = events;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * The event applied in a transaction of its own (or the caller's), tried up to {@code attempts}
     * times while it loses races; after the last try the race is thrown.
     */
    EventAnswer apply(GroupEvent event, int attempts) {
        for (int attempt = 1; ; attempt++) {
            EventAnswer earlier = events.answer(event.eventId()).orElse(null);
            if (earlier != null) {
                return earlier.asDuplicate();
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

    /**
     * A chunk of a batch in one transaction with a savepoint per event, so an event refused
     * (unknown or archived group, or a lost race) rolls back alone while the rest commit together.
     * Should the chunk fail as a whole (a deadlock with a concurrent writer, a failing rule), its
     * events are applied again one by one, so one event cannot fail its neighbours.
     *
     * @param answeredBefore answers of event ids seen before or earlier in the batch
     */
    List<EventService.Outcome> chunk(List<GroupEvent> chunk, Map<String, EventAnswer> answeredBefore) {
        try {
            return tx.execute(status -> inSavepoints(chunk, answeredBefore));
        } catch (RuntimeException chunkFailed) {
            log.warn(
                    "A batch chunk of {} events failed as a whole; applying them one by one",
                    chunk.size(),
                    chunkFailed);
            return chunk.stream().map(this::alone).toList();
        }
    }

    /**
     * A batch's event that lost a race inside its chunk: with a concurrent call for the same id,
     * which committed first and whose answer is the answer; or with a concurrent event that created
     * a row this one meant to create, in which case it is applied again on its own.
     */
    EventService.Outcome afterRace(GroupEvent raced) {
        return events.answer(raced.eventId())
                .map(a -> new EventService.Outcome(a.asDuplicate(), null))
                .orElseGet(() -> alone(raced));
    }

    /** The event applied on its own as a connector waits for it; a refusal is its outcome. */
    private EventService.Outcome alone(GroupEvent event) {
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", event.groupId());
                MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
            return new EventService.Outcome(apply(event, ATTEMPTS_RETRYING), null);
        } catch (NotFoundException | ConflictException refused) {
            return new EventService.Outcome(null, refused);
        }
    }

    private List<EventService.Outcome> inSavepoints(List<GroupEvent> chunk, Map<String, EventAnswer> answeredBefore) {
        Map<String, EventAnswer> answered = new HashMap<>(answeredBefore);
        List<EventService.Outcome> outcomes = new ArrayList<>(chunk.size());
        for (GroupEvent event : chunk) {
            EventAnswer earlier = answered.get(event.eventId());
            if (earlier != null) {
                outcomes.add(new EventService.Outcome(earlier.asDuplicate(), null));
                continue;
            }
            try (MDC.MDCCloseable g = MDC.putCloseable("groupId", event.groupId());
                    MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
                EventAnswer answer = savepoint.execute(status -> pipeline.apply(event));
                answered.put(event.eventId(), answer);
                outcomes.add(new EventService.Outcome(answer, null));
            } catch (NotFoundException | ConflictException | DuplicateKeyException refused) {
                outcomes.add(new EventService.Outcome(null, refused));
            }
        }
        return outcomes;
    }
}
