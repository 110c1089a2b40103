package io.qunflow.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members of a group as operators browse them: a page at a time, optionally one layer only,
 * searched by id or nickname, the most recently active first.
 */
@Repository
class MemberDirectory {

    /** One member in the list. */
    record Row(
            String memberId,
            String nickname,
            MemberRole role,
            String layer,
            String persona,
            OffsetDateTime lastActiveAt,
            OffsetDateTime joinedAt,
            Keep kept) {}

    /** Staff keep a member from pruning: who, when and why. */
    record Keep(String reason, String by, OffsetDateTime at) {}

    private static final String ROW = "SELECT member_id, nickname, role, layer, persona, last_active_at, joined_at,"
            + " kept_reason, kept_by, kept_at FROM qf_member";

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> page(String groupId, String layer, String search, int offset, int limit) {
        Filter filter = filter(groupId, layer, search);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql(ROW + filter.where()
                        + " ORDER BY last_active_at DESC NULLS LAST, member_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(params)
                .query(MemberDirectory::row)
                .list();
    }

    int count(String groupId, String layer, String search) {
        Filter filter = filter(groupId, layer, search);
        return jdbc.sql("SELECT COUNT(*) FROM qf_member" + filter.where())
                .params(filter.params())
                .query(Integer.class)
                .single();
    }

    private record Filter(String where, List<Object> params) {}

    /** Members in the group; the search matches anywhere in the id or nickname, its wildcards taken literally. */
    private static Filter filter(String groupId, String layer, String search) {
        StringBuilder where = new StringBuilder(" WHERE group_id = ? AND status = 'IN_GROUP'");
        List<Object> params = new ArrayList<>(List.of(groupId));
        if (layer != null) {
            where.append(" AND layer = ?");
            params.add(layer);
        }
        if (search != null && !search.isBlank()) {
            String pattern = "%" + literal(search.strip().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(member_id) LIKE ? ESCAPE '!' OR LOWER(nickname) LIKE ? ESCAPE '!')");
            params.add(pattern);
            params.add(pattern);
        }
        return new Filter(where.toString(), params);
    }

    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    Optional<Keep> kept(String groupId, String memberId) {
        return jdbc.sql("SELECT kept_reason, kept_by, kept_at FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query((rs, n) -> keep(rs))
                .optional();
    }

    /** The members of the group staff keep from pruning, by member id. */
    Map<String, Keep> keptInGroup(String groupId) {
        Map<String, Keep> kept = new HashMap<>();
        jdbc.sql("SELECT member_id, kept_reason, kept_by, kept_at FROM qf_member WHERE group_id = ?"
                        + " AND status = 'IN_GROUP' AND kept_at IS NOT NULL")
                .param(groupId)
                .query(rs -> {
                    kept.put(rs.getString("member_id"), keep(rs));
                });
        return kept;
    }

    void keep(String groupId, String memberId, String reason, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_member SET kept_reason = ?, kept_by = ?, kept_at = ? WHERE group_id = ? AND member_id = ?")
                .params(reason, by, at, groupId, memberId)
                .update();
    }

    void release(String groupId, String memberId) {
        jdbc.sql("UPDATE qf_member SET kept_reason = NULL, kept_by = NULL, kept_at = NULL"
                        + " WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("member_id"),
                rs.getString("nickname"),
                MemberRole.valueOf(rs.getString("role")),
                rs.getString("layer"),
                rs.getString("persona"),
                rs.getObject("last_active_at", OffsetDateTime.class),
                rs.getObject("joined_at", OffsetDateTime.class),
                keep(rs));
    }

    private static Keep keep(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("kept_at", OffsetDateTime.class);
        return at == null ? null : new Keep(rs.getString("kept_reason"), rs.getString("kept_by"), at);
    }
}
