package io.qunflow.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One moderation decision awaiting, or given, a person's verdict: the message as written and as
 * the matchers saw it, what was found in it, and the rule that decided.
 *
 * @param outcome the first action the rule decided (REMOVE_MEMBER, WARN_MEMBER…)
 * @param outcomes every action the rule decided for the message, in firing order
 * @param at when the message was posted
 * @param decidedBy who gave the verdict; null while the item is open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewItem(
        String id,
        String groupId,
        String memberId,
        String eventId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String text,
        @JsonInclude(JsonInclude.Include.ALWAYS) String normalizedText,
        List<Hit> hits,
        int ruleSetVersion,
        String rule,
        String outcome,
        List<String> outcomes,
        String reason,
        OffsetDateTime at,
        ReviewStatus status,
        String decidedBy,
        OffsetDateTime decidedAt,
        String note) {

    /** What the screener found: the term (or the value a detector found), its category, and which detector. */
    public record Hit(String term, String category, String detector) {}
}
