package io.qunflow.moderation;

import io.qunflow.rules.model.Offence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offences on record per member; old ones stay stored but fall out of the window. */
@Repository
class StrikeStore {

    private static final String SELECT = "SELECT event_id, rule_name, category, severity, term, outcome,"
            + " matched_original, matched_normalized, reason, struck_at FROM qf_strike";

    private final JdbcClient jdbc;

    StrikeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int countSince(String groupId, String memberId, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = ? AND struck_at >= ?")
                .params(groupId, memberId, since)
                .query(Integer.class)
                .single();
    }

    /**
     * The removals moderation decided for the member in the group, newest first: what tells a
     * returning offender from a newcomer.
     */
    List<Strike> removals(String groupId, String memberId) {
        return jdbc.sql(SELECT + " WHERE group_id = ? AND member_id = ? AND outcome = 'REMOVE_MEMBER'"
                        + " ORDER BY struck_at DESC, id DESC")
                .params(groupId, memberId)
                .query(StrikeStore::strike)
                .list();
    }

    void record(
            String groupId,
            String memberId,
            String eventId,
            String rule,
            String outcome,
            Offence offence,
            String reason,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_strike (group_id, member_id, event_id, rule_name, category, term, struck_at,"
                        + " severity, outcome, matched_original, matched_normalized, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
