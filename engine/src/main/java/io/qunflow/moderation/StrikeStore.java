package io.qunflow.moderation;

import io.qunflow.common.SqlArrays;
import io.qunflow.rules.model.Offence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offences on record per member; old ones stay stored but fall out of the window. */
@Repository
class StrikeStore implements StrikeBook {

    private static final String SELECT = "SELECT event_id, rule_name, category, severity, term, outcome,"
            + " matched_original, matched_normalized, reason, struck_at FROM qf_strike";

    private static final String INSERT = "INSERT INTO qf_strike (group_id, member_id, event_id, rule_name, category,"
            + " term, struck_at, severity, outcome, matched_original, matched_normalized, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    StrikeStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A stored strike with its member and its place in the order strikes were stored. */
    record Held(long id, String memberId, Strike strike) {}

    /**
     * The members' strikes at or after {@code since}, and every removal of theirs whenever it was:
     * what a batch of the group's events may ask about them, in one statement.
     */
    List<Held> heldSince(String groupId, Collection<String> memberIds, OffsetDateTime since) {
        return jdbc.sql("SELECT s.id, s.member_id, s.event_id, s.rule_name, s.category, s.severity, s.term,"
                        + " s.outcome, s.matched_original, s.matched_normalized, s.reason, s.struck_at"
                        + " FROM UNNEST(?) AS t(x) JOIN qf_strike s ON s.group_id = ? AND s.member_id = t.x"
                        + " WHERE s.struck_at >= ? OR s.outcome = 'REMOVE_MEMBER'")
                .params(SqlArrays.varchars(memberIds), groupId, since)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getString("member_id"), strike(rs, n)))
                .list();
    }

    /** Stores a batch's strikes, in order, in one batch statement. */
    void insertAll(String groupId, List<Held> struck) {
        List<Object[]> rows = new ArrayList<>(struck.size());
        for (Held h : struck) {
            Strike s = h.strike();
            rows.add(new Object[] {
                groupId,
                h.memberId(),
                s.eventId(),
                s.rule(),
                s.category(),
                s.term(),
                s.at(),
                s.severity(),
                s.outcome(),
                s.matchedOriginal(),
                s.matchedNormalized(),
                s.reason()
            });
        }
        batches.batchUpdate(INSERT, rows);
    }

    @Override
    public int countSince(String groupId, String memberId, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = ? AND struck_at >= ?")
                .params(groupId, memberId, since)
                .query(Integer.class)
                .single();
    }

    /**
     * The removals moderation decided for the member in the group, newest first: what tells a
     * returning offender from a newcomer.
     */
    @Override
    public List<Strike> removals(String groupId, String memberId) {
        return jdbc.sql(SELECT + " WHERE group_id = ? AND member_id = ? AND outcome = 'REMOVE_MEMBER'"
                        + " ORDER BY struck_at DESC, id DESC")
                .params(groupId, memberId)
                .query(StrikeStore::strike)
                .list();
    }

    @Override
    public void record(
            String groupId,
            String memberId,
            String eventId,
            String rule,
            String outcome,
            Offence offence,
            String reason,
            OffsetDateTime at) {
        jdbc.sql(INSERT)
                .params(
                        groupId,
                        memberId,
                        eventId,
                        rule,
                        offence.category(),
                        offence.term(),
                        at,
                        offence.severity(),
                        outcome,
                        offence.matchedOriginal(),
                        offence.matchedNormalized(),
                        reason)
                .update();
    }

    /** The categories of the strikes an event caused (one at most: a message is struck once). */
    List<String> categoriesOf(String eventId) {
        return jdbc.sql("SELECT category FROM qf_strike WHERE event_id = ?")
                .param(eventId)
                .query(String.class)
                .list();
    }

    /** Deletes the strike a rule gave for a message and answers it; empty when there is none. */
    Optional<Strike> withdraw(String eventId, String rule) {
        Optional<Strike> struck = jdbc.sql(SELECT + " WHERE event_id = ? AND rule_name = ?")
                .params(eventId, rule)
                .query(StrikeStore::strike)
                .optional();
        struck.ifPresent(s -> jdbc.sql("DELETE FROM qf_strike WHERE event_id = ? AND rule_name = ?")
                .params(eventId, rule)
                .update());
        return struck;
    }

    List<Strike> history(String groupId, String memberId) {
        return jdbc.sql(SELECT + " WHERE group_id = ? AND member_id = ? ORDER BY struck_at DESC, id DESC")
                .params(groupId, memberId)
                .query(StrikeStore::strike)
                .list();
    }

    private static Strike strike(ResultSet rs, int row) throws SQLException {
        return new Strike(
                rs.getString("event_id"),
                rs.getString("rule_name"),
                rs.getString("category"),
                rs.getString("severity"),
                rs.getString("term"),
                rs.getString("outcome"),
                rs.getString("matched_original"),
                rs.getString("matched_normalized"),
                rs.getString("reason"),
                rs.getObject("struck_at", OffsetDateTime.class));
    }
}
