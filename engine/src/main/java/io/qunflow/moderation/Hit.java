package io.qunflow.moderation;

/**
 * One finding in a message.
 *
 * @param term              the lexicon term as written in the word list, or for detectors the
 *                          canonical value found (phone number, id, URL) or the flag name
 * @param category          what kind of abuse
 * @param severity          how bad
 * @param detector          {@code lexicon}, {@code url}, {@code phone}, {@code wechat-id}, {@code qq},
 *                          {@code mini-program}, {@code qr-image} or {@code contact-card}
 * @param matchedOriginal   the span of the original message that matched, evasions included
 *                          (empty for flag hits)
 * @param matchedNormalized the same span after normalisation
 * @param start             start offset (inclusive) in the original text, in UTF-16 chars
 * @param end               end offset (exclusive) in the original text
 */
public record Hit(
        String term,
        Category category,
        Severity severity,
        String detector,
        String matchedOriginal,
        String matchedNormalized,
        int start,
        int end) {}
