package io.qunflow.rules;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One live evaluation on which a shadow candidate would have decided otherwise than the active
 * version. Outcomes read {@code OUTCOME} or {@code OUTCOME@member}; a candidate that failed shows
 * {@code ERROR} and the failure in {@code detail}.
 *
 * @param eventId the event evaluated, when the caller told the engine; else null
 */
public record ShadowDisagreement(
        long id,
        String ruleSet,
        int activeVersion,
        String eventId,
        String groupId,
        String memberId,
        List<String> activeOutcomes,
        List<String> candidateOutcomes,
        String detail,
        OffsetDateTime at) {}
