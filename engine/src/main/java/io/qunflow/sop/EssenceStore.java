package io.qunflow.sop;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EssenceStore {

    private final JdbcClient jdbc;

    EssenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the essence post; false when its source is kept already. */
    boolean insert(EssencePost e) {
        try {
            jdbc.sql("INSERT INTO qf_essence (id, group_id, source_kind, source_id, member_id, body, note, marked_by,"
                            + " marked_at) VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(
                            e.id(),
                            e.groupId(),
                            e.source(),
                            e.sourceId(),
                            e.memberId(),
                            e.text(),
                            e.note(),
                            e.markedBy(),
                            e.markedAt())
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyKept) {
            return false;
        }
    }

    List<EssencePost> list(String groupId) {
        return jdbc.sql("SELECT id, group_id, source_kind, source_id, member_id, body, note, marked_by, marked_at"
                        + " FROM qf_essence WHERE group_id = ? ORDER BY marked_at DESC, id DESC")
                .param(groupId)
                .query((rs, n) -> new EssencePost(
                        rs.getString("id"),
                        rs.getString("group_id"),
                        rs.getString("source_kind"),
                        rs.getString("source_id"),
                        rs.getString("member_id"),
                        rs.getString("body"),
                        rs.getString("note"),
                        rs.getString("marked_by"),
                        rs.getObject("marked_at", OffsetDateTime.class)))
                .list();
    }

    boolean delete(String groupId, String id) {
        return jdbc.sql("DELETE FROM qf_essence WHERE group_id = ? AND id = ?")
                        .params(groupId, id)
                        .update()
                == 1;
    }
}
