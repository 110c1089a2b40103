package io.qunflow.moderation;

import java.util.List;

/**
 * Cue words of one kind, canonical, looked up at a position of a message's canonical text. The
 * detectors ask at every number and rate they read whether such a word starts or ends there; a
 * word list scanned with {@code startsWith} each time cost a tenth of screening a chat line.
 * The chars the words start and end with are kept as bit sets, so a position where none can
 * start or end (nearly every one) is passed after one look-up, and the answers stay exactly the
 * list's: the first word in its order.
 */
final class CueWordList {

    private final List<String> words;
    private final long[] firsts = new long[1 << 10];
    private final long[] lasts = new long[1 << 10];

    CueWordList(List<String> words) {
        this.words = List.copyOf(words);
        for (String word : this.words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("a cue word is empty once normalised");
            }
            set(firsts, word.charAt(0));
            set(lasts, word.charAt(word.length() - 1));
        }
    }

    List<String> words() {
        return words;
    }

    /** The first word, in the list's order, that {@code t} holds at {@code at}; null for none. */
    String at(String t, int at) {
        if (at >= t.length() || !has(firsts, t.charAt(at))) {
            return null;
        }
        return Detectors.wordAt(t, at, words);
    }

    /** Whether some char before {@code end} may close a word: false when no word can end there. */
    boolean mayEndAt(String t, int end) {
        return end > 0 && end <= t.length() && has(lasts, t.charAt(end - 1));
    }

    /** Whether one of the words lies wholly within {@code [from, to)} of {@code t}. */
    boolean anyWithin(String t, int from, int to) {
        for (int at = from; at < to; at++) {
            if (!has(firsts, t.charAt(at))) {
                continue;
            }
            for (String word : words) {
                if (at + word.length() <= to && t.startsWith(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a word found in a message's text is passed over: {@code begin} and {@code end} of the word. */
    @FunctionalInterface
    interface Skip {
        boolean test(int begin, int end);
    }

    /** As {@link #anyWithin(String, int, int)}, passing over the words {@code skip} says to. */
    boolean anyWithin(String t, int from, int to, Skip skip) {
        for (int at = from; at < to; at++) {
            if (!has(firsts, t.charAt(at))) {
                continue;
            }
            for (String word : words) {
                if (at + word.length() <= to && t.startsWith(word, at) && !skip.test(at, at + word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void set(long[] bits, char c) {
        bits[c >>> 6] |= 1L << c;
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
