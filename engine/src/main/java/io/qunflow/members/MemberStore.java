package io.qunflow.members;

import io.qunflow.common.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members module's table, {@code qf_member}: every statement on it, one member or a batch's
 * members at once.
 *
 * <p>Why this class is long: the event path reads and writes members one at a time and in batches
 * (locked in member-id order), the pages list and count them, pruning and layering read them by
 * group and layer, and the review and pruning pages read nicknames by page; one table, one store.
 */
@Repository
class MemberStore {

    /** Clears a pruning warning whenever a membership starts or ends. */
    private static final String NOT_WARNED = "prune_warned_at = NULL, prune_warn_reason = NULL";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    MemberStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A member's row: as a member, and as layering sees them. */
    record Stored(Member member, LayerState state) {}

    /**
     * Those of the members the group has seen, read in one statement and locked for the rest of
     * the transaction. The rows are locked in the order of the members' ids, so two batches of one
     * group that name the same members in different orders wait for each other instead of each
     * holding a row the other needs (a deadlock, which costs the loser its whole group).
     */
    Map<String, Stored> lockAll(String groupId, Collection<String> memberIds) {
        Map<String, Stored> found = new HashMap<>(memberIds.size() * 2);
        jdbc.sql("SELECT m.* FROM UNNEST(?) AS t(x) JOIN qf_member m ON m.group_id = ? AND m.member_id = t.x"
                        + " ORDER BY m.member_id FOR UPDATE")
                .params(SqlArrays.varchars(new TreeSet<>(memberIds)), groupId)
                .query((rs, row) -> new Stored(member(rs, row), LayerStore.state(rs, row)))
                .list()
                .forEach(stored -> found.put(stored.member().memberId(), stored));
        return found;
    }

    /** New members as a batch left them, each with the last layering it stored, in one batch statement. */
    void insertAll(List<Member> created, List<LayerUpdate> layered) {
        List<Object[]> rows = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Member m = created.get(i);
            LayerUpdate u = layered.get(i);
            rows.add(new Object[] {
                m.groupId(),
                m.memberId(),
                m.role().name(),
                m.nickname(),
                m.birthday(),
                m.channel(),
                m.status(),
                m.joinedAt(),
                m.leftAt(),
                m.lastActiveAt(),
                m.messageCount(),
                m.layer(),
                u == null ? null : u.persona(),
                u == null ? null : u.explanation(),
                u == null ? null : u.layerSince(),
                u == null ? null : u.demotionDueSince(),
                u == null ? null : u.layeredAt()
            });
        }
        batches.batchUpdate(
                "INSERT INTO qf_member (group_id, member_id, role, nickname, birthday, channel, status, joined_at,"
                        + " left_at, last_active_at, message_count, layer, persona, explanation, layer_since,"
                        + " demotion_due_since, layered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows);
    }

    /**
     * Stores joins and leaves a batch made, each row only if its status is still the one the batch
     * read: a concurrent join or leave of the same member fails the batch, to be applied again. A
     * pruning warning ends with the membership it was given in, as in {@link #markGone}.
     */
    void updateMemberships(List<Member> changed, List<String> statusRead) {
        List<Object[]> rows = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            Member m = changed.get(i);
            rows.add(new Object[] {
                m.role().name(),
                m.nickname(),
                m.birthday(),
                m.channel(),
                m.status(),
                m.joinedAt(),
                m.leftAt(),
                m.groupId(),
                m.memberId(),
                statusRead.get(i)
            });
        }
        int[] updated = batches.batchUpdate(
                "UPDATE qf_member SET role = ?, nickname = ?, birthday = ?, channel = ?, status = ?, joined_at = ?,"
                        + " left_at = ?, " + NOT_WARNED + " WHERE group_id = ? AND member_id = ? AND status = ?",
                rows);
        for (int count : updated) {
            if (count != 1) {
                throw new ConcurrencyFailureException("A member's membership changed while a batch applied its events");
            }
        }
    }

    /**
     * What a batch's events did to members already stored, one write per member: messages added,
     * last-active moved forward only (or left alone when {@code lastActive} is null: no event of
     * the member was activity), and the last layering stored, when any.
     */
    record ActivityWrite(String memberId, int messages, OffsetDateTime lastActive, LayerUpdate layer) {}

    void addActivities(String groupId, List<ActivityWrite> writes) {
        List<Object[]> active = new ArrayList<>();
        List<Object[]> activeLayered = new ArrayList<>();
        List<Object[]> layered = new ArrayList<>();
        for (ActivityWrite w : writes) {
            List<Object> values = new ArrayList<>(12);
            if (w.lastActive() != null) {
                values.addAll(List.of(w.messages(), w.lastActive(), w.lastActive()));
            }
            if (w.layer() != null) {
                values.addAll(Arrays.asList(LayerStore.layerValues(w.layer())));
            }
            values.add(groupId);
            values.add(w.memberId());
            (w.lastActive() == null ? layered : w.layer() == null ? active : activeLayered).add(values.toArray());
        }
        String activity = "message_count = message_count + ?, last_active_at = CASE"
                + " WHEN last_active_at IS NULL OR last_active_at < ? THEN ? ELSE last_active_at END";
        String where = " WHERE group_id = ? AND member_id = ?";
        if (!active.isEmpty()) {
            batches.batchUpdate("UPDATE qf_member SET " + activity + where, active);
        }
        if (!activeLayered.isEmpty()) {
            batches.batchUpdate(
                    "UPDATE qf_member SET " + activity + ", " + LayerStore.LAYER_COLUMNS + where, activeLayered);
        }
        if (!layered.isEmpty()) {
            batches.batchUpdate("UPDATE qf_member SET " + LayerStore.LAYER_COLUMNS + where, layered);
        }
    }

    /** The member's row, locked until the transaction ends. */
    Optional<Member> lock(String groupId, String memberId) {
        return jdbc.sql("SELECT * FROM qf_member WHERE group_id = ? AND member_id = ? FOR UPDATE")
                .params(groupId, memberId)
                .query(MemberStore::member)
                .optional();
    }

    Map<MemberKey, String> nicknames(Collection<MemberKey> keys) {
        Map<MemberKey, String> nicknames = new HashMap<>();
        if (keys.isEmpty()) {
            return nicknames;
        }
        List<MemberKey> distinct = List.copyOf(new HashSet<>(keys));
        jdbc.sql("SELECT m.group_id, m.member_id, m.nickname FROM UNNEST(?, ?) AS t(g, x)"
                        + " JOIN qf_member m ON m.group_id = t.g AND m.member_id = t.x WHERE m.nickname IS NOT NULL")
                .params(
                        SqlArrays.varchars(
                                distinct.stream().map(MemberKey::groupId).toList()),
                        SqlArrays.varchars(
                                distinct.stream().map(MemberKey::memberId).toList()))
                .query(rs -> {
                    nicknames.put(
                            new MemberKey(rs.getString("group_id"), rs.getString("member_id")),
                            rs.getString("nickname"));
                });
        return nicknames;
    }

    Optional<Member> find(String groupId, String memberId) {
        return jdbc.sql("SELECT * FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query(MemberStore::member)
                .optional();
    }

    List<Member> inGroup(String groupId) {
        return jdbc.sql("SELECT * FROM qf_member WHERE group_id = ? AND status = 'IN_GROUP' ORDER BY member_id")
                .param(groupId)
                .query(MemberStore::member)
                .list();
    }

    /** Members in the group now, counted from their rows. */
    int countInGroup(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_member WHERE group_id = ? AND status = 'IN_GROUP'")
                .param(groupId)
                .query(Integer.class)
                .single();
    }

    void insert(Member m) {
        jdbc.sql("INSERT INTO qf_member (group_id, member_id, role, nickname, birthday, channel, status, joined_at,"
                        + " left_at, last_active_at, message_count) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        m.groupId(),
                        m.memberId(),
                        m.role().name(),
                        m.nickname(),
                        m.birthday(),
                        m.channel(),
                        m.status(),
                        m.joinedAt(),
                        m.leftAt(),
                        m.lastActiveAt(),
                        m.messageCount())
                .update();
    }

    /**
     * Brings a member who left back. False when they are in the group already: the condition is
     * checked again after waiting for a concurrent writer of the row, so only one of two
     * concurrent rejoins changes it (and counts it).
     */
    boolean rejoin(Member m) {
        return jdbc.sql("UPDATE qf_member SET role = ?, nickname = ?, birthday = ?, channel = ?, status = 'IN_GROUP',"
                                + " joined_at = ?, left_at = NULL, " + NOT_WARNED
                                + " WHERE group_id = ? AND member_id = ? AND status <> 'IN_GROUP'")
                        .params(
                                m.role().name(),
                                m.nickname(),
                                m.birthday(),
                                m.channel(),
                                m.joinedAt(),
                                m.groupId(),
                                m.memberId())
                        .update()
                == 1;
    }

    /** Gives a member in the group another role; false when they are not in it (any longer). */
    boolean changeRole(String groupId, String memberId, MemberRole role) {
        return jdbc.sql("UPDATE qf_member SET role = ? WHERE group_id = ? AND member_id = ? AND status = 'IN_GROUP'")
                        .params(role.name(), groupId, memberId)
                        .update()
                == 1;
    }

    /**
     * Marks a member in the group as gone; false when they were not in it (or a concurrent leave
     * won). A pruning warning ends with the membership it was given in: a member who comes back is
     * warned afresh before pruning removes them, not removed on a warning from before they left.
     */
    boolean markGone(String groupId, String memberId, String status, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_member SET status = ?, left_at = ?, " + NOT_WARNED
                                + " WHERE group_id = ? AND member_id = ? AND status = 'IN_GROUP'")
                        .params(status, at, groupId, memberId)
                        .update()
                == 1;
    }

    /**
     * Adds the event's messages to the member's count and moves last-active forward only (a late,
     * older event never moves it back), with the layering outcome when there is one: one write of
     * the row for the whole event.
     */
    void recordActivity(String groupId, String memberId, int messages, OffsetDateTime at, LayerUpdate layer) {
        List<Object> values = new ArrayList<>(List.of(messages, at, at));
        String set = "message_count = message_count + ?, last_active_at = CASE"
                + " WHEN last_active_at IS NULL OR last_active_at < ? THEN ? ELSE last_active_at END";
        if (layer != null) {
            set += ", " + LayerStore.LAYER_COLUMNS;
            values.addAll(Arrays.asList(LayerStore.layerValues(layer)));
        }
        values.add(groupId);
        values.add(memberId);
        jdbc.sql("UPDATE qf_member SET " + set + " WHERE group_id = ? AND member_id = ?")
                .params(values)
                .update();
    }

    int activeSince(String groupId, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_member WHERE group_id = ? AND status = 'IN_GROUP'"
                        + " AND last_active_at >= ?")
                .params(groupId, since)
                .query(Integer.class)
                .single();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getString("group_id"),
                rs.getString("member_id"),
                MemberRole.valueOf(rs.getString("role")),
                rs.getString("nickname"),
                rs.getString("birthday"),
                rs.getString("channel"),
                rs.getString("status"),
                rs.getObject("joined_at", OffsetDateTime.class),
                rs.getObject("left_at", OffsetDateTime.class),
                rs.getObject("last_active_at", OffsetDateTime.class),
                rs.getInt("message_count"),
                rs.getString("layer"));
    }
}
