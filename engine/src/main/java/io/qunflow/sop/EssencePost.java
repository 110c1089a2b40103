package io.qunflow.sop;

import java.time.OffsetDateTime;

/**
 * A message or an SOP post an operator kept for the group (群精华).
 *
 * @param source MESSAGE (a member's message, by its event id) or POST (an SOP post, by its id)
 * @param memberId who wrote the message; null for a post
 */
public record EssencePost(
        String id,
        String groupId,
        String source,
        String sourceId,
        String memberId,
        String text,
        String note,
        String markedBy,
        OffsetDateTime markedAt) {}
