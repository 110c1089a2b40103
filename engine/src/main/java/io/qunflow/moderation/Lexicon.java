package io.qunflow.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable, thread-safe word list compiled for matching.
 *
 * <p>Terms are normalised with the same rules as messages (width, case, traditional→simplified,
 * the variant table, separators dropped), folded by sound ({@link Normalizer#sound}) and compiled
 * into one Aho–Corasick double-array trie ({@link SoundTrie}) together with the detectors' cue words, so matching
 * costs one pass over the message whatever the size of the list. When two terms sound the same,
 * each matches as written with its own category and severity, and a match by sound alone (a third
 * spelling, three characters or more) reports the more severe.
 *
 * <p>Word lists are read and written as CSV by {@link LexiconCsv}.
 */
public final class Lexicon {

    private final List<LexiconEntry> entries;
    /** The variant data the terms were normalised with, and messages must be. */
    final Variants variants;
    /** Null when the lexicon is empty (the trie cannot be built from no keys). */
    final SoundTrie trie;
    /** Indexed by the trie value; null where the key is only a cue. */
    final LexiconEntry[] matchEntries;
    /**
     * Indexed by the trie value: the canonical (readable) forms of every term and cue with that
     * key, to tell a match as written from one by sound. A key holds several when terms sound
     * alike (约炮 and 约泡): each is matched as written, whatever its length.
     */
    final String[][] spellings;
    /** Aligned with {@link #spellings}: the term written that way, or null for a cue's spelling. */
    final LexiconEntry[][] spelledEntries;
    /**
     * Aligned with {@link #spellings}: whether an everyday or read-back row is written that way.
     * Such a row clears a message only where the text holds its own spelling: one that sounds like
     * a listed term (家飞机, 加飞机) shares the term's key, and must not clear the term written as
     * the term.
     */
    final boolean[][] clearingSpellings;
    /**
     * {@link Cue.Kind#WORDS} longs per trie value, from {@code value * WORDS}: the set of kinds of
     * the cues with that key, all zero for none.
     */
    final long[] cueKinds;
    /**
     * Keys shorter than this match only as written: by sound, two characters fold too much
     * together (网带 and 网贷, 的家 and 的加, 公司 and 公私).
     */
    static final int MIN_SOUND_MATCH = 3;
    /**
     * Indexed by the trie value: for a key of {@link #MIN_SOUND_MATCH} - 1 characters that is a
     * contact or private-chat cue, that cue as a homophone of it is read (连系 3179238 as 联系
     * 3179238); null for any other key.
     */
    final SoundAlikeCue[] soundAlikeContact;
    /** The term's canonical form starts/ends with an ASCII letter, so it must not match inside a latin word. */
    final boolean[] latinStart;

    final boolean[] latinEnd;

    private Lexicon(List<LexiconEntry> entries, Variants variants) {
        this.entries = List.copyOf(entries);
        this.variants = variants;
        Normalizer normalizer = variants.normalizer();
        // Keyed by sound, so a homophone of a term (够买 for 购买) matches without an entry of its own.
        Map<String, LexiconEntry> bySound = new HashMap<>();
        Map<String, Map<String, LexiconEntry>> spelled = new HashMap<>();
        for (LexiconEntry e : this.entries) {
            String canonical = normalizer.normalizeTerm(e.term());
            if (canonical.isEmpty()) {
                throw new IllegalArgumentException("term has no matchable characters: '" + e.term() + "'");
            }
            String key = normalizer.sound(canonical);
            bySound.merge(key, e, Lexicon::moreSevere);
            spelled.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(canonical, e, Lexicon::moreSevere);
        }
        Map<String, long[]> cueBits = new HashMap<>();
        Set<String> clearingForms = new HashSet<>();
        for (Cue cue : variants.cues()) {
            String canonical = normalizer.normalizeTerm(cue.text());
            if (canonical.isEmpty() || !cue.kind().matchedInText()) {
                continue;
            }
            String key = normalizer.sound(canonical);
            cueBits.computeIfAbsent(key, k -> new long[Cue.Kind.WORDS])[
                    cue.kind().word()] |= cue.kind().bit();
            spelled.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(canonical, null);
            if (cue.kind() == Cue.Kind.EVERYDAY || cue.kind() == Cue.Kind.READ_BACK) {
                clearingForms.add(canonical);
            }
        }
        List<String> keys = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(bySound.keySet());
        all.addAll(cueBits.keySet());
        matchEntries = new LexiconEntry[all.size()];
        spellings = new String[all.size()][];
        spelledEntries = new LexiconEntry[all.size()][];
        clearingSpellings = new boolean[all.size()][];
        cueKinds = new long[all.size() * Cue.Kind.WORDS];
        soundAlikeContact = new SoundAlikeCue[all.size()];
        String oneCharContactCues = oneCharContactCues(variants.cues(), normalizer);
        latinStart = new boolean[all.size()];
        latinEnd = new boolean[all.size()];
        int i = 0;
        for (String k : all) {
            keys.add(k);
            matchEntries[i] = bySound.get(k);
            Map<String, LexiconEntry> forms = spelled.get(k);
            spellings[i] = forms.keySet().toArray(String[]::new);
            spelledEntries[i] = forms.values().toArray(LexiconEntry[]::new);
            clearingSpellings[i] = new boolean[spellings[i].length];
            for (int f = 0; f < spellings[i].length; f++) {
                clearingSpellings[i][f] = clearingForms.contains(spellings[i][f]);
            }
            long[] kinds = cueBits.getOrDefault(k, new long[Cue.Kind.WORDS]);
            System.arraycopy(kinds, 0, cueKinds, i * Cue.Kind.WORDS, Cue.Kind.WORDS);
            soundAlikeContact[i] = soundAlikeContact(k, kinds, spellings[i], spelledEntries[i], oneCharContactCues);
            latinStart[i] = isAsciiLetter(k.charAt(0));
            latinEnd[i] = isAsciiLetter(k.charAt(k.length() - 1));
            i++;
        }
        if (keys.isEmpty()) {
            trie = null;
        } else {
            trie = new SoundTrie(keys, normalizer);
        }
    }

    /** Whether trie value {@code value} is the key of a cue of some kind. */
    /**
     * Whether the key, found from {@code begin} to {@code end} of the canonical text, is an everyday
     * phrase written across a clause's end: then it is no phrase (加我，一个月30元 is no 加我一个).
     */
    boolean everydayAcrossAClause(int value, Normalized nz, int begin, int end) {
        return (cueKinds[value * Cue.Kind.WORDS + Cue.Kind.EVERYDAY.word()] & Cue.Kind.EVERYDAY.bit()) != 0
                && Clauses.endBetween(nz.original(), nz.originalStart(begin), nz.originalEnd(end - 1));
    }

    boolean isCue(int value) {
        for (int w = 0; w < Cue.Kind.WORDS; w++) {
            if (cueKinds[value * Cue.Kind.WORDS + w] != 0) {
                return true;
            }
        }
        return false;
    }

    private static SoundAlikeCue soundAlikeContact(
            String key, long[] kinds, String[] forms, LexiconEntry[] entries, String oneCharContactCues) {
        boolean contact = (kinds[Cue.Kind.CONTACT.word()] & Cue.Kind.CONTACT.bit()) != 0;
        boolean privateChat = (kinds[Cue.Kind.PRIVATE_CHAT.word()] & Cue.Kind.PRIVATE_CHAT.bit()) != 0;
        if (key.length() != MIN_SOUND_MATCH - 1 || !contact && !privateChat) {
            return null;
        }
        for (int f = 0; f < forms.length; f++) {
            if (entries[f] == null) {
                char first = forms[f].charAt(0);
                char opener = oneCharContactCues.indexOf(first) >= 0 ? first : 0;
                return new SoundAlikeCue(forms[f], contact, opener, privateChat);
            }
        }
        return null;
    }

    /** The contact cues of one character (加, 找, 扣…), canonical: as written they take an account after 我. */
    private static String oneCharContactCues(List<Cue> cues, Normalizer normalizer) {
        StringBuilder chars = new StringBuilder();
        for (Cue cue : cues) {
            String canonical = normalizer.normalizeTerm(cue.text());
            if (cue.kind() == Cue.Kind.CONTACT && canonical.length() == 1) {
                chars.append(canonical);
            }
        }
        return chars.toString();
    }

    private static LexiconEntry moreSevere(LexiconEntry old, LexiconEntry neu) {
        return neu.severity().compareTo(old.severity()) > 0 ? neu : old;
    }

    /**
     * Which of the spellings of key {@code index} the canonical text holds at {@code [begin, end)},
     * or -1 when it matched by sound only.
     */
    int writtenSpelling(int index, char[] text, int begin, int end) {
        String[] forms = spellings[index];
        for (int f = 0; f < forms.length; f++) {
            if (spelledAt(forms[f], text, begin, end)) {
                return f;
            }
        }
        return -1;
    }

    /** Compared on the canonical chars: String.regionMatches on UTF-16 text costs more per call. */
    private static boolean spelledAt(String form, char[] text, int begin, int end) {
        if (form.length() != end - begin) {
            return false;
        }
        for (int k = 0; k < form.length(); k++) {
            if (form.charAt(k) != text[begin + k]) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * Compiles a lexicon with the shipped variant data (tests, benchmarks, offline tools; the server
     * compiles with the live data). Throws {@link IllegalArgumentException} for a term that
     * normalises to nothing.
     */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        return of(entries, Variants.shipped());
    }

    /** Compiles a lexicon with one version of the variant data. */
    static Lexicon of(Collection<LexiconEntry> entries, Variants variants) {
        return new Lexicon(new ArrayList<>(entries), variants);
    }

    /** The entries as given, in order, including ones shadowed by a stronger duplicate. */
    public List<LexiconEntry> entries() {
        return entries;
    }
}
