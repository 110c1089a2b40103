package io.qunflow.actions;

import java.time.OffsetDateTime;

/**
 * An action in the outbox.
 *
 * @param eventId the event that caused it, or null for workflow-timed actions
 * @param status PENDING until a connector acknowledges it as DONE or FAILED
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
        OffsetDateTime createdAt,
        OffsetDateTime ackedAt) {}
