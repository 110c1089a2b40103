package io.qunflow.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The callbacks WeCom sent, stored as they arrive and claimed by whichever node processes them. */
@Repository
class InboundStore {

    static final String PENDING = "PENDING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    record Callback(String id, String event, String message, int attempts) {}

    private final JdbcClient jdbc;

    InboundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a decrypted callback once: WeCom's retry of the same callback carries the same
     * message (only its encryption differs), so it finds the first one and stores nothing.
     *
     * @return true when this is the first time the message arrived
     */
    boolean record(String message, String event, String changeType, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO qf_wecom_callback (id, event, change_type, message, status, attempts,"
                            + " next_attempt_at, received_at) VALUES (?,?,?,?,?,0,?,?)")
                    .params(id(message), event, changeType, message, PENDING, now, now)
                    .update();
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    /** Takes a lease on due callbacks, oldest first, and answers those this lease holds. */
    List<Callback> claim(String lease, OffsetDateTime now, OffsetDateTime until, int limit) {
        List<String> due = jdbc.sql("SELECT id FROM qf_wecom_callback WHERE status = ? AND next_attempt_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY received_at, id FETCH FIRST "
                        + limit + " ROWS ONLY")
                .params(PENDING, now, now)
                .query(String.class)
                .list();
        for (String id : due) {
            jdbc.sql("UPDATE qf_wecom_callback SET lease_owner = ?, lease_until = ? WHERE id = ? AND status = ?"
                            + " AND (lease_until IS NULL OR lease_until < ?)")
                    .params(lease, until, id, PENDING, now)
                    .update();
        }
        return jdbc.sql("SELECT id, event, message, attempts FROM qf_wecom_callback WHERE lease_owner = ?"
                        + " AND status = ? ORDER BY received_at, id")
                .params(lease, PENDING)
                .query((rs, row) -> new Callback(
                        rs.getString("id"), rs.getString("event"), rs.getString("message"), rs.getInt("attempts")))
                .list();
    }

    /**
     * Holds a claimed callback until {@code until}, right before it is processed; false when the
     * lease ran out and another node took the callback meanwhile.
     */
    boolean renew(String id, String lease, OffsetDateTime until) {
        return jdbc.sql("UPDATE qf_wecom_callback SET lease_until = ? WHERE id = ? AND lease_owner = ?")
                        .params(until, id, lease)
                        .update()
                == 1;
    }

    void finish(
            String id, String lease, String status, OffsetDateTime nextAttemptAt, String error, OffsetDateTime now) {
        jdbc.sql("UPDATE qf_wecom_callback SET status = ?, attempts = attempts + 1, next_attempt_at = ?,"
                        + " last_error = ?, lease_owner = NULL, lease_until = NULL, processed_at = ?"
                        + " WHERE id = ? AND lease_owner = ?")
                .params(status, nextAttemptAt, truncate(error), status.equals(PENDING) ? null : now, id, lease)
                .update();
    }

    /**
     * Deletes up to {@code limit} callbacks processed before {@code before}; pending ones and dead
     * letters stay (they still wait, or wait for someone to look). The newest msgaudit_notify stays
     * whatever its age, since it answers when the archive last had news. DONE rows' next_attempt_at
     * is when they were processed, so the due index finds them.
     *
     * @return how many went
     */
    int pruneProcessed(OffsetDateTime before, int limit) {
        return jdbc.sql("DELETE FROM qf_wecom_callback WHERE id IN (SELECT id FROM qf_wecom_callback"
                        + " WHERE status = ? AND next_attempt_at < ? AND processed_at < ?"
                        + " AND id <> COALESCE((SELECT id FROM qf_wecom_callback WHERE event = 'msgaudit_notify'"
                        + " ORDER BY received_at DESC, id DESC FETCH FIRST 1 ROWS ONLY), '')"
                        + " FETCH FIRST " + limit + " ROWS ONLY)")
                .params(DONE, before, before)
                .update();
    }

    /** When WeCom last said new chat-archive messages are waiting (msgaudit_notify). */
    Optional<OffsetDateTime> lastArchiveNotice() {
        return jdbc.sql("SELECT MAX(received_at) FROM qf_wecom_callback WHERE event = 'msgaudit_notify'")
                .query(OffsetDateTime.class)
                .optional();
    }

    static String id(String message) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
