package io.qunflow.sop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SopStore {

    private static final String ENTRY =
            "SELECT id, group_id, cadence, day_of_week, day_of_month, on_date, at_time, purpose,"
                    + " content_kind, body, link, owner, notes, created_at FROM qf_sop_entry";
    private static final String POST =
            "SELECT id, group_id, entry_id, due_at, reach, action_id, body, purpose" + " FROM qf_sop_post";

    private final JdbcClient jdbc;

    SopStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SopEntry> entries(String groupId) {
        return jdbc.sql(ENTRY + " WHERE group_id = ? ORDER BY at_time, id")
                .param(groupId)
                .query(SopStore::entry)
                .list();
    }

    /**
     * One page of the group's calendar, in the order {@link #entries} gives it; only the entries of
     * one purpose when it is given.
     */
    List<SopEntry> entries(String groupId, Optional<Purpose> purpose, int offset, int limit) {
        return jdbc.sql(ENTRY + " WHERE group_id = ?" + (purpose.isPresent() ? " AND purpose = ?" : "")
                        + " ORDER BY at_time, id LIMIT ? OFFSET ?")
                .params(withPurpose(groupId, purpose, limit, offset))
                .query(SopStore::entry)
                .list();
    }

    int entryCount(String groupId, Optional<Purpose> purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_sop_entry WHERE group_id = ?"
                        + (purpose.isPresent() ? " AND purpose = ?" : ""))
                .params(withPurpose(groupId, purpose))
                .query(Integer.class)
                .single();
    }

    /** The group id, the purpose's name when there is one, then the rest: the parameters of a filtered query. */
    private static List<Object> withPurpose(String groupId, Optional<Purpose> purpose, Object... rest) {
        List<Object> params = new ArrayList<>();
        params.add(groupId);
        purpose.ifPresent(p -> params.add(p.name()));
        params.addAll(List.of(rest));
        return params;
    }

    void insert(SopEntry e) {
        jdbc.sql("INSERT INTO qf_sop_entry (id, group_id, cadence, day_of_week, day_of_month, on_date, at_time,"
                        + " purpose, content_kind, body, link, owner, notes, created_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        e.id(),
                        e.groupId(),
                        e.cadence().name(),
                        e.dayOfWeek() == null ? null : e.dayOfWeek().name(),
                        e.dayOfMonth(),
                        e.date(),
                        e.time().toString(),
                        e.purpose().name(),
                        e.contentKind().name(),
                        e.text(),
                        e.link(),
                        e.owner(),
                        e.notes(),
                        e.createdAt())
                .update();
    }

    boolean delete(String groupId, String entryId) {
        return jdbc.sql("DELETE FROM qf_sop_entry WHERE group_id = ? AND id = ?")
                        .params(groupId, entryId)
                        .update()
                == 1;
    }

    /** Records a post; false when this entry already posted at that time. */
    boolean insertPost(SopPost post) {
        try {
            jdbc.sql("INSERT INTO qf_sop_post (id, group_id, entry_id, due_at, reach, action_id, body, purpose)"
                            + " VALUES (?,?,?,?,?,?,?,?)")
                    .params(
                            post.id(),
                            post.groupId(),
                            post.entryId(),
                            post.dueAt(),
                            post.reach(),
                            post.actionId(),
                            post.text(),
                            post.purpose().name())
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyPosted) {
            return false;
        }
    }

    boolean updateReach(String actionId, int reach) {
        return jdbc.sql("UPDATE qf_sop_post SET reach = ? WHERE action_id = ?")
                        .params(reach, actionId)
                        .update()
                > 0;
    }

    int postsBetween(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_sop_post WHERE group_id = ? AND due_at >= ? AND due_at < ?")
                .params(groupId, from, to)
                .query(Integer.class)
                .single();
    }

    /** Whether the entry has posted in {@code [from, to)}. */
    boolean entryPostedBetween(String entryId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_sop_post WHERE entry_id = ? AND due_at >= ? AND due_at < ?")
                        .params(entryId, from, to)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** When each of these bodies last went out to the group; a body never posted is not in the map. */
    Map<String, OffsetDateTime> lastPostedAt(String groupId, Collection<String> bodies) {
        if (bodies.isEmpty()) {
            return Map.of();
        }
        Map<String, OffsetDateTime> last = new HashMap<>();
        jdbc.sql("SELECT body, MAX(due_at) AS last_due FROM qf_sop_post WHERE group_id = :group AND body IN (:bodies)"
                        + " GROUP BY body")
                .param("group", groupId)
                .param("bodies", List.copyOf(new LinkedHashSet<>(bodies)))
                .query((rs, row) -> last.put(rs.getString("body"), rs.getObject("last_due", OffsetDateTime.class)))
                .list();
        return last;
    }

    /**
     * One page of the group's posts, newest first (the id breaks a tie, so each post is on exactly
     * one page); only the posts of one purpose when it is given.
     */
    List<SopPost> posts(String groupId, Optional<Purpose> purpose, int offset, int limit) {
        return jdbc.sql(POST + " WHERE group_id = ?" + (purpose.isPresent() ? " AND purpose = ?" : "")
                        + " ORDER BY due_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(withPurpose(groupId, purpose, limit, offset))
                .query(SopStore::post)
                .list();
    }

    int postCount(String groupId, Optional<Purpose> purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_sop_post WHERE group_id = ?"
                        + (purpose.isPresent() ? " AND purpose = ?" : ""))
                .params(withPurpose(groupId, purpose))
                .query(Integer.class)
                .single();
    }

    /** The group's posts sent in {@code [from, to)}, newest first. */
    List<SopPost> postsSentBetween(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(POST + " WHERE group_id = ? AND due_at >= ? AND due_at < ? ORDER BY due_at DESC, id DESC")
                .params(groupId, from, to)
                .query(SopStore::post)
                .list();
    }

    Optional<SopPost> post(String groupId, String postId) {
        return jdbc.sql(POST + " WHERE group_id = ? AND id = ?")
                .params(groupId, postId)
                .query(SopStore::post)
                .optional();
    }

    private static SopPost post(ResultSet rs, int row) throws SQLException {
        String purpose = rs.getString("purpose");
        return new SopPost(
                rs.getString("id"),
                rs.getString("group_id"),
                rs.getString("entry_id"),
                rs.getObject("due_at", OffsetDateTime.class),
                rs.getInt("reach"),
                rs.getString("action_id"),
                rs.getString("body"),
                purpose == null ? Purpose.CONTENT : Purpose.valueOf(purpose));
    }

    private static SopEntry entry(ResultSet rs, int row) throws SQLException {
        String day = rs.getString("day_of_week");
        return new SopEntry(
                rs.getString("id"),
                rs.getString("group_id"),
                Cadence.valueOf(rs.getString("cadence")),
                day == null ? null : DayOfWeek.valueOf(day),
                rs.getObject("day_of_month", Integer.class),
                rs.getObject("on_date", LocalDate.class),
                LocalTime.parse(rs.getString("at_time")),
                Purpose.valueOf(rs.getString("purpose")),
                ContentKind.valueOf(rs.getString("content_kind")),
                rs.getString("body"),
                rs.getString("link"),
                rs.getString("owner"),
                rs.getString("notes"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
