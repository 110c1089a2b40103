package io.qunflow.checkins;

import io.qunflow.common.SqlArrays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckInStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CheckInStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The members' check-in days, newest first, in one statement; members who never checked in are absent. */
    Map<String, NavigableSet<LocalDate>> days(String groupId, Collection<String> memberIds) {
        Map<String, NavigableSet<LocalDate>> days = new HashMap<>();
        jdbc.sql("SELECT c.member_id, c.checkin_day FROM UNNEST(?) AS t(x)"
                        + " JOIN qf_checkin c ON c.group_id = ? AND c.member_id = t.x")
                .params(SqlArrays.varchars(memberIds), groupId)
                .query(rs -> {
                    days.computeIfAbsent(rs.getString(1), m -> new TreeSet<>(Comparator.reverseOrder()))
                            .add(rs.getObject(2, LocalDate.class));
                });
        return days;
    }

    /** A check-in to store: the member's day, and the event that made it. */
    record NewCheckIn(String memberId, LocalDate day, String eventId, OffsetDateTime at) {}

    void insertAll(String groupId, List<NewCheckIn> checkIns) {
        List<Object[]> rows = new ArrayList<>(checkIns.size());
        for (NewCheckIn c : checkIns) {
            rows.add(new Object[] {groupId, c.memberId(), c.day(), c.eventId(), c.at()});
        }
        batches.batchUpdate(
                "INSERT INTO qf_checkin (group_id, member_id, checkin_day, event_id, checked_in_at) VALUES (?,?,?,?,?)",
                rows);
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
