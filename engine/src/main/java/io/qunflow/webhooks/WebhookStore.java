package io.qunflow.webhooks;

import io.qunflow.common.Words;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks and their deliveries. Every state change of a delivery is a conditional UPDATE. */
@Repository
class WebhookStore {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String DEAD = "DEAD";

    record Hook(
            String id,
            String ownerKeyId,
            String url,
            String secret,
            String description,
            long cursorSeq,
            OffsetDateTime createdAt) {}

    record Delivery(
            String id,
            String webhookId,
            String actionId,
            String status,
            int attempts,
            OffsetDateTime nextAttemptAt,
            Integer lastStatus,
            String lastError,
            String lastErrorZh,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt) {}

    record Counts(int pending, int delivered, int dead) {}

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Hook hook) {
        jdbc.sql("INSERT INTO qf_webhook (id, owner_key_id, url, secret, description, cursor_seq, created_at)"
                        + " VALUES (?,?,?,?,?,?,?)")
                .params(
                        hook.id(),
                        hook.ownerKeyId(),
                        hook.url(),
                        hook.secret(),
                        hook.description(),
                        hook.cursorSeq(),
                        hook.createdAt())
                .update();
    }

    /** How many webhooks the key keeps (deleted ones not counted). */
    int countOwned(String ownerKeyId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_webhook WHERE owner_key_id = ? AND deleted_at IS NULL")
                .param(ownerKeyId)
                .query(Integer.class)
                .single();
    }

    List<Hook> owned(String ownerKeyId) {
        return jdbc.sql("SELECT * FROM qf_webhook WHERE owner_key_id = ? AND deleted_at IS NULL ORDER BY created_at")
                .param(ownerKeyId)
                .query(WebhookStore::hook)
                .list();
    }

    Optional<Hook> find(String id, String ownerKeyId) {
        return jdbc.sql("SELECT * FROM qf_webhook WHERE id = ? AND owner_key_id = ? AND deleted_at IS NULL")
                .params(id, ownerKeyId)
                .query(WebhookStore::hook)
                .optional();
    }

    List<Hook> active() {
        return jdbc.sql("SELECT * FROM qf_webhook WHERE deleted_at IS NULL")
                .query(WebhookStore::hook)
                .list();
    }

    /**
     * Whether the webhook is still live now: not deleted, its key not revoked (a revocation
     * deletes the key's webhooks in its own transaction).
     */
    boolean live(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_webhook WHERE id = ? AND deleted_at IS NULL")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    boolean delete(String id, String ownerKeyId, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_webhook SET deleted_at = ? WHERE id = ? AND owner_key_id = ? AND deleted_at IS NULL")
                        .params(at, id, ownerKeyId)
                        .update()
                == 1;
    }

    /** Deletes every live webhook of a key; answers how many. */
    int deleteOwned(String ownerKeyId, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_webhook SET deleted_at = ? WHERE owner_key_id = ? AND deleted_at IS NULL")
                .params(at, ownerKeyId)
                .update();
    }

    /** Moves the fan-out position forward, unless another node already moved it. */
    void advanceCursor(String id, long from, long to) {
        jdbc.sql("UPDATE qf_webhook SET cursor_seq = ? WHERE id = ? AND cursor_seq = ?")
                .params(to, id, from)
                .update();
    }

    /** The actions after an outbox position that already have a delivery for this webhook. */
    Set<String> fannedOut(String webhookId, long afterSeq) {
        return new HashSet<>(
                jdbc.sql("SELECT action_id FROM qf_webhook_delivery WHERE webhook_id = ? AND action_seq > ?")
                        .params(webhookId, afterSeq)
                        .query(String.class)
                        .list());
    }

    /** Creates the delivery of an action to a webhook; false when one exists (another node made it). */
    boolean insertDelivery(String id, String webhookId, String actionId, long actionSeq, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO qf_webhook_delivery (id, webhook_id, action_id, action_seq, status, attempts,"
                            + " next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?)")
                    .params(id, webhookId, actionId, actionSeq, PENDING, 0, now, now)
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Pending deliveries of live webhooks that are due and not leased to anyone, soonest first. */
    List<String> due(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT d.id FROM qf_webhook_delivery d JOIN qf_webhook w ON w.id = d.webhook_id"
                        + " WHERE d.status = ? AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)"
                        + " AND w.deleted_at IS NULL ORDER BY d.next_attempt_at FETCH FIRST " + limit + " ROWS ONLY")
                .params(PENDING, now, now)
                .query(String.class)
                .list();
    }

    /**
     * Takes a delivery for one attempt: succeeds for exactly one caller while the delivery is
     * pending, due and not leased, whatever the number of nodes asking at the same moment.
     */
    boolean claim(String id, String leaseOwner, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return jdbc.sql(
                                "UPDATE qf_webhook_delivery SET lease_owner = ?, lease_until = ?, attempts = attempts + 1"
                                        + " WHERE id = ? AND status = ? AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)")
                        .params(leaseOwner, leaseUntil, id, PENDING, now, now)
                        .update()
                == 1;
    }

    List<Delivery> leasedTo(String leaseOwner) {
        return jdbc.sql("SELECT * FROM qf_webhook_delivery WHERE lease_owner = ? AND status = ?")
                .params(leaseOwner, PENDING)
                .query(WebhookStore::delivery)
                .list();
    }

    /** Records an attempt's end, if the lease is still this caller's. */
    void finish(
            String id,
            String leaseOwner,
            String status,
            OffsetDateTime nextAttemptAt,
            Integer httpStatus,
            Words error,
            OffsetDateTime now) {
        jdbc.sql("UPDATE qf_webhook_delivery SET status = ?, next_attempt_at = ?, last_status = ?, last_error = ?,"
                        + " last_error_zh = ?, lease_owner = NULL, lease_until = NULL, finished_at = ?"
                        + " WHERE id = ? AND lease_owner = ?")
                .params(
                        status,
                        nextAttemptAt,
                        httpStatus,
                        error == null ? null : error.en(),
                        error == null ? null : error.zh(),
                        PENDING.equals(status) ? null : now,
                        id,
                        leaseOwner)
                .update();
    }

    List<Delivery> deadLetters(String webhookId) {
        return jdbc.sql("SELECT * FROM qf_webhook_delivery WHERE webhook_id = ? AND status = ? ORDER BY seq")
                .params(webhookId, DEAD)
                .query(WebhookStore::delivery)
                .list();
    }

    /** Puts dead letters back in the queue, due now, with their attempts counted afresh. */
    int replay(String webhookId, List<String> deliveryIds, OffsetDateTime now) {
        String sql = "UPDATE qf_webhook_delivery SET status = :pending, attempts = 0, next_attempt_at = :now,"
                + " finished_at = NULL WHERE webhook_id = :hook AND status = :dead"
                + (deliveryIds == null ? "" : " AND id IN (:ids)");
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("pending", PENDING)
                .param("now", now)
                .param("hook", webhookId)
                .param("dead", DEAD);
        if (deliveryIds != null) {
            statement = statement.param("ids", deliveryIds);
        }
        return statement.update();
    }

    Counts counts(String webhookId) {
        int[] counts = new int[3];
        jdbc.sql("SELECT status, COUNT(*) FROM qf_webhook_delivery WHERE webhook_id = ? GROUP BY status")
                .param(webhookId)
                .query(rs -> {
                    switch (rs.getString(1)) {
                        case PENDING -> counts[0] = rs.getInt(2);
                        case DELIVERED -> counts[1] = rs.getInt(2);
                        default -> counts[2] = rs.getInt(2);
                    }
                });
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static Hook hook(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Hook(
                rs.getString("id"),
                rs.getString("owner_key_id"),
                rs.getString("url"),
                rs.getString("secret"),
                rs.getString("description"),
                rs.getLong("cursor_seq"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Delivery delivery(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Delivery(
                rs.getString("id"),
                rs.getString("webhook_id"),
                rs.getString("action_id"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                lastStatus,
                rs.getString("last_error"),
                rs.getString("last_error_zh"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
