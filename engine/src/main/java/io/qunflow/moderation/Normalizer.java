package io.qunflow.moderation;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps a message to the canonical form the matchers run on, in one pass over the chars.
 *
 * <p>Everything expensive (Unicode NFKC, traditional→simplified, readings: {@link CharacterBase},
 * once per JVM) and the variant and homophone folding of one version of the variant data is
 * folded into a 65,536-entry table when the normaliser is built, because the hot path must not
 * call opencc4j or regex per message. Separators, punctuation, zero-width characters and unknown
 * emoji are dropped, so "加 微.信" and "加\u200b微信" both become "加微信"; the original offset of
 * every kept char is recorded so hits can be mapped back.
 *
 * <p>Lexicon terms go through the same function, so the word lists can be written naturally and
 * still match every variant that folds to the same canonical form. Immutable: one per version of
 * the variant data ({@link Variants}).
 *
 * <p>Why this class is long: the tables (the BMP table, its multi-char expansions, plane one, the
 * sound of each char) are built from one pass over the variant data and read by one hot loop;
 * apart, the loop would reach into another class's arrays on every char of every message.
 */
final class Normalizer {

    /** Table value meaning "drop this char". U+FFFF is a noncharacter, so it never occurs as a mapping. */
    static final char SKIP = '\uFFFF';
    /** Table value meaning "replace by the string in {@link #bmpExpansions}". */
    private static final char EXPAND = '\uFFFE';

    private static final int PLANE_ONE = 0x10000;

    private final char[] table = new char[65536];
    /**
     * What a BMP char the variant data expands to more than one char stands for, in pages of 256
     * chars, most of them absent: looked up with no boxed key, as a spam line is often full of them.
     */
    private final String[][] bmpExpansions = new String[256][];
    /** Supplementary code points (emoji, enclosed letters, math alphanumerics) that stand for text. */
    private final Map<Integer, String> supplementary = new HashMap<>();
    /**
     * Plane 1 (U+10000–U+1FFFF: emoji, math alphanumerics, enclosed letters) as a table: the one
     * char a code point folds to, {@link #SKIP} to drop it, or {@link #EXPAND} for the slow path
     * (several chars, or a letter kept as it is). Emoji are in most chat messages, and a lookup in
     * the map above, its entries spread over the heap, cost a tenth of screening a long message.
     */
    private final char[] planeOne = new char[65536];
    /** Canonical char to the first char (lowest code point) with the same reading and tone; identity elsewhere. */
    private final char[] sound = new char[65536];

    /**
     * Builds the tables for one version of the variant data.
     *
     * @param variants variant code point to what it stands for, chains resolved ({@link VariantData})
     */
    Normalizer(Map<Integer, String> variants) {
        for (int c = 0; c < 65536; c++) {
            int form = CharacterBase.form((char) c);
            table[c] = (form & CharacterBase.FOLDABLE) == 0 ? (char) form : fold((char) form, variants);
        }
        for (char c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            table[c] = EXPAND; // handled in the loop; never equal to SKIP, never below 0xD800
        }
        for (int d = 1; d <= 9; d++) {
            char digit = (char) ('0' + d);
            for (int base : new int[] {0x2776, 0x2780, 0x278A, 0x24F5}) {
                table[base + d - 1] = digit; // ❶ ➀ ➊ ⓵ families have no NFKC decomposition
            }
        }
        for (int c = 0; c < 65536; c++) {
            if (DOT_MARK[c]) {
                table[c] = SKIP; // ㆍ and ・ would otherwise be kept as letters of their scripts
            }
        }
        // Symbols and emoji from the variant table that the base forms drop or that stand for a word.
        variants.forEach((variant, canonical) -> {
            if (Character.isSupplementaryCodePoint(variant)) {
                supplementary.put(variant, canonical);
            } else if (canonical.length() > 1) {
                table[variant] = EXPAND;
                expandsTo((char) (int) variant, canonical);
            } else {
                table[variant] = canonical.charAt(0);
            }
        });
        supplementary.putAll(CharacterBase.SUPPLEMENTARY_LETTERS);
        CharacterBase.ENCLOSED_IDEOGRAPHS.forEach(
                (cp, ideograph) -> supplementary.putIfAbsent(cp, String.valueOf(table[ideograph])));
        fillPlaneOne();
        fillSound();
    }

    private void expandsTo(char c, String canonical) {
        if (bmpExpansions[c >>> 8] == null) {
            bmpExpansions[c >>> 8] = new String[256];
        }
        bmpExpansions[c >>> 8][c & 0xFF] = canonical;
    }

    /** What an expanded BMP char stands for; empty for a char that stands for nothing (a lone surrogate). */
    private String expansionOf(char c) {
        String[] page = bmpExpansions[c >>> 8];
        String canonical = page == null ? null : page[c & 0xFF];
        return canonical == null ? "" : canonical;
    }

    private void fillPlaneOne() {
        for (int i = 0; i < planeOne.length; i++) {
            int cp = PLANE_ONE + i;
            String rep = supplementary.get(cp);
            if (rep == null) {
                planeOne[i] = Character.isLetter(cp) ? EXPAND : SKIP;
            } else if (rep.isEmpty()) {
                planeOne[i] = SKIP;
            } else if (rep.length() == 1 && !Character.isSurrogate(rep.charAt(0)) && rep.charAt(0) < EXPAND) {
                planeOne[i] = rep.charAt(0);
            } else {
                planeOne[i] = EXPAND;
            }
        }
    }

    /** A letter through the variant table, before and after simplification (乾→干 may be listed either way). */
    private static char fold(char letter, Map<Integer, String> variants) {
        char r = singleCharVariant(letter, variants);
        if (Character.isIdeographic(r)) {
            r = singleCharVariant(CharacterBase.simplified(r), variants);
        }
        return r;
    }

    private static char singleCharVariant(char c, Map<Integer, String> variants) {
        String v = variants.get((int) c);
        return v != null && v.length() == 1 ? v.charAt(0) : c;
    }

    /**
     * Each canonical Chinese character maps to the first (lowest code point) canonical character read
     * the same way, tone included, by its first (most common) reading. Tones are kept because
     * toneless readings fold too much together (出手/出售); homophones in another tone are listed in
     * the variant table instead.
     */
    private void fillSound() {
        boolean[] canonical = new boolean[65536];
        for (int c = 0; c < 65536; c++) {
            sound[c] = (char) c;
            char m = table[c];
            if (m < 0xD800 && Character.isIdeographic(m)) {
                canonical[m] = true;
            }
        }
        int[] first = new int[CharacterBase.readings()];
        java.util.Arrays.fill(first, -1);
        for (int c = 0; c < 65536; c++) {
            int reading = canonical[c] ? CharacterBase.reading((char) c) : -1;
            if (reading >= 0) {
                if (first[reading] < 0) {
                    first[reading] = c;
                }
                sound[c] = (char) first[reading];
            }
        }
    }

    /** The canonical form of one BMP char, or {@link #SKIP}; expansions and surrogates report themselves. */
    char map(char c) {
        return table[c];
    }

    /**
     * The one char a supplementary code point stands for (𝕥 for t, 𝟠 for 8, an enclosed ideograph
     * for its ideograph), or 0 when it stands for none or for more than one.
     */
    char foldSupplementary(int codePoint) {
        if (codePoint >= PLANE_ONE && codePoint < PLANE_ONE + 0x10000) {
            char folded = planeOne[codePoint - PLANE_ONE];
            if (folded != EXPAND) {
                return folded == SKIP ? 0 : folded;
            }
        }
        String rep = supplementary.get(codePoint);
        return rep != null && rep.length() == 1 ? rep.charAt(0) : 0;
    }

    /**
     * Punctuation that may stand for the dot of a domain name: full stops, middle dots, bullets and
     * dot leaders of every script a spammer can type or paste ({@code abc123‧top}, {@code ・},
     * {@code ㆍ}). Naming a few let every other dot through as a link nobody saw; this is the
     * Unicode set of characters drawn as one dot on the line or at its middle.
     */
    private static final String DOT_MARKS = ".。．｡·"
            + "\u0387\u0589\u06D4\u119E\u1427\u16EB\u2022\u2024\u2027\u2219\u22C5\u25E6\u2981"
            + "\u2E31\u2E33\u2E3C\u30FB\u318D\uA78F\uFE12\uFE52\uFF65";

    private static final boolean[] DOT_MARK = new boolean[65536];

    static {
        DOT_MARKS.chars().forEach(c -> DOT_MARK[c] = true);
    }

    /** A dot mark ({@link #DOT_MARKS}): dropped from the canonical text, and read as a domain's dot. */
    static boolean isDotMark(char c) {
        return DOT_MARK[c];
    }

    /** Chars that may stand for the dot of a domain name: the dot marks, and 点 written out. */
    static boolean isDotLike(char c) {
        return DOT_MARK[c] || c == '点';
    }

    /** The message in canonical form, with what the detectors of that version of the variant data need. */
    Normalized normalize(String s, Variants variants) {
        final int n = s.length();
        // Reading from a char[] is markedly faster than String.charAt on UTF-16 (non-Latin1) strings.
        char[] in = new char[n];
        s.getChars(0, n, in, 0);
        // Expansions never produce more than two chars per source char.
        char[] out = new char[n * 2];
        int[] src = new int[n * 2];
        int len = 0;
        int digits = 0;
        int latin = 0;
        boolean dotLike = false;
        final char[] table = this.table;
        for (int i = 0; i < n; i++) {
            final int at = i;
            char c = in[i];
            char m = table[c];
            if (m >= 0xD800) {
                // Slow paths; the common plain char (CJK, latin, digit) is below the surrogate block.
                if (m == SKIP) {
                    if (DOT_MARK[c] || c == '/' || c == '、') {
                        dotLike = true;
                    }
                    continue;
                }
                String rep;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                    int cp = Character.toCodePoint(c, in[++i]);
                    m = cp < PLANE_ONE + 0x10000 ? planeOne[cp - PLANE_ONE] : EXPAND;
                    if (m == SKIP) {
                        continue;
                    }
                    rep = m != EXPAND ? null : supplementary.get(cp);
                    if (m == EXPAND && rep == null) {
                        // Supplementary ideographs (CJK ext. B+) are kept; emoji and other symbols act as separators.
                        rep = Character.isLetter(cp) ? new String(Character.toChars(cp)) : "";
                    }
                } else if (m == EXPAND) {
                    rep = expansionOf(c); // a lone low surrogate is dropped
                } else {
                    // Other BMP chars in the surrogate/private-use range: keep as they are.
                    rep = null;
                }
                if (rep != null) {
                    for (int k = 0; k < rep.length(); k++) {
                        char r = rep.charAt(k);
                        out[len] = r;
                        src[len++] = at;
                        if (r < 128) {
                            if (r <= '9') {
                                digits++;
                            } else {
                                latin++;
                            }
                        }
                    }
                    continue;
                }
            }
            out[len] = m;
            src[len++] = at;
            if (m < 128) {
                if (m <= '9') {
                    digits++;
                } else {
                    latin++;
                }
            }
        }
        String canonical = new String(out, 0, len);
        // 点 as the canonical char, so a stand-in the variant data folds to it (典) counts as well.
        if (!dotLike && latin >= 2 && canonical.indexOf('点') >= 0) {
            dotLike = true;
        }
        return new Normalized(variants, s, canonical, src, digits, latin, dotLike, out);
    }

    /**
     * The canonical text folded by sound: every Chinese character replaced by the first
     * character that reads the same, tone included (售 and 受 alike), everything else kept. Same
     * length as the text, so offsets carry over.
     */
    String sound(String canonical) {
        char[] out = new char[canonical.length()];
        final char[] sound = this.sound;
        for (int i = 0; i < out.length; i++) {
            out[i] = sound[canonical.charAt(i)];
        }
        return new String(out);
    }

    /** The sound of one canonical char: the first char read the same way, or the char itself. */
    char soundOf(char canonical) {
        return sound[canonical];
    }

    /** Canonical form of a lexicon term; same rules as messages. */
    String normalizeTerm(String term) {
        return normalize(term, null).text();
    }
}
