package io.qunflow.moderation;

import io.qunflow.rules.Decision;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Published when the moderation rules have decided on a message, inside the transaction of that
 * message: the text as written and as the matchers saw it, everything found in it, and what the
 * rules decided. Listeners that keep a record of their own write in the same transaction, so a
 * message that is rolled back (a dry run, a lost race) leaves nothing behind in them either.
 *
 * @param hits every finding in the text, by position; empty when only the member's pace was judged
 * @param decisions the rules' decisions in firing order; empty when no rule decided anything
 */
public record MessageModerated(
        String eventId,
        String groupId,
        String memberId,
        String text,
        String normalizedText,
        List<Hit> hits,
        List<Decision> decisions,
        OffsetDateTime at) {

    public MessageModerated {
        hits = List.copyOf(hits);
        decisions = List.copyOf(decisions);
    }
}
