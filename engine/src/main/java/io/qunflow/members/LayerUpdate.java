package io.qunflow.members;

import java.time.OffsetDateTime;

/**
 * What a layering run changes on a member's row.
 *
 * @param layerSince when the member entered the layer, or null to keep the stored time (the layer
 *     did not change)
 * @param demotionDueSince when the member fell below the hold line of their layer, or null
 */
record LayerUpdate(
        String layer,
        String persona,
        String explanation,
        OffsetDateTime layerSince,
        OffsetDateTime demotionDueSince,
        OffsetDateTime layeredAt) {}
