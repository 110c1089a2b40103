package io.qunflow.events;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The hot path: takes events from groups and applies each once through the {@link EventPipeline}
 * (admit, membership, check-in, moderate, welcome, rewards, activity and layering, record), which
 * stores the event, the decisions' actions and the answer in one transaction. The event id makes
 * it idempotent: the same id again gets the first answer back and changes nothing. Races with
 * concurrent writers are retried by {@link RaceRetries}. The stored events are read back here
 * too, by their own times, for metrics, backtests and what operators keep.
 */
@Service
public class EventService {

    private final EventStore events;
    private final RaceRetries retries;
    private final EventBatches batches;

    EventService(EventStore events, RaceRetries retries, EventBatches batches) {
        this.events = events;
        this.retries = retries;
        this.batches = batches;
    }

    /**
     * Applies an event once.
     *
     * @throws io.qunflow.common.NotFoundException when the group does not exist
     * @throws io.qunflow.common.ConflictException when the group is archived
     */
    public EventAnswer accept(GroupEvent event) {
        return retries.apply(event, RaceRetries.ATTEMPTS);
    }

    /**
     * {@link #accept}, tried longer while it loses races to concurrent writers, for a connector that
     * waits for the answer. After the last try the failure is thrown (answered 503, send again).
     */
    public EventAnswer acceptRetrying(GroupEvent event) {
        return retries.apply(event, RaceRetries.ATTEMPTS_RETRYING);
    }

    /** The group's events of one type with event times in {@code [from, to)}, oldest first. */
    public List<GroupEvent> ofType(String groupId, EventType type, OffsetDateTime from, OffsetDateTime to) {
        return events.ofType(groupId, type, from, to);
    }

    /**
     * The group's events of one type that arrived at or after {@code since}, by the server's clock
     * rather than the events' own times: what a workflow step waiting since then has seen happen.
     */
    public List<GroupEvent> receivedSince(String groupId, EventType type, OffsetDateTime since) {
        return events.receivedSince(groupId, type, since);
    }

    /** How many events of any group have event times in {@code [from, to)}. */
    public int countBetween(OffsetDateTime from, OffsetDateTime to) {
        return events.countBetween(from, to);
    }

    /**
     * The events of every group with event times in {@code [from, to)}, in the order they happened;
     * the first {@code limit} of them.
     */
    public List<GroupEvent> between(OffsetDateTime from, OffsetDateTime to, int limit) {
        return events.between(from, to, limit);
    }

    /** The answer an accepted event got: each decision with its rule and reason, and the actions. */
    public Optional<EventAnswer> answer(String eventId) {
        return events.answer(eventId);
    }

    /** The phase each event's group was in when the event was decided, where recorded (backtests replay in it). */
    public Map<String, String> recordedPhases(Collection<String> eventIds) {
        return events.phases(eventIds);
    }

    /**
     * The texts of the newest messages of every group by their own time, newest first (empty for
     * cards and images without words): a sample of what members write, for measuring a word
     * list against everyday chat.
     */
    public List<String> newestMessageTexts(int limit) {
        return events.newestMessages(limit).stream()
                .map(message -> message.payload().path("text").asText(""))
                .toList();
    }

    /** One of the group's events by its id. */
    public Optional<GroupEvent> find(String groupId, String eventId) {
        return events.find(groupId, eventId);
    }

    /**
     * What became of one event of a batch: its answer (the same as {@link #accept} gives), or the
     * refusal that stopped it, which leaves the other events of the batch alone.
     */
    public record Outcome(EventAnswer answer, RuntimeException refusal) {}

    /**
     * Applies a batch of events, each once, and answers for each in order with what applying them
     * one by one in that order would answer: an event id seen before, or earlier in the same batch,
     * gets the first answer back as a duplicate; an unknown or archived group's events are refused.
     * Set-based ({@link EventBatches}): each group's events in one transaction of their own, read
     * and written at once, so a group that fails does not cost the others their work.
     */
    public List<Outcome> acceptAll(List<GroupEvent> batch) {
        return batches.acceptAll(batch);
    }
}
