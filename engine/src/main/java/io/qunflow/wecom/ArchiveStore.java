package io.qunflow.wecom;

import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chat-archive records taken in, by msgid. */
@Repository
class ArchiveStore {

    private final JdbcClient jdbc;

    ArchiveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(String msgid) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_wecom_archive_record WHERE msgid = ?")
                        .param(msgid)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records a record as taken in; false when a concurrent call took it in first. */
    boolean record(
            String msgid, String roomId, String sender, String eventId, OffsetDateTime sentAt, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO qf_wecom_archive_record (msgid, room_id, sender, event_id, sent_at, received_at)"
                            + " VALUES (?,?,?,?,?,?)")
                    .params(msgid, roomId, sender, eventId, sentAt, now)
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
