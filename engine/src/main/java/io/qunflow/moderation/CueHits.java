package io.qunflow.moderation;

import java.util.Arrays;
import java.util.List;

/**
 * Where the cue words were found in one message's canonical text, in the order the trie reported
 * them: the order in which they end.
 *
 * <p>A two-character contact or private-chat cue written in homophones (连系 for 联系, 思聊 for 私聊)
 * is kept apart, as a cue {@link #bySound by sound} of no kind: by sound two characters fold too
 * much together to be a cue anywhere, so only the detectors that need an account number, an id
 * or a price right after a cue read it ({@link #soundsLikeContact}).
 */
final class CueHits {

    private int size;
    private int[] begins = new int[4];
    private int[] ends = new int[4];
    /** {@link Cue.Kind#WORDS} longs per cue: the set of its kinds. */
    private long[] kinds = new long[4 * Cue.Kind.WORDS];
    /**
     * The cue a by-sound cue sounds like (联系 for 连系), null for a cue as written; itself null
     * until a cue by sound is found, which most messages with cues have none of.
     */
    private SoundAlikeCue[] soundsLike;

    private final long[] allKinds = new long[Cue.Kind.WORDS];
    private int longest;

    /** The everyday phrases {@link #dropEveryday} dropped, {begin, end} each; null for none. */
    private int[] everydaySpans;

    private int everydayCount;

    /**
     * A cue whose kinds are the {@link Cue.Kind#WORDS} longs of {@code kindSets} from {@code at}.
     * Unless the text holds an everyday or read-back row's own spelling there ({@code writtenAsAClearingRow}),
     * it is no such phrase: those clear a message only as written, and a homophone of one is other
     * words (三公金花 sounds like 三公斤花; 加飞机 sounds like the everyday 大家飞机's 家飞机).
     */
    void add(int begin, int end, long[] kindSets, int at, boolean writtenAsAClearingRow) {
        add(begin, end, null);
        for (int w = 0; w < Cue.Kind.WORDS; w++) {
            long set = kindSets[at + w];
            if (!writtenAsAClearingRow) {
                set &= ~clearingBits(w);
            }
            kinds[(size - 1) * Cue.Kind.WORDS + w] = set;
            allKinds[w] |= set;
        }
    }

    /** The bits, in word {@code w}, of the kinds that clear a message: everyday and read-back phrases. */
    private static long clearingBits(int w) {
        long bits = 0;
        if (Cue.Kind.EVERYDAY.word() == w) {
            bits |= Cue.Kind.EVERYDAY.bit();
        }
        if (Cue.Kind.READ_BACK.word() == w) {
            bits |= Cue.Kind.READ_BACK.bit();
        }
        return bits;
    }

    /** A contact or private-chat cue matched by sound only, {@code cue} the one it sounds like. */
    void addBySound(int begin, int end, SoundAlikeCue cue) {
        add(begin, end, cue);
    }

    /** Adds a cue of no kind yet. */
    private void add(int begin, int end, SoundAlikeCue soundsLikeCue) {
        if (size == begins.length) {
            begins = Arrays.copyOf(begins, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2 * Cue.Kind.WORDS);
        }
        if (soundsLikeCue != null && soundsLike == null) {
            soundsLike = new SoundAlikeCue[begins.length];
        }
        if (soundsLike != null) {
            if (soundsLike.length < begins.length) {
                soundsLike = Arrays.copyOf(soundsLike, begins.length);
            }
            soundsLike[size] = soundsLikeCue;
        }
        begins[size] = begin;
        ends[size] = end;
        Arrays.fill(kinds, size * Cue.Kind.WORDS, (size + 1) * Cue.Kind.WORDS, 0L);
        longest = Math.max(longest, end - begin);
        size++;
    }

    /** The length of the longest cue found (in canonical chars). */
    int longest() {
        return longest;
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
        return (kinds[i * Cue.Kind.WORDS + kind.word()] & kind.bit()) != 0;
    }

    private void rememberEveryday(int begin, int end) {
        if (everydaySpans == null) {
            everydaySpans = new int[4];
        } else if (everydayCount * 2 == everydaySpans.length) {
            everydaySpans = Arrays.copyOf(everydaySpans, everydaySpans.length * 2);
        }
        everydaySpans[everydayCount * 2] = begin;
        everydaySpans[everydayCount * 2 + 1] = end;
        everydayCount++;
    }

    /**
     * Whether {@code [begin, end)} lies inside an everyday phrase the message holds (the 带 of 带娃)
     * that stays clear of {@code [from, to)}: for the words a detector looks for in the text rather
     * than among the cues ({@link PayRates}' offer words, {@code [from, to)} the rate they would
     * offer), which an everyday phrase keeps out as it keeps out the cues inside it. A phrase that
     * runs into the rate is no everyday reading: 加我 一个小时750 is no 加我一个 (count me in). Linear
     * in the phrases found, which a message holds few of.
     */
    boolean insideEveryday(int begin, int end, int from, int to) {
        for (int k = 0; k < everydayCount; k++) {
            int phraseBegin = everydaySpans[k * 2];
            int phraseEnd = everydaySpans[k * 2 + 1];
            if (phraseBegin <= begin && end <= phraseEnd && (phraseEnd <= from || to <= phraseBegin)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the cues that lie inside a phrase of kind {@code everyday} (the 联系我 of 联系我们), and
     * the phrases themselves, which no detector reads; and the cues inside a {@code read-back}
     * phrase (the 联系 of 您的联系电话), which says whose number follows, so asks for no contact.
     */
    void dropEveryday() {
        if (!any(Cue.Kind.EVERYDAY) && !any(Cue.Kind.READ_BACK)) {
            return;
        }
        boolean[] drop = new boolean[size];
        for (int i = 0; i < size; i++) {
            boolean everyday = is(i, Cue.Kind.EVERYDAY);
            drop[i] = everyday || inside(i, Cue.Kind.EVERYDAY) || inside(i, Cue.Kind.READ_BACK);
            if (everyday) {
                rememberEveryday(begins[i], ends[i]);
            }
        }
        int kept = 0;
        Arrays.fill(allKinds, 0L);
        for (int i = 0; i < size; i++) {
            if (drop[i]) {
                continue;
            }
            begins[kept] = begins[i];
            ends[kept] = ends[i];
            for (int w = 0; w < Cue.Kind.WORDS; w++) {
                kinds[kept * Cue.Kind.WORDS + w] = kinds[i * Cue.Kind.WORDS + w];
                allKinds[w] |= kinds[i * Cue.Kind.WORDS + w];
            }
            if (soundsLike != null) {
                soundsLike[kept] = soundsLike[i];
            }
            kept++;
        }
        size = kept;
    }

    /**
     * Drops the word-list hits from index {@code from} on that lie inside an everyday phrase, as
     * the cues inside one are: the 妈的 of 妈妈的 insults nobody, and 过滤网堵塞 (a clogged filter)
     * reads 网赌 only because 堵 stands for 赌. Call before {@link #dropEveryday}, which forgets the
     * phrases. One binary search per hit: a hit lies inside a phrase exactly when some phrase
     * ending at or after the hit's end starts at or before its start.
     */
    void dropHitsInsideEveryday(Normalized nz, List<Hit> hits, int from) {
        if (!any(Cue.Kind.EVERYDAY) || hits.size() == from) {
            return;
        }
        // The phrases' spans in the original, in the order they end, each with the earliest start
        // of it and of every phrase ending after it.
        int[] phraseEnds = new int[size];
        int[] earliestStarts = new int[size];
        int phrases = 0;
        for (int j = 0; j < size; j++) {
            if (is(j, Cue.Kind.EVERYDAY)) {
                phraseEnds[phrases] = nz.originalEnd(ends[j] - 1);
                earliestStarts[phrases] = nz.originalStart(begins[j]);
                phrases++;
            }
        }
        for (int k = phrases - 2; k >= 0; k--) {
            earliestStarts[k] = Math.min(earliestStarts[k], earliestStarts[k + 1]);
        }
        int kept = from;
        for (int h = from; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int q = firstAtOrAfter(phraseEnds, phrases, hit.end());
            if (q == phrases || earliestStarts[q] > hit.start()) {
                hits.set(kept++, hit);
            }
        }
        hits.subList(kept, hits.size()).clear();
    }

    private static int firstAtOrAfter(int[] sorted, int length, int value) {
        int low = 0;
        int high = length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether cue {@code i} lies inside another cue of kind {@code phraseKind}. */
    private boolean inside(int i, Cue.Kind phraseKind) {
        for (int j = 0; j < size; j++) {
            if (j != i && is(j, phraseKind) && begins[j] <= begins[i] && ends[i] <= ends[j]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of {@code kind} spans {@code [begin, end)}, canonical positions: the 微信号 of 您的微信号. */
    boolean covers(int begin, int end, Cue.Kind kind) {
        if (!any(kind)) {
            return false;
        }
        for (int j = firstEndingFrom(end); j < size && ends[j] <= end + longest; j++) {
            if (begins[j] <= begin && is(j, kind)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first cue ending at or after {@code position}; {@link #size()} for none. */
    int firstEndingFrom(int position) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The first cue of {@code kind} that begins at or after {@code from} and ends by {@code until},
     * or -1. Cues come in the order they end, so the search starts at the first one ending after
     * {@code from} and stops at the first ending past {@code until}.
     */
    int firstAfter(int from, Cue.Kind kind, int until) {
        for (int q = firstEndingFrom(from + 1); q < size && ends[q] <= until; q++) {
            if (begins[q] >= from && is(q, kind)) {
                return q;
            }
        }
        return -1;
    }

    /** Whether cue {@code i} was matched by sound only, a homophone of a contact or private-chat cue. */
    boolean bySound(int i) {
        return soundsLike != null && soundsLike[i] != null;
    }

    /** The contact or private-chat cue that by-sound cue {@code i} sounds like (联系 for 连系). */
    SoundAlikeCue soundsLikeContact(int i) {
        return soundsLike == null ? null : soundsLike[i];
    }

    /** True when some cue of that kind was found. */
    boolean any(Cue.Kind kind) {
        return (allKinds[kind.word()] & kind.bit()) != 0;
    }
}
