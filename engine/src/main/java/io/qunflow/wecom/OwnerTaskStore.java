package io.qunflow.wecom;

import io.qunflow.common.Words;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OwnerTaskStore {

    private final JdbcClient jdbc;

    OwnerTaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OwnerTask t) {
        jdbc.sql(
                        "INSERT INTO qf_wecom_owner_task (id, action_id, action_type, group_id, member_id, owner_user_id, rule,"
                                + " reason, message_text, action_text, amount_cents, status, created_at)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        t.id(),
                        t.actionId(),
                        t.actionType(),
                        t.groupId(),
                        t.memberId(),
                        t.ownerUserId(),
                        t.rule(),
                        t.reason(),
                        t.messageText(),
                        t.actionText(),
                        t.amountCents(),
                        t.status(),
                        t.createdAt())
                .update();
    }

    Optional<OwnerTask> find(String id) {
        return jdbc.sql("SELECT * FROM qf_wecom_owner_task WHERE id = ?")
                .param(id)
                .query(OwnerTaskStore::task)
                .optional();
    }

    Optional<OwnerTask> byAction(String actionId) {
        return jdbc.sql("SELECT * FROM qf_wecom_owner_task WHERE action_id = ?")
                .param(actionId)
                .query(OwnerTaskStore::task)
                .optional();
    }

    /** Tasks in a status (all when null), newest first. */
    List<OwnerTask> list(String status, int limit) {
        String where = status == null ? "" : " WHERE status = ?";
        var query = jdbc.sql("SELECT * FROM qf_wecom_owner_task" + where + " ORDER BY created_at DESC, id FETCH FIRST "
                + limit + " ROWS ONLY");
        return (status == null ? query : query.param(status))
                .query(OwnerTaskStore::task)
                .list();
    }

    /** @param error why the owner was not told, or null when WeCom took the notice */
    void notified(String id, OffsetDateTime dueAt, OffsetDateTime at, Words error) {
        jdbc.sql("UPDATE qf_wecom_owner_task SET due_at = ?, notified_at = ?, notify_error = ?, notify_error_zh = ?"
                        + " WHERE id = ?")
                .params(dueAt, at, en(error), zh(error), id)
                .update();
    }

    void reminded(String id, OffsetDateTime at, Words error) {
        jdbc.sql("UPDATE qf_wecom_owner_task SET reminded_at = ?, notify_error = ?, notify_error_zh = ? WHERE id = ?")
                .params(at, en(error), zh(error), id)
                .update();
    }

    void escalated(String id, OffsetDateTime at, Words error) {
        jdbc.sql("UPDATE qf_wecom_owner_task SET escalated_at = ?, notify_error = ?, notify_error_zh = ? WHERE id = ?")
                .params(at, en(error), zh(error), id)
                .update();
    }

    private static String en(Words error) {
        return error == null ? null : InboundStore.truncate(error.en());
    }

    private static String zh(Words error) {
        return error == null ? null : InboundStore.truncate(error.zh());
    }

    /** Closes an open task; false when it was closed before. */
    boolean close(String id, String status, String note, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_wecom_owner_task SET status = ?, outcome_note = ?, closed_by = ?, closed_at = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(status, InboundStore.truncate(note), by, at, id, OwnerTask.OPEN)
                        .update()
                == 1;
    }

    private static OwnerTask task(ResultSet rs, int row) throws SQLException {
        long amount = rs.getLong("amount_cents");
        Long amountCents = rs.wasNull() ? null : amount;
        return new OwnerTask(
                rs.getString("id"),
                rs.getString("action_id"),
                rs.getString("action_type"),
                rs.getString("group_id"),
                null,
                rs.getString("member_id"),
                null,
                rs.getString("owner_user_id"),
                null,
                rs.getString("rule"),
                rs.getString("reason"),
                rs.getString("message_text"),
                rs.getString("action_text"),
                amountCents,
                rs.getString("status"),
                rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("notified_at", OffsetDateTime.class),
                rs.getString("notify_error"),
                rs.getString("notify_error_zh"),
                rs.getObject("reminded_at", OffsetDateTime.class),
                rs.getObject("escalated_at", OffsetDateTime.class),
                rs.getString("outcome_note"),
                rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
