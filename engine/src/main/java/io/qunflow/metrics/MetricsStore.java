package io.qunflow.metrics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored state metrics are computed from: the membership history (its own), and read-only the
 * members' days, the points ledger, red envelopes, strikes and actions.
 */
@Repository
class MetricsStore {

    private final JdbcClient jdbc;

    MetricsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group's membership and layer history before {@code until}, in the order it happened. */
    List<MemberChange> changes(String groupId, OffsetDateTime until) {
        return jdbc.sql("SELECT member_id, change_kind, layer, channel, changed_at FROM qf_member_change"
                        + " WHERE group_id = ? AND changed_at < ? ORDER BY changed_at, id")
                .params(groupId, until)
                .query((rs, n) -> new MemberChange(
                        rs.getString("member_id"),
                        rs.getString("change_kind"),
                        rs.getString("layer"),
                        rs.getString("channel"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** The group's joins in {@code [from, to)} with whether the member was new to every group then. */
    List<Join> joins(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(
                        "SELECT c.member_id, c.channel, c.changed_at, CASE WHEN EXISTS (SELECT 1 FROM qf_member_change p"
                                + " WHERE p.member_id = c.member_id AND p.change_kind = 'JOINED' AND (p.changed_at < c.changed_at"
                                + " OR p.changed_at = c.changed_at AND p.id < c.id)) THEN 0 ELSE 1 END AS first_seen"
                                + " FROM qf_member_change c WHERE c.group_id = ? AND c.change_kind = 'JOINED'"
                                + " AND c.changed_at >= ? AND c.changed_at < ? ORDER BY c.changed_at, c.id")
                .params(groupId, from, to)
                .query((rs, n) -> new Join(
                        rs.getString("member_id"),
                        rs.getString("channel"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getInt("first_seen") == 1))
                .list();
    }

    record Join(String memberId, String channel, OffsetDateTime at, boolean firstSeen) {}

    /** Each member's day in {@code [from, to]}: messages, orders and their cents. */
    List<Day> days(String groupId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT member_id, activity_day, messages, orders, order_cents FROM qf_member_day"
                        + " WHERE group_id = ? AND activity_day >= ? AND activity_day <= ?")
                .params(groupId, from, to)
                .query((rs, n) -> new Day(
                        rs.getString("member_id"),
                        rs.getObject("activity_day", LocalDate.class),
                        rs.getInt("messages"),
                        rs.getInt("orders"),
                        rs.getLong("order_cents")))
                .list();
    }

    record Day(String memberId, LocalDate day, int messages, int orders, long orderCents) {}

    /**
     * Points granted (positive entries) in {@code [from, to)}, at the time of the event that earned
     * them, or when they were granted for those no event caused.
     */
    List<Granted> pointsGranted(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(
                        "SELECT granted_at, points FROM (SELECT COALESCE(e.occurred_at, p.created_at) AS granted_at, p.points"
                                + " FROM qf_points_entry p LEFT JOIN qf_event e ON e.event_id = p.event_id"
                                + " WHERE p.group_id = ? AND p.points > 0) granted WHERE granted_at >= ? AND granted_at < ?")
                .params(groupId, from, to)
                .query((rs, n) -> new Granted(rs.getObject("granted_at", OffsetDateTime.class), rs.getLong("points")))
                .list();
    }

    record Granted(OffsetDateTime at, long amount) {}

    /** Red envelopes sent, by the day of their occasion, in {@code [from, to]}. */
    List<Envelope> redEnvelopesSent(String groupId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT reward_day, amount_cents FROM qf_red_envelope WHERE group_id = ? AND status = 'SENT'"
                        + " AND reward_day >= ? AND reward_day <= ?")
                .params(groupId, from, to)
                .query((rs, n) -> new Envelope(rs.getObject("reward_day", LocalDate.class), rs.getLong("amount_cents")))
                .list();
    }

    record Envelope(LocalDate day, long amountCents) {}

    /**
     * Moderation actions caused by the group's messages with event times in {@code [from, to)},
     * with the category of the offence behind them (none for flooding, which strikes nobody).
     */
    List<Moderated> moderation(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT a.type, s.category FROM qf_event e JOIN qf_action a ON a.event_id = e.event_id"
                        + " LEFT JOIN qf_strike s ON s.event_id = e.event_id"
                        + " WHERE e.group_id = ? AND e.occurred_at >= ? AND e.occurred_at < ? AND e.type = 'MESSAGE_POSTED'"
                        + " AND a.type IN ('WARN_MEMBER', 'DELETE_MESSAGE', 'REMOVE_MEMBER', 'MUTE_MEMBER')")
                .params(groupId, from, to)
                .query((rs, n) -> new Moderated(rs.getString("type"), rs.getString("category")))
                .list();
    }

    record Moderated(String actionType, String category) {}
}
