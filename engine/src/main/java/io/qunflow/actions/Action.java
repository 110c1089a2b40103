package io.qunflow.actions;

import java.time.OffsetDateTime;

/**
 * An action in the outbox.
 *
 * @param eventId the event that caused it, or null for workflow-timed actions
 * @param status PENDING until a connector acknowledges it as DONE or FAILED
 * @param detail what the connector reported with it
 * @param detailZh the same in Chinese, where the connector gave it (the WeCom connector's failures); else null
 */
public record Action(
        String id,
        ActionType type,
        String groupId,
        String eventId,
        String memberId,
        String text,
        Long amountCents,
        Integer points,
        String status,
        String detail,
        String detailZh,
        OffsetDateTime createdAt,
        OffsetDateTime ackedAt) {}
