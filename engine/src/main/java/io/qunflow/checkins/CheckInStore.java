package io.qunflow.checkins;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckInStore {

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String groupId, String memberId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_checkin WHERE group_id = ? AND member_id = ? AND checkin_day = ?")
                        .params(groupId, memberId, day)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(String groupId, String memberId, LocalDate day, String eventId, OffsetDateTime at) {
        jdbc.sql(
                        "INSERT INTO qf_checkin (group_id, member_id, checkin_day, event_id, checked_in_at) VALUES (?,?,?,?,?)")
                .params(groupId, memberId, day, eventId, at)
                .update();
    }

    /** The member's check-in days, newest first. */
    List<LocalDate> days(String groupId, String memberId) {
        return jdbc.sql(
                        "SELECT checkin_day FROM qf_checkin WHERE group_id = ? AND member_id = ? ORDER BY checkin_day DESC")
                .params(groupId, memberId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }
}
