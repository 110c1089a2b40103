package io.qunflow.moderation;

import io.qunflow.rules.model.Offence;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The strikes moderation reads and adds as it decides: the stored ones ({@link StrikeStore}), or
 * those of a batch of a group's events, read at once and kept in memory ({@link BatchStrikes}).
 */
interface StrikeBook {

    /** The member's strikes at or after {@code since} (later ones included). */
    int countSince(String groupId, String memberId, OffsetDateTime since);

    /** The removals moderation decided for the member in the group, newest first. */
    List<Strike> removals(String groupId, String memberId);

    void record(
            String groupId,
            String memberId,
            String eventId,
            String rule,
            String outcome,
            Offence offence,
            String reason,
            OffsetDateTime at);
}
