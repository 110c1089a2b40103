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
        String explanation) {}
