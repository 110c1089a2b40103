package io.qunflow.rules;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One live evaluation on which a shadow candidate would have decided otherwise than the active
 * version. Outcomes read {@code OUTCOME} or {@code OUTCOME@member}; a candidate that failed shows
 * {@code ERROR} and the failure in {@code detail}.
 *
 * @param id the disagreement's number, written as a string as every id of the API is
 * @param eventId the event evaluated, when the caller told the engine; else null
 */
public record ShadowDisagreement(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String ruleSet,
        int activeVersion,
        String eventId,
        String groupId,
        String memberId,
        List<String> activeOutcomes,
        List<String> candidateOutcomes,
        String detail,
        OffsetDateTime at) {}
