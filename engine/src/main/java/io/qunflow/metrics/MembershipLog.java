package io.qunflow.metrics;

import io.qunflow.members.MemberLayerChanged;
import io.qunflow.members.MembershipChanged;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the membership and layer history as it happens, in the transaction of the change, so a
 * change that rolls back leaves no history behind.
 */
@Component
class MembershipLog {

    private final JdbcClient jdbc;

    MembershipLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MembershipChanged change) {
        insert(
                change.groupId(),
                change.memberId(),
                change.inGroup() ? "JOINED" : "LEFT",
                null,
                change.channel(),
                change.at());
    }

    @EventListener
    void on(MemberLayerChanged change) {
        insert(change.groupId(), change.memberId(), "LAYER", change.to(), null, change.at());
    }

    private void insert(String groupId, String memberId, String kind, String layer, String channel, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_member_change (group_id, member_id, change_kind, layer, channel, changed_at)"
                        + " VALUES (?,?,?,?,?,?)")
                .params(groupId, memberId, kind, layer, channel, at)
                .update();
    }
}
