package io.qunflow.groups;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A customer group (社群): its positioning, what new members are told, and where it is in its life. */
public record Group(
        String id,
        String name,
        String intro,
        GroupType type,
        int capacity,
        List<String> tags,
        String welcomeMessage,
        String groupRules,
        ZoneId timeZone,
        Phase phase,
        OffsetDateTime phaseSince,
        int memberCount,
        String processInstanceId,
        OffsetDateTime createdAt) {

    public boolean archived() {
        return Phase.ARCHIVED.equals(phase);
    }
}
