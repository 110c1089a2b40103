package io.qunflow.moderation;

import java.time.OffsetDateTime;

/** An offence on a member's record, with everything that explains it. */
public record Strike(
        String eventId,
        String rule,
        String category,
        String severity,
        String term,
        String outcome,
        String matchedOriginal,
        String matchedNormalized,
        String reason,
        OffsetDateTime at) {}
