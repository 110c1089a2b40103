package io.qunflow.members;

import java.time.OffsetDateTime;

/**
 * A member of a group as Qunflow knows them.
 *
 * @param status IN_GROUP, LEFT or REMOVED
 * @param joinedAt when the join was seen, or null for members first seen speaking
 * @param birthday month and day ({@code MM-DD}) or full date, as the join payload gave it
 * @param layer the layer held now (core, active, silent, churned), or null before the first layering
 */
public record Member(
        String groupId,
        String memberId,
        MemberRole role,
        String nickname,
        String birthday,
        String channel,
        String status,
        OffsetDateTime joinedAt,
        OffsetDateTime leftAt,
        OffsetDateTime lastActiveAt,
        int messageCount,
        String layer) {

    public boolean inGroup() {
        return "IN_GROUP".equals(status);
    }
}
