package io.qunflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the stored events back, by their own times, for metrics and for what operators keep. */
@Service
public class EventLog {

    private static final String EVENT =
            "SELECT event_id, group_id, type, member_id, occurred_at, payload FROM qf_event";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final EventStore store;

    EventLog(JdbcClient jdbc, ObjectMapper json, EventStore store) {
        this.jdbc = jdbc;
        this.json = json;
        this.store = store;
    }

    /** The group's events of one type with event times in {@code [from, to)}, oldest first. */
    public List<GroupEvent> ofType(String groupId, EventType type, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(EVENT + " WHERE group_id = ? AND occurred_at >= ? AND occurred_at < ? AND type = ?"
                        + " ORDER BY occurred_at, event_id")
                .params(groupId, from, to, type.name())
                .query(this::event)
                .list();
    }

    /** One of the group's events by its id. */
    public Optional<GroupEvent> find(String groupId, String eventId) {
        return jdbc.sql(EVENT + " WHERE group_id = ? AND event_id = ?")
                .params(groupId, eventId)
                .query(this::event)
                .optional();
    }

    /** The answer an accepted event got: each decision with its rule and reason, and the actions. */
    public Optional<EventAnswer> answer(String eventId) {
        return store.answer(eventId);
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
