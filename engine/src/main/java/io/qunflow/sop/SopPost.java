package io.qunflow.sop;

import java.time.OffsetDateTime;

/**
 * A post the calendar sent, with its reach: the members in the group when it went out.
 *
 * @param actionId the SEND_MESSAGE action connectors carry out
 * @param purpose what the entry was for when the post went out
 */
public record SopPost(
        String id,
        String groupId,
        String entryId,
        OffsetDateTime dueAt,
        int reach,
        String actionId,
        String text,
        Purpose purpose) {}
