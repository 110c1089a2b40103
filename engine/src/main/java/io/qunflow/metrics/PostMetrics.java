package io.qunflow.metrics;

import java.time.OffsetDateTime;

/**
 * Reach, clicks and pay for one SOP post (到达/点击/付费).
 *
 * @param kind what the post was for: ACTIVITY, CONTENT, TOPIC or NOTICE
 * @param reach members in the group when the post went out
 * @param clicks LINK_CLICKED events naming the post
 * @param clickers distinct members among those clicks
 * @param orders ORDER_PAID events whose member's last click within the attribution window was on this post
 */
public record PostMetrics(
        String postId,
        String entryId,
        OffsetDateTime sentAt,
        String kind,
        String text,
        int reach,
        int clicks,
        int clickers,
        int orders,
        long gmvCents) {}
