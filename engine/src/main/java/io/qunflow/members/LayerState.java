package io.qunflow.members;

import java.time.OffsetDateTime;

/**
 * What layering and pruning know of a member before they run.
 *
 * @param layer the layer held now, or null before the first layering
 * @param demotionDueSince when the member first fell below the hold line of their layer, or null
 * @param pruneWarnedAt when pruning warned the member, or null
 */
record LayerState(
        String memberId,
        MemberRole role,
        String layer,
        String persona,
        boolean locked,
        OffsetDateTime demotionDueSince,
        OffsetDateTime joinedAt,
        OffsetDateTime lastActiveAt,
        OffsetDateTime pruneWarnedAt,
        String explanation) {

    /** The state with last-active moved to {@code at}, unless it is later already. */
    LayerState activeAt(OffsetDateTime at) {
        OffsetDateTime active = lastActiveAt == null || lastActiveAt.isBefore(at) ? at : lastActiveAt;
        return new LayerState(
                memberId, role, layer, persona, locked, demotionDueSince, joinedAt, active, pruneWarnedAt, explanation);
    }
}
