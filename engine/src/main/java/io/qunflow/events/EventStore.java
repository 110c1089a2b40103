package io.qunflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every accepted event, keyed by its idempotency key, with the answer it got. */
@Repository
class EventStore {

    private static final String EVENT =
            "SELECT event_id, group_id, type, member_id, occurred_at, payload FROM qf_event";

    private static final String INSERT = "INSERT INTO qf_event (event_id, group_id, type, member_id, occurred_at,"
            + " payload, received_at, answer, phase) VALUES (?,?,?,?,?,?,?,?,?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ObjectMapper json;

    EventStore(JdbcClient jdbc, JdbcTemplate batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** An applied event to store with its answer. */
    record Applied(GroupEvent event, EventAnswer answer) {}

    /**
     * Stores a batch's applied events of one group with their answers, in one batch statement;
     * fails with a duplicate-key error when a concurrent caller stored one of the ids first.
     */
    void insertAll(List<Applied> applied, OffsetDateTime receivedAt, String phase) {
        List<Object[]> rows = new ArrayList<>(applied.size());
        for (Applied a : applied) {
            rows.add(values(a.event(), receivedAt, a.answer(), phase));
        }
        batches.batchUpdate(INSERT, rows);
    }

    /**
     * The times of the members' stored messages in the group with event times in {@code (after,
     * upTo]}, in one statement: what a batch counts its messages' flood windows from.
     */
    Map<String, List<OffsetDateTime>> messageTimes(
            String groupId, Collection<String> memberIds, OffsetDateTime after, OffsetDateTime upTo) {
        Map<String, List<OffsetDateTime>> times = new HashMap<>();
        jdbc.sql("SELECT e.member_id, e.occurred_at FROM UNNEST(?) AS t(x) JOIN qf_event e ON e.group_id = ?"
                        + " AND e.member_id = t.x AND e.occurred_at > ? AND e.occurred_at <= ?"
                        + " AND e.type = 'MESSAGE_POSTED'")
                .params(SqlArrays.varchars(memberIds), groupId, after, upTo)
                .query(rs -> {
                    times.computeIfAbsent(rs.getString(1), m -> new ArrayList<>())
                            .add(rs.getObject(2, OffsetDateTime.class));
                });
        return times;
    }

    private Object[] values(GroupEvent event, OffsetDateTime receivedAt, EventAnswer answer, String phase) {
        try {
            return new Object[] {
                event.eventId(),
                event.groupId(),
                event.type().name(),
                event.memberId(),
                event.at(),
                event.payload().toString(),
                receivedAt,
                json.writeValueAsString(answer),
                phase
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores an applied event with its answer, in one write; fails with a duplicate-key error when
     * a concurrent caller stored the same event id first (its answer is the answer).
     */
    void insert(GroupEvent event, OffsetDateTime receivedAt, EventAnswer answer, String phase) {
        jdbc.sql(INSERT).params(values(event, receivedAt, answer, phase)).update();
    }

    Optional<EventAnswer> answer(String eventId) {
        return stored(eventId).map(StoredAnswer::answer);
    }

    /** An event's stored answer and the group it was applied in. */
    Optional<StoredAnswer> stored(String eventId) {
        return jdbc.sql("SELECT group_id, answer FROM qf_event WHERE event_id = ?")
                .param(eventId)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), read(rs.getString(2))))
                .optional();
    }

    /** The phase each of the events' groups was in when it was decided, where recorded. */
    Map<String, String> phases(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> phases = new HashMap<>();
        jdbc.sql("SELECT event_id, phase FROM qf_event WHERE phase IS NOT NULL AND event_id IN (:ids)")
                .param("ids", eventIds)
                .query(rs -> {
                    phases.put(rs.getString(1), rs.getString(2));
                });
        return phases;
    }

    /** The stored answers of those of the event ids that were accepted before. */
    Map<String, StoredAnswer> answers(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, StoredAnswer> answers = new HashMap<>();
        jdbc.sql("SELECT event_id, group_id, answer FROM qf_event WHERE event_id IN (:ids)")
                .param("ids", eventIds)
                .query(rs -> {
                    answers.put(rs.getString(1), new StoredAnswer(rs.getString(2), read(rs.getString(3))));
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

    /** The group's events of one type with event times in {@code [from, to)}, oldest first. */
    List<GroupEvent> ofType(String groupId, EventType type, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(EVENT + " WHERE group_id = ? AND occurred_at >= ? AND occurred_at < ? AND type = ?"
                        + " ORDER BY occurred_at, event_id")
                .params(groupId, from, to, type.name())
                .query(this::event)
                .list();
    }

    /** The group's events of one type that arrived at or after {@code since} (the server's time), oldest first. */
    List<GroupEvent> receivedSince(String groupId, EventType type, OffsetDateTime since) {
        return jdbc.sql(EVENT + " WHERE group_id = ? AND type = ? AND received_at >= ? ORDER BY received_at, event_id")
                .params(groupId, type.name(), since)
                .query(this::event)
                .list();
    }

    /** How many events of any group have event times in {@code [from, to)}. */
    int countBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_event WHERE occurred_at >= ? AND occurred_at < ?")
                .params(from, to)
                .query(Integer.class)
                .single();
    }

    /** The first {@code limit} events of every group with event times in {@code [from, to)}, in the order they happened. */
    List<GroupEvent> between(OffsetDateTime from, OffsetDateTime to, int limit) {
        return jdbc.sql(EVENT + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, event_id"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(from, to)
                .query(this::event)
                .list();
    }

    /** The newest messages of every group by their own time, newest first. */
    List<GroupEvent> newestMessages(int limit) {
        return jdbc.sql(EVENT + " WHERE type = ? ORDER BY occurred_at DESC, event_id DESC FETCH FIRST " + limit
                        + " ROWS ONLY")
                .param(EventType.MESSAGE_POSTED.name())
                .query(this::event)
                .list();
    }

    /** One of the group's events by its id. */
    Optional<GroupEvent> find(String groupId, String eventId) {
        return jdbc.sql(EVENT + " WHERE group_id = ? AND event_id = ?")
                .params(groupId, eventId)
                .query(this::event)
                .optional();
    }

    private EventAnswer read(String stored) {
        try {
            return json.readValue(stored, EventAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer is not JSON", e);
        }
    }

    private GroupEvent event(ResultSet rs, int row) throws SQLException {
        try {
            return new GroupEvent(
                    rs.getString("event_id"),
                    rs.getString("group_id"),
                    EventType.valueOf(rs.getString("type")),
                    rs.getString("member_id"),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    json.readTree(rs.getString("payload")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored payload is not JSON", e);
        }
    }
}
