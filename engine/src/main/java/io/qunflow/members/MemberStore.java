package io.qunflow.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberStore {

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql(
                                "UPDATE qf_member SET role = ?, nickname = ?, birthday = ?, channel = ?, status = 'IN_GROUP',"
                                        + " joined_at = ?, left_at = NULL WHERE group_id = ? AND member_id = ? AND status <> 'IN_GROUP'")
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

    /** Marks a member in the group as gone; false when they were not in it (or a concurrent leave won). */
    boolean markGone(String groupId, String memberId, String status, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_member SET status = ?, left_at = ? WHERE group_id = ? AND member_id = ?"
                                + " AND status = 'IN_GROUP'")
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
