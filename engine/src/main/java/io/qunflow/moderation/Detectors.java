package io.qunflow.moderation;

import java.util.List;

/**
 * What the hand-written scanners for contact data and links share: the hit they report and the
 * character tests over the normalised text. No regex: the scanners ({@link PhoneAndQqNumbers},
 * {@link WeChatIds}, {@link Urls}) run on the hot path and each is a linear scan that bails out
 * early; {@link TextScreener} only calls them when the digit/letter/dot counts say a match is
 * possible.
 */
final class Detectors {

    static final int MIN_DIGITS = 5;

    private Detectors() {}

    static Hit hit(
            Normalized nz, String term, Category category, Severity severity, String detector, int begin, int end) {
        int from = nz.originalStart(begin);
        int to = nz.originalEnd(end - 1);
        return new Hit(
                term,
                category,
                severity,
                detector,
                nz.original().substring(from, to),
                nz.text().substring(begin, end),
                from,
                to);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Skips at most {@code max} characters of {@code filler} from {@code k}; answers where it stopped. */
    static int skipFiller(String t, int k, String filler, int max) {
        int skipped = 0;
        while (k < t.length() && skipped < max && filler.indexOf(t.charAt(k)) >= 0) {
            k++;
            skipped++;
        }
        return k;
    }

    /** The first of {@code words} that {@code t} holds at {@code at}, or null. */
    static String wordAt(String t, int at, List<String> words) {
        for (String word : words) {
            if (t.startsWith(word, at)) {
                return word;
            }
        }
        return null;
    }

    /**
     * Whether a trigger that starts with a letter is glued to the letters before it in the
     * original ("wxyz" is no "wx" trigger), so it is part of a word rather than a trigger.
     */
    static boolean insideWord(Normalized nz, String t, int at, String trigger) {
        return isLetter(trigger.charAt(0))
                && at > 0
                && isLetter(t.charAt(at - 1))
                && nz.originalEnd(at - 1) == nz.originalStart(at);
    }
}
