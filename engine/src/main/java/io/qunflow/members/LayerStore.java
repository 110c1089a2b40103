package io.qunflow.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The layering and pruning columns of the member table. */
@Repository
class LayerStore {

    private static final String STATE = "SELECT member_id, role, layer, persona, layer_locked, demotion_due_since,"
            + " joined_at, last_active_at, prune_warned_at, explanation FROM qf_member";

    private final JdbcClient jdbc;

    LayerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LayerState> inGroup(String groupId) {
        return jdbc.sql(STATE + " WHERE group_id = ? AND status = 'IN_GROUP' ORDER BY member_id")
                .param(groupId)
                .query(LayerStore::state)
                .list();
    }

    /**
     * {@link #inGroup} with the rows locked, in member-id order, until the transaction ends: what a
     * pruning run decides on stays what it acts on.
     */
    List<LayerState> lockInGroup(String groupId) {
        return jdbc.sql(STATE + " WHERE group_id = ? AND status = 'IN_GROUP' ORDER BY member_id FOR UPDATE")
                .param(groupId)
                .query(LayerStore::state)
                .list();
    }

    Optional<LayerState> find(String groupId, String memberId) {
        return jdbc.sql(STATE + " WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query(LayerStore::state)
                .optional();
    }

    /** The columns of a {@link LayerUpdate}, for the writes that store one. */
    static final String LAYER_COLUMNS =
            "layer = ?, persona = ?, explanation = ?, layer_since = COALESCE(?, layer_since),"
                    + " demotion_due_since = ?, layered_at = ?";

    static Object[] layerValues(LayerUpdate u) {
        return new Object[] {
            u.layer(), u.persona(), u.explanation(), u.layerSince(), u.demotionDueSince(), u.layeredAt()
        };
    }

    void save(String groupId, String memberId, LayerUpdate update) {
        List<Object> values = new ArrayList<>(Arrays.asList(layerValues(update)));
        values.add(groupId);
        values.add(memberId);
        jdbc.sql("UPDATE qf_member SET " + LAYER_COLUMNS + " WHERE group_id = ? AND member_id = ?")
                .params(values)
                .update();
    }

    void lock(String groupId, String memberId, String layer, String by) {
        jdbc.sql("UPDATE qf_member SET layer_locked = TRUE, layer_locked_by = ?, layer = ?, demotion_due_since = NULL"
                        + " WHERE group_id = ? AND member_id = ?")
                .params(by, layer, groupId, memberId)
                .update();
    }

    void unlock(String groupId, String memberId) {
        jdbc.sql(
                        "UPDATE qf_member SET layer_locked = FALSE, layer_locked_by = NULL WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .update();
    }

    OffsetDateTime layerSince(String groupId, String memberId) {
        return jdbc.sql("SELECT layer_since FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
    }

    void warn(String groupId, String memberId, String reason, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_member SET prune_warned_at = ?, prune_warn_reason = ? WHERE group_id = ? AND member_id = ?")
                .params(at, reason, groupId, memberId)
                .update();
    }

    void forgive(String groupId, String memberId) {
        jdbc.sql("UPDATE qf_member SET prune_warned_at = NULL, prune_warn_reason = NULL"
                        + " WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .update();
    }

    /** Members in the group by layer, every layer named even when empty. */
    Map<String, Integer> counts(String groupId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String layer : Layering.LAYERS) {
            counts.put(layer, 0);
        }
        jdbc.sql("SELECT layer, COUNT(*) AS n FROM qf_member WHERE group_id = ? AND status = 'IN_GROUP'"
                        + " AND layer IS NOT NULL GROUP BY layer")
                .param(groupId)
                .query((rs, n) -> Map.entry(rs.getString("layer"), rs.getInt("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    static LayerState state(ResultSet rs, int row) throws SQLException {
        return new LayerState(
                rs.getString("member_id"),
                MemberRole.valueOf(rs.getString("role")),
                rs.getString("layer"),
                rs.getString("persona"),
                rs.getBoolean("layer_locked"),
                rs.getObject("demotion_due_since", OffsetDateTime.class),
                rs.getObject("joined_at", OffsetDateTime.class),
                rs.getObject("last_active_at", OffsetDateTime.class),
                rs.getObject("prune_warned_at", OffsetDateTime.class),
                rs.getString("explanation"));
    }
}
