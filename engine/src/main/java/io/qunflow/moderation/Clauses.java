package io.qunflow.moderation;

/**
 * Where a clause ends in a message as written: the punctuation the canonical text drops, so only the
 * original can say that two words were not written as one phrase.
 */
final class Clauses {

    /** What ends a clause. */
    static final String ENDS = "，,。.！!？?；;：:\n…~～";

    private Clauses() {}

    /** Whether any of {@code marks} is in {@code written} from {@code from} (inclusive) to {@code to}. */
    static boolean anyOf(String marks, String written, int from, int to) {
        for (int i = from; i < to; i++) {
            if (marks.indexOf(written.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause ends in {@code written} from {@code from} (inclusive) to {@code to}. */
    static boolean endBetween(String written, int from, int to) {
        return anyOf(ENDS, written, from, to);
    }
}
