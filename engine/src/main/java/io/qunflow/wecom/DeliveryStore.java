package io.qunflow.wecom;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.common.Words;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox actions of WeCom groups, each on its way to WeCom, an owner, or the dead letters. */
@Repository
class DeliveryStore {

    static final String PENDING = "PENDING";
    static final String CONFIRMING = "CONFIRMING";
    static final String OWNER_TASK = "OWNER_TASK";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    /**
     * @param groupName the group's name now, for people; null from the store, and when Qunflow has no name for it
     * @param advice what to do about WeCom's errcode, with the errcode and errmsg beside it ({@link
     *     WeComErrcodes}); null from the store, and when WeCom gave no errcode
     * @param adviceZh the same in Chinese
     */
    record Delivery(
            String actionId,
            long actionSeq,
            String groupId,
            @JsonInclude(JsonInclude.Include.ALWAYS) String groupName,
            String actionType,
            String status,
            int attempts,
            String wecomMsgid,
            String wecomSender,
            Integer errcode,
            String errmsg,
            String advice,
            String adviceZh,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        /** The same delivery with the name people know its group by, read from the groups module. */
        Delivery named(String groupName) {
            return new Delivery(
                    actionId,
                    actionSeq,
                    groupId,
                    groupName,
                    actionType,
                    status,
                    attempts,
                    wecomMsgid,
                    wecomSender,
                    errcode,
                    errmsg,
                    advice,
                    adviceZh,
                    createdAt,
                    updatedAt);
        }

        /** The same delivery saying what to do about its errcode. */
        Delivery advised(Words words) {
            return new Delivery(
                    actionId,
                    actionSeq,
                    groupId,
                    groupName,
                    actionType,
                    status,
                    attempts,
                    wecomMsgid,
                    wecomSender,
                    errcode,
                    errmsg,
                    words.en(),
                    words.zh(),
                    createdAt,
                    updatedAt);
        }
    }

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long cursor() {
        return jdbc.sql("SELECT cursor_seq FROM qf_wecom_cursor WHERE id = 'outbox'")
                .query(Long.class)
                .single();
    }

    void advance(long from, long to) {
        jdbc.sql("UPDATE qf_wecom_cursor SET cursor_seq = ? WHERE id = 'outbox' AND cursor_seq = ?")
                .params(to, from)
                .update();
    }

    /** The actions fanned out past an outbox position. */
    java.util.Set<String> fannedOut(long afterSeq) {
        return new java.util.HashSet<>(jdbc.sql("SELECT action_id FROM qf_wecom_delivery WHERE action_seq > ?")
                .param(afterSeq)
                .query(String.class)
                .list());
    }

    /** Adds a delivery for an action once; a second node fanning out the same action adds nothing. */
    void add(String actionId, long seq, String groupId, String type, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO qf_wecom_delivery (action_id, action_seq, group_id, action_type, status, attempts,"
                            + " next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,0,?,?,?)")
                    .params(actionId, seq, groupId, type, PENDING, now, now, now)
                    .update();
        } catch (DuplicateKeyException known) {
            // Fanned out before.
        }
    }

    /** Takes a lease on due deliveries in a status, oldest first, and answers those this lease holds. */
    List<Delivery> claim(String status, String lease, OffsetDateTime now, OffsetDateTime until, int limit) {
        List<String> due = jdbc.sql("SELECT action_id FROM qf_wecom_delivery WHERE status = ? AND next_attempt_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY action_seq FETCH FIRST " + limit
                        + " ROWS ONLY")
                .params(status, now, now)
                .query(String.class)
                .list();
        for (String id : due) {
            jdbc.sql("UPDATE qf_wecom_delivery SET lease_owner = ?, lease_until = ? WHERE action_id = ? AND status = ?"
                            + " AND (lease_until IS NULL OR lease_until < ?)")
                    .params(lease, until, id, status, now)
                    .update();
        }
        return jdbc.sql("SELECT * FROM qf_wecom_delivery WHERE lease_owner = ? AND status = ? ORDER BY action_seq")
                .params(lease, status)
                .query(DeliveryStore::delivery)
                .list();
    }

    /**
     * Holds a claimed delivery until {@code until}, right before it is carried out; false when the
     * lease ran out and another node took the delivery meanwhile, which then carries it out.
     */
    boolean renew(String actionId, String lease, OffsetDateTime until) {
        return jdbc.sql("UPDATE qf_wecom_delivery SET lease_until = ? WHERE action_id = ? AND lease_owner = ?")
                        .params(until, actionId, lease)
                        .update()
                == 1;
    }

    /** Moves a delivery on and gives up its lease; counts an attempt when {@code attempted}. */
    void move(
            String actionId,
            String lease,
            String status,
            boolean attempted,
            OffsetDateTime nextAttemptAt,
            String wecomMsgid,
            Integer errcode,
            String errmsg,
            OffsetDateTime now) {
        jdbc.sql("UPDATE qf_wecom_delivery SET status = ?, attempts = attempts + ?, next_attempt_at = ?,"
                        + " wecom_msgid = COALESCE(?, wecom_msgid), errcode = ?, errmsg = ?, lease_owner = NULL,"
                        + " lease_until = NULL, updated_at = ? WHERE action_id = ? AND lease_owner = ?")
                .params(
                        status,
                        attempted ? 1 : 0,
                        nextAttemptAt,
                        wecomMsgid,
                        errcode,
                        InboundStore.truncate(errmsg),
                        now,
                        actionId,
                        lease)
                .update();
    }

    /**
     * Moves a delivery to {@link #CONFIRMING} once WeCom created its broadcast, with the member it
     * went to for confirmation, and gives up its lease.
     */
    void awaitConfirmation(String actionId, String lease, String msgid, String sender, OffsetDateTime now) {
        jdbc.sql("UPDATE qf_wecom_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?,"
                        + " wecom_msgid = ?, wecom_sender = ?, errcode = NULL, errmsg = NULL, lease_owner = NULL,"
                        + " lease_until = NULL, updated_at = ? WHERE action_id = ? AND lease_owner = ?")
                .params(CONFIRMING, now, msgid, sender, now, actionId, lease)
                .update();
    }

    /** Closes a delivery an owner task carried, whoever holds it. */
    void close(String actionId, String status, String detail, OffsetDateTime now) {
        jdbc.sql("UPDATE qf_wecom_delivery SET status = ?, errmsg = ?, updated_at = ? WHERE action_id = ?")
                .params(status, InboundStore.truncate(detail), now, actionId)
                .update();
    }

    /** Deliveries in a status, newest first: the dead letters an admin reads. */
    List<Delivery> inStatus(String status, int limit) {
        return jdbc.sql(
                        "SELECT * FROM qf_wecom_delivery WHERE status = ? ORDER BY updated_at DESC, action_id FETCH FIRST "
                                + limit + " ROWS ONLY")
                .param(status)
                .query(DeliveryStore::delivery)
                .list();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        int errcode = rs.getInt("errcode");
        Integer code = rs.wasNull() ? null : errcode;
        return new Delivery(
                rs.getString("action_id"),
                rs.getLong("action_seq"),
                rs.getString("group_id"),
                null,
                rs.getString("action_type"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("wecom_msgid"),
                rs.getString("wecom_sender"),
                code,
                rs.getString("errmsg"),
                null,
                null,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
