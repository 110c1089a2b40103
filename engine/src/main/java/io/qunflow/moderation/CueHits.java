package io.qunflow.moderation;

import java.util.Arrays;

/** Where the cue words were found in one message's canonical text, in the order the trie reported them. */
final class CueHits {

    private int size;
    private int[] begins = new int[4];
    private int[] ends = new int[4];
    private int[] kinds = new int[4];
    private int allKinds;

    void add(int begin, int end, int kindBits) {
        if (size == begins.length) {
            begins = Arrays.copyOf(begins, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        begins[size] = begin;
        ends[size] = end;
        kinds[size] = kindBits;
        allKinds |= kindBits;
        size++;
    }

    int size() {
        return size;
    }

    int begin(int i) {
        return begins[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean is(int i, Cue.Kind kind) {
        return (kinds[i] & kind.bit()) != 0;
    }

    /** True when some cue of that kind was found. */
    boolean any(Cue.Kind kind) {
        return (allKinds & kind.bit()) != 0;
    }
}
