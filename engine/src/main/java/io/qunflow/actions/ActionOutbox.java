package io.qunflow.actions;

import io.qunflow.common.ConflictException;
import io.qunflow.common.Ids;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.SqlArrays;
import io.qunflow.common.Words;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of actions for connectors. Actions are written in the same transaction
 * as the decision that caused them, so an action exists exactly when its cause was stored.
 */
@Service
public class ActionOutbox {

    public static final String PENDING = "PENDING";

    private static final String INSERT = "INSERT INTO qf_action (id, dedupe_key, group_id, event_id, member_id, type,"
            + " text, amount_cents, points, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    ActionOutbox(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * Stores the actions, in order, within the caller's transaction. An action whose dedupe key is
     * already stored is not stored again; the stored one is returned in its place.
     */
    @Transactional
    public List<Action> enqueue(List<NewAction> actions) {
        List<Action> stored = new ArrayList<>(actions.size());
        for (NewAction action : actions) {
            Optional<Action> existing = byDedupeKey(action.dedupeKey());
            if (existing.isPresent()) {
                stored.add(existing.get());
                continue;
            }
            Action created = created(action);
            jdbc.sql(INSERT).params(Arrays.asList(values(action, created))).update();
            stored.add(created);
        }
        return stored;
    }

    /**
     * {@link #enqueue} for many actions at once (a batch of events'): the dedupe keys looked up in
     * one statement, the new actions inserted in one batch statement, in order.
     */
    @Transactional
    public List<Action> enqueueAll(List<NewAction> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        Map<String, Action> known = new HashMap<>();
        jdbc.sql("SELECT a.* FROM UNNEST(?) AS t(x) JOIN qf_action a ON a.dedupe_key = t.x")
                .param(SqlArrays.varchars(
                        actions.stream().map(NewAction::dedupeKey).toList()))
                .query((rs, row) -> Map.entry(rs.getString("dedupe_key"), action(rs, row)))
                .list()
                .forEach(e -> known.put(e.getKey(), e.getValue()));
        List<Action> stored = new ArrayList<>(actions.size());
        List<Object[]> rows = new ArrayList<>(actions.size());
        for (NewAction action : actions) {
            Action existing = known.get(action.dedupeKey());
            if (existing != null) {
                stored.add(existing);
                continue;
            }
            Action created = created(action);
            known.put(action.dedupeKey(), created);
            rows.add(values(action, created));
            stored.add(created);
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate(INSERT, rows);
        }
        return stored;
    }

    private Action created(NewAction action) {
        return new Action(
                Ids.next("act"),
                action.type(),
                action.groupId(),
                action.eventId(),
                action.memberId(),
                action.text(),
                action.amountCents(),
                action.points(),
                PENDING,
                null,
                null,
                now(),
                null);
    }

    private static Object[] values(NewAction action, Action created) {
        return new Object[] {
            created.id(),
            action.dedupeKey(),
            created.groupId(),
            created.eventId(),
            created.memberId(),
            created.type().name(),
            created.text(),
            created.amountCents(),
            created.points(),
            created.status(),
            created.createdAt()
        };
    }

    /** Actions in a status, oldest first. */
    public List<Action> list(String status, int limit) {
        return jdbc.sql("SELECT * FROM qf_action WHERE status = ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")
                .param(status)
                .query(ActionOutbox::action)
                .list();
    }

    /** An action with its position in the outbox, for consumers that read the outbox in order. */
    public record Queued(long seq, Action action) {}

    /**
     * Actions after an outbox position, in order, whatever their status. Positions are handed out
     * when an action is written, so one written by a slower transaction can show up later below
     * the newest position a reader has seen; readers that must see every action look back a while.
     */
    public List<Queued> after(long seq, int limit) {
        return jdbc.sql("SELECT * FROM qf_action WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")
                .param(seq)
                .query((rs, row) -> new Queued(rs.getLong("seq"), action(rs, row)))
                .list();
    }

    /** When the oldest action still waiting for a connector was written; empty when none waits. */
    public Optional<OffsetDateTime> oldestPendingAt() {
        return jdbc.sql("SELECT created_at FROM qf_action WHERE status = ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .param(PENDING)
                .query(OffsetDateTime.class)
                .optional();
    }

    /** The newest outbox position, 0 when the outbox is empty. */
    public long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM qf_action")
                .query(Long.class)
                .single();
    }

    /** Every action a group has been sent, oldest first. */
    public List<Action> forGroup(String groupId) {
        return jdbc.sql("SELECT * FROM qf_action WHERE group_id = ? ORDER BY seq")
                .param(groupId)
                .query(ActionOutbox::action)
                .list();
    }

    public Action get(String id) {
        return jdbc.sql("SELECT * FROM qf_action WHERE id = ?")
                .param(id)
                .query(ActionOutbox::action)
                .optional()
                .orElseThrow(() -> new NotFoundException("Action", "动作", id));
    }

    /**
     * Records a connector's report. Reporting the same outcome again is harmless; changing a
     * reported outcome is refused.
     *
     * <p>A refusal writes nothing, so it leaves a caller's transaction able to commit: an owner
     * task closed after a connector reported its action keeps the task's outcome.
     */
    @Transactional(noRollbackFor = ConflictException.class)
    public Action acknowledge(String id, String status, String detail) {
        return acknowledge(id, status, new Words(detail, null));
    }

    /**
     * Acknowledges an action with what a person reads about it in English and Chinese (a
     * connector's failure); the same rules as {@link #acknowledge(String, String, String)}.
     */
    @Transactional(noRollbackFor = ConflictException.class)
    public Action acknowledge(String id, String status, Words detail) {
        Action action = get(id);
        if (!PENDING.equals(action.status())) {
            if (action.status().equals(status)) {
                return action;
            }
            throw new ConflictException(
                    "Action '" + id + "' was already acknowledged as " + action.status(),
                    "动作 " + id + " 已有回执（" + action.status() + "）");
        }
        int updated = jdbc.sql(
                        "UPDATE qf_action SET status = ?, detail = ?, detail_zh = ?, acked_at = ? WHERE id = ? AND status = ?")
                .params(status, detail.en(), detail.zh(), now(), id, PENDING)
                .update();
        if (updated == 0) {
            // A concurrent report (another connector, another node) got there first: same rules.
            return acknowledge(id, status, detail);
        }
        return get(id);
    }

    private Optional<Action> byDedupeKey(String key) {
        return jdbc.sql("SELECT * FROM qf_action WHERE dedupe_key = ?")
                .param(key)
                .query(ActionOutbox::action)
                .optional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Action action(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong("amount_cents");
        Long amountCents = rs.wasNull() ? null : amount;
        int pts = rs.getInt("points");
        Integer points = rs.wasNull() ? null : pts;
        return new Action(
                rs.getString("id"),
                ActionType.valueOf(rs.getString("type")),
                rs.getString("group_id"),
                rs.getString("event_id"),
                rs.getString("member_id"),
                rs.getString("text"),
                amountCents,
                points,
                rs.getString("status"),
                rs.getString("detail"),
                rs.getString("detail_zh"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("acked_at", OffsetDateTime.class));
    }
}
