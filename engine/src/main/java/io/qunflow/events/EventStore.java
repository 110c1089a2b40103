package io.qunflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every accepted event, keyed by its idempotency key, with the answer it got. */
@Repository
class EventStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    EventStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores an applied event with its answer, in one write; fails with a duplicate-key error when
     * a concurrent caller stored the same event id first (its answer is the answer).
     */
    void insert(GroupEvent event, OffsetDateTime receivedAt, EventAnswer answer) {
        try {
            jdbc.sql("INSERT INTO qf_event (event_id, group_id, type, member_id, occurred_at, payload, received_at,"
                            + " answer) VALUES (?,?,?,?,?,?,?,?)")
                    .params(
                            event.eventId(),
                            event.groupId(),
                            event.type().name(),
                            event.memberId(),
                            event.at(),
                            event.payload().toString(),
                            receivedAt,
                            json.writeValueAsString(answer))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<EventAnswer> answer(String eventId) {
        return jdbc.sql("SELECT answer FROM qf_event WHERE event_id = ?")
                .param(eventId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /** The stored answers of those of the event ids that were accepted before. */
    Map<String, EventAnswer> answers(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, EventAnswer> answers = new HashMap<>();
        jdbc.sql("SELECT event_id, answer FROM qf_event WHERE event_id IN (:ids)")
                .param("ids", eventIds)
                .query(rs -> {
                    answers.put(rs.getString(1), read(rs.getString(2)));
                });
        return answers;
    }

    /** A member's stored messages with event times in {@code (after, upTo]}. */
    int countMessages(String groupId, String memberId, OffsetDateTime after, OffsetDateTime upTo) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE group_id = ? AND member_id = ? AND occurred_at > ?"
                        + " AND occurred_at <= ? AND type = 'MESSAGE_POSTED'")
                .params(groupId, memberId, after, upTo)
                .query(Integer.class)
                .single();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event").query(Integer.class).single();
    }

    private EventAnswer read(String stored) {
        try {
            return json.readValue(stored, EventAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer is not JSON", e);
        }
    }
}
