package io.qunflow.moderation;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offences on record per member; old ones stay stored but fall out of the window. */
@Repository
class StrikeStore {

    private final JdbcClient jdbc;

    StrikeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int countSince(String groupId, String memberId, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_strike WHERE group_id = ? AND member_id = ? AND struck_at >= ?")
                .params(groupId, memberId, since)
                .query(Integer.class)
                .single();
    }

    void record(String groupId, String memberId, String eventId, String rule, String category, String term,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_strike (group_id, member_id, event_id, rule_name, category, term, struck_at)"
                        + " VALUES (?,?,?,?,?,?,?)")
                .params(groupId, memberId, eventId, rule, category, term, at)
                .update();
    }
}
