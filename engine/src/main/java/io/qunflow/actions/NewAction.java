package io.qunflow.actions;

/**
 * An action to put in the outbox.
 *
 * @param dedupeKey unique per real-world action: the same key twice is stored once, so a retried
 *     event or a re-run timer cannot emit the action again
 */
public record NewAction(
        String dedupeKey,
        ActionType type,
        String groupId,
        String eventId,
        String memberId,
        String text,
        Long amountCents,
        Integer points) {}
