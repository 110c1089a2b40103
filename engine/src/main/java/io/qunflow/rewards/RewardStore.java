package io.qunflow.rewards;

import io.qunflow.common.SqlArrays;
import io.qunflow.common.Words;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The points ledger and the red envelopes; entries are only ever inserted. */
@Repository
class RewardStore implements Ledger {

    private static final String ADD_POINTS = "INSERT INTO qf_points_entry (group_id, member_id, points, reason,"
            + " rule_name, event_id, entry_key, created_at, earned_at) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final String ADD_ENVELOPE = "INSERT INTO qf_red_envelope (group_id, member_id, amount_cents,"
            + " reason, rule_name, event_id, envelope_key, reward_day, paid_day, status, refusal, refusal_zh,"
            + " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    RewardStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Those of the keys that book points already, in one statement. */
    Set<String> pointKeys(Collection<String> keys) {
        return new HashSet<>(
                jdbc.sql("SELECT p.entry_key FROM UNNEST(?) AS t(x) JOIN qf_points_entry p ON p.entry_key = t.x")
                        .param(SqlArrays.varchars(keys))
                        .query(String.class)
                        .list());
    }

    /** Those of the keys that booked a red envelope already, in one statement. */
    Set<String> envelopeKeys(Collection<String> keys) {
        return new HashSet<>(
                jdbc.sql("SELECT r.envelope_key FROM UNNEST(?) AS t(x) JOIN qf_red_envelope r ON r.envelope_key = t.x")
                        .param(SqlArrays.varchars(keys))
                        .query(String.class)
                        .list());
    }

    /** Inserts points entries, each the values of {@link #addPoints} in order, in one batch statement. */
    void addAllPoints(List<Object[]> entries) {
        batches.batchUpdate(ADD_POINTS, entries);
    }

    /** Inserts red envelopes, each an {@link #envelopeRow}, in one batch statement. */
    void addAllEnvelopes(List<Object[]> envelopes) {
        batches.batchUpdate(ADD_ENVELOPE, envelopes);
    }

    /**
     * A red envelope's values in the insert's column order, the one place the refusal's two
     * languages are split into their columns: a booking on its own and a batch's write the same row.
     */
    static Object[] envelopeRow(
            String groupId,
            String memberId,
            long amountCents,
            String reason,
            String rule,
            String eventId,
            String key,
            LocalDate day,
            LocalDate paidDay,
            String status,
            Words refusal,
            OffsetDateTime at) {
        return new Object[] {
            groupId,
            memberId,
            amountCents,
            reason,
            rule,
            eventId,
            key,
            day,
            paidDay,
            status,
            refusal == null ? null : refusal.en(),
            refusal == null ? null : refusal.zh(),
            at
        };
    }

    Optional<RewardService.BookedEntry> entry(String key) {
        return jdbc.sql("SELECT member_id, reason FROM qf_points_entry WHERE entry_key = ?")
                .param(key)
                .query((rs, n) -> new RewardService.BookedEntry(rs.getString(1), rs.getString(2)))
                .optional();
    }

    @Override
    public boolean hasPoints(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_points_entry WHERE entry_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public void addPoints(
            String groupId,
            String memberId,
            int points,
            String reason,
            String rule,
            String eventId,
            String key,
            OffsetDateTime at,
            OffsetDateTime earnedAt) {
        jdbc.sql(ADD_POINTS)
                .params(groupId, memberId, points, reason, rule, eventId, key, at, earnedAt)
                .update();
    }

    /** Positive entries of the group earned in {@code [from, to)}. */
    List<GrantedPoints> pointsGranted(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT earned_at, points FROM qf_points_entry WHERE group_id = ? AND points > 0"
                        + " AND earned_at >= ? AND earned_at < ?")
                .params(groupId, from, to)
                .query((rs, n) ->
                        new GrantedPoints(rs.getObject("earned_at", OffsetDateTime.class), rs.getLong("points")))
                .list();
    }

    long balance(String groupId, String memberId) {
        return jdbc.sql("SELECT COALESCE(SUM(points), 0) FROM qf_points_entry WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query(Long.class)
                .single();
    }

    /** A page of the member's entries, the latest booked first. */
    List<PointsEntry> entries(String groupId, String memberId, int offset, int limit) {
        return jdbc.sql("SELECT points, reason, rule_name, event_id, created_at FROM qf_points_entry"
                        + " WHERE group_id = ? AND member_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(groupId, memberId, limit, offset)
                .query((rs, n) -> new PointsEntry(
                        rs.getInt("points"),
                        rs.getString("reason"),
                        rs.getString("rule_name"),
                        rs.getString("event_id"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    @Override
    public boolean hasEnvelope(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_red_envelope WHERE envelope_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public void addEnvelope(
            String groupId,
            String memberId,
            long amountCents,
            String reason,
            String rule,
            String eventId,
            String key,
            LocalDate day,
            LocalDate paidDay,
            String status,
            Words refusal,
            OffsetDateTime at) {
        jdbc.sql(ADD_ENVELOPE)
                .params(envelopeRow(
                        groupId, memberId, amountCents, reason, rule, eventId, key, day, paidDay, status, refusal, at))
                .update();
    }

    @Override
    public long sent(String groupId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM qf_red_envelope WHERE group_id = ?"
                        + " AND status = 'SENT' AND paid_day >= ? AND paid_day <= ?")
                .params(groupId, from, to)
                .query(Long.class)
                .single();
    }

    /** Cents sent (not refused) per reward day from {@code from} to {@code to}, both included. */
    Map<LocalDate, Long> sentByDay(String groupId, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> sent = new HashMap<>();
        jdbc.sql("SELECT reward_day, SUM(amount_cents) FROM qf_red_envelope WHERE group_id = ? AND status = 'SENT'"
                        + " AND reward_day >= ? AND reward_day <= ? GROUP BY reward_day")
                .params(groupId, from, to)
                .query(rs -> {
                    sent.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return sent;
    }

    int entryCount(String groupId, String memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_points_entry WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query(Integer.class)
                .single();
    }

    /** A page of the group's red envelopes, the latest decided first. */
    List<RedEnvelope> envelopes(String groupId, int offset, int limit) {
        return jdbc.sql("SELECT * FROM qf_red_envelope WHERE group_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(groupId, limit, offset)
                .query((rs, n) -> new RedEnvelope(
                        rs.getString("member_id"),
                        rs.getLong("amount_cents"),
                        rs.getString("reason"),
                        rs.getString("rule_name"),
                        rs.getString("event_id"),
                        rs.getObject("reward_day", LocalDate.class),
                        rs.getObject("paid_day", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("refusal"),
                        rs.getString("refusal_zh"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    int envelopeCount(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
    }
}
