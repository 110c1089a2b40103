package io.qunflow.metrics;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Metrics' own tables, fed by {@link MetricsFeed}: the membership and layer history, the groups'
 * phases, and the moderation actions taken on each message. What other modules own, metrics asks them for.
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

    /**
     * Moderation actions taken on the group's messages with event times in {@code [from, to)},
     * with the category of the offence behind them (none for flooding, which strikes nobody).
     */
    List<Moderated> moderation(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT action_type, category FROM qf_moderation_outcome"
                        + " WHERE group_id = ? AND occurred_at >= ? AND occurred_at < ?")
                .params(groupId, from, to)
                .query((rs, n) -> new Moderated(rs.getString("action_type"), rs.getString("category")))
                .list();
    }

    void addChange(String groupId, String memberId, String kind, String layer, String channel, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_member_change (group_id, member_id, change_kind, layer, channel, changed_at)"
                        + " VALUES (?,?,?,?,?,?)")
                .params(groupId, memberId, kind, layer, channel, at)
                .update();
    }

    /** The group's phases before {@code until}, each with when the group entered it, in that order. */
    List<PhaseEntered> phases(String groupId, OffsetDateTime until) {
        return jdbc.sql("SELECT phase, changed_at FROM qf_phase_change WHERE group_id = ? AND changed_at < ?"
                        + " ORDER BY changed_at, id")
                .params(groupId, until)
                .query((rs, n) ->
                        new PhaseEntered(rs.getString("phase"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    record PhaseEntered(String phase, OffsetDateTime at) {}

    void addPhase(String groupId, String phase, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_phase_change (group_id, phase, changed_at) VALUES (?,?,?)")
                .params(groupId, phase, at)
                .update();
    }

    void addModeration(String groupId, String eventId, OffsetDateTime at, String actionType, String category) {
        jdbc.sql("INSERT INTO qf_moderation_outcome (group_id, event_id, occurred_at, action_type, category)"
                        + " VALUES (?,?,?,?,?)")
                .params(groupId, eventId, at, actionType, category)
                .update();
    }

    record Moderated(String actionType, String category) {}
}
