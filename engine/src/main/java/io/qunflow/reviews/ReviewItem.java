package io.qunflow.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One moderation decision awaiting, or given, a person's verdict: the message as written and as
 * the matchers saw it, what was found in it, and the rule that decided.
 *
 * @param groupName the group's name now, or null when the group is not known (any more)
 * @param memberNickname the member's nickname in the group, kept after they leave; null when the
 *     group has no nickname for them
 * @param outcome the first action the rule decided (REMOVE_MEMBER, WARN_MEMBER…)
 * @param outcomes every action the rule decided for the message, in firing order
 * @param at when the message was posted
 * @param decidedBy who gave the verdict; null while the item is open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewItem(
        String id,
        String groupId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String groupName,
        String memberId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String memberNickname,
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

    /** The item with the names people know the group and the member by, read from their modules. */
    ReviewItem named(String groupName, String memberNickname) {
        return new ReviewItem(
                id,
                groupId,
                groupName,
                memberId,
                memberNickname,
                eventId,
                text,
                normalizedText,
                hits,
                ruleSetVersion,
                rule,
                outcome,
                outcomes,
                reason,
                at,
                status,
                decidedBy,
                decidedAt,
                note);
    }

    /** What the screener found: the term (or the value a detector found), its category, and which detector. */
    public record Hit(String term, String category, String detector) {}
}
