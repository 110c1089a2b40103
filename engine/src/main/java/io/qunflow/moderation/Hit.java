package io.qunflow.moderation;

/**
 * One thing the screener found.
 *
 * @param detector "lexicon" for word-list hits, otherwise the detector that fired
 * @param start offset of the match in the original text
 * @param end offset just past the match in the original text
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
