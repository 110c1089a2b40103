package io.qunflow.members;

import java.time.OffsetDateTime;

/**
 * Published when layering moves a member into another layer.
 *
 * @param from the layer before, or null for the member's first layer
 * @param reason the rule's explanation, with the figures
 */
public record MemberLayerChanged(
        String groupId, String memberId, String from, String to, String rule, String reason, OffsetDateTime at) {}
