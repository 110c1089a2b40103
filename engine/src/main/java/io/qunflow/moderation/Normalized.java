package io.qunflow.moderation;

/**
 * A message in canonical form plus what the detectors need to decide cheaply whether to run.
 *
 * @param variants the variant data it was normalised with (null for a term): its character table
 *                 and the cue words the link detectors read
 * @param original the message as received
 * @param text     canonical text
 * @param src      {@code src[i]} is the original offset of canonical char {@code i}
 * @param digits   number of ASCII digits in {@code text}; phone/QQ detectors need several
 * @param latin    number of ASCII letters in {@code text}; ids and domains need some
 * @param dotLike  the original had a dot-like char or '/', so it may contain a URL
 * @param chars    the canonical text as a char array, for scans where {@code String.charAt} on
 *                 UTF-16 text costs more than the work; only its first {@code text.length()} chars
 */
record Normalized(
        Variants variants,
        String original,
        String text,
        int[] src,
        int digits,
        int latin,
        boolean dotLike,
        char[] chars) {

    /** The canonical form of one char of the original, or {@link Normalizer#SKIP}. */
    char map(char c) {
        return variants.normalizer().map(c);
    }

    /** Original start offset of canonical char {@code i}. */
    int originalStart(int i) {
        return src[i];
    }

    /** Original end offset (exclusive) of canonical char {@code i}, covering surrogate pairs. */
    int originalEnd(int i) {
        int s = src[i];
        return Character.isHighSurrogate(original.charAt(s)) && s + 1 < original.length() ? s + 2 : s + 1;
    }
}
