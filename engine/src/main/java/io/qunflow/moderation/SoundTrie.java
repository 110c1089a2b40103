package io.qunflow.moderation;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.TreeMap;

/**
 * The lexicon's keys (terms and cue words folded by sound) in an Aho–Corasick double-array trie
 * whose alphabet is only the characters the keys use, numbered densely from 1.
 *
 * <p>Two reasons, both about the hot path. A double-array trie indexed by raw CJK code points
 * spreads each state's transitions over a range of tens of thousands of slots, so nearly every
 * character of a message is a cache miss; with a dense alphabet of a few thousand the arrays are
 * small. And a character no key contains (most of everyday chat) cannot be part of any match, so
 * the scan goes back to the root at once instead of following failure links. Folding by sound and
 * renumbering are one table lookup per character, so the message is never copied into a
 * sound-folded string first.
 */
final class SoundTrie extends AhoCorasickDoubleArrayTrie<Integer> {

    private static final long serialVersionUID = 1L;

    /** Canonical char to the code of its sound in the trie's alphabet; 0 for a char no key contains. */
    private final char[] code = new char[65536];
    /** The trie's key number (the sorted order of the encoded keys) to the key's index in the list given. */
    private final int[] keyIndex;

    /** Receives each key found: its span in the canonical text and its index in the list given. */
    @FunctionalInterface
    interface Match {
        void at(int begin, int end, int key);
    }

    /**
     * @param soundKeys keys already folded by sound, none empty; a key's index in this list is what
     *     {@link Match#at} reports
     */
    SoundTrie(List<String> soundKeys, Normalizer normalizer) {
        char[] codeOfSound = new char[65536];
        char next = 1;
        TreeMap<String, Integer> encoded = new TreeMap<>();
        for (int k = 0; k < soundKeys.size(); k++) {
            String key = soundKeys.get(k);
            char[] chars = new char[key.length()];
            for (int i = 0; i < chars.length; i++) {
                char c = key.charAt(i);
                if (codeOfSound[c] == 0) {
                    if (next == Character.MAX_VALUE) {
                        throw new IllegalArgumentException("the word list uses too many distinct characters");
                    }
                    codeOfSound[c] = next++;
                }
                chars[i] = codeOfSound[c];
            }
            encoded.put(new String(chars), k);
        }
        for (int c = 0; c < 65536; c++) {
            code[c] = codeOfSound[normalizer.soundOf((char) c)];
        }
        keyIndex = encoded.values().stream().mapToInt(Integer::intValue).toArray();
        build(encoded);
    }

    /** Reports every key in the first {@code length} chars of a canonical text, by sound, in order of where it ends. */
    void match(char[] canonical, int length, Match match) {
        final char[] code = this.code;
        int state = 0;
        for (int i = 0; i < length; i++) {
            char c = code[canonical[i]];
            if (c == 0) {
                state = 0;
                continue;
            }
            int next;
            while ((next = transitionWithRoot(state, c)) == -1) {
                state = fail[state];
            }
            state = next;
            int[] found = output[state];
            if (found != null) {
                for (int key : found) {
                    match.at(i + 1 - l[key], i + 1, keyIndex[key]);
                }
            }
        }
    }
}
