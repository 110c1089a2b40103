package io.qunflow.moderation;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps a message to the canonical form the matchers run on, in one pass over the chars.
 *
 * <p>Everything expensive (Unicode NFKC, traditional→simplified via opencc4j, variant and
 * homophone folding) is folded into a 65,536-entry table at class init, because the hot path
 * must not call opencc4j or regex per message. Separators, punctuation, zero-width characters
 * and unknown emoji are dropped, so "加 微.信" and "加\u200b微信" both become "加微信"; the
 * original offset of every kept char is recorded so hits can be mapped back.
 *
 * <p>Lexicon terms go through the same function, so the word lists can be written naturally and
 * still match every variant that folds to the same canonical form.
 */
final class Normalizer {

    /** Table value meaning "drop this char". U+FFFF is a noncharacter, so it never occurs as a mapping. */
    static final char SKIP = '\uFFFF';
    /** Table value meaning "replace by the string in {@link #BMP_EXPANSIONS}". */
    private static final char EXPAND = '\uFFFE';

    private static final char[] TABLE = new char[65536];
    private static final Map<Character, String> BMP_EXPANSIONS = new HashMap<>();
    /** Supplementary code points (emoji, enclosed letters, math alphanumerics) that stand for text. */
    private static final Map<Integer, String> SUPPLEMENTARY = new HashMap<>();

    private Normalizer() {}

    /** The canonical form of one BMP char, or {@link #SKIP}; expansions and surrogates report themselves. */
    static char map(char c) {
        return TABLE[c];
    }

    /** Chars that may stand for the dot of a domain name; they are dropped from the canonical text. */
    static boolean isDotLike(char c) {
        return c == '.' || c == '。' || c == '．' || c == '｡' || c == '·' || c == '点';
    }

    static Normalized normalize(String s) {
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
        final char[] table = TABLE;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            char m = table[c];
            if (m < 0xD800) {
                // Fast path: plain kept char (CJK, latin, digit all live below the surrogate block).
                out[len] = m;
                src[len++] = i;
                if (m < 128) {
                    if (m <= '9') {
                        digits++;
                    } else {
                        latin++;
                    }
                }
                continue;
            }
            if (m == SKIP) {
                if (c == '.' || c == '/' || c == '。' || c == '．' || c == '｡' || c == '·' || c == '、') {
                    dotLike = true;
                }
                continue;
            }
            String rep;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                int cp = Character.toCodePoint(c, in[i + 1]);
                width = 2;
                rep = SUPPLEMENTARY.get(cp);
                if (rep == null) {
                    // Supplementary ideographs (CJK ext. B+) are kept; emoji and other symbols act as separators.
                    rep = Character.isLetter(cp) ? new String(Character.toChars(cp)) : "";
                }
            } else if (m == EXPAND) {
                rep = BMP_EXPANSIONS.getOrDefault(c, ""); // a lone low surrogate is dropped
            } else {
                // Other BMP chars in the surrogate/private-use range: keep as they are.
                rep = String.valueOf(m);
            }
            for (int k = 0; k < rep.length(); k++) {
                char r = rep.charAt(k);
                out[len] = r;
                src[len++] = i;
                if (r < 128) {
                    if (r <= '9') {
                        digits++;
                    } else {
                        latin++;
                    }
                }
            }
            i += width - 1;
        }
        if (!dotLike && latin >= 2 && s.indexOf('点') >= 0) {
            dotLike = true;
        }
        return new Normalized(s, new String(out, 0, len), src, digits, latin, dotLike);
    }

    /**
     * The canonical text folded by sound: every Chinese character replaced by the first
     * character that reads the same, tone included (售 and 受 alike), everything else kept. Same
     * length as the text, so offsets carry over.
     */
    static String sound(String canonical) {
        char[] out = new char[canonical.length()];
        final char[] sound = SOUND;
        for (int i = 0; i < out.length; i++) {
            out[i] = sound[canonical.charAt(i)];
        }
        return new String(out);
    }

    /** Canonical form of a lexicon term; same rules as messages. */
    static String normalizeTerm(String term) {
        return normalize(term).text();
    }

    // ---------------------------------------------------------------- table construction

    private static void buildTables() {
        for (int c = 0; c < 65536; c++) {
            TABLE[c] = base((char) c, 0);
        }
        for (char c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            TABLE[c] = EXPAND; // handled in the loop; never equal to SKIP, never below 0xD800
        }
        for (int d = 1; d <= 9; d++) {
            char digit = (char) ('0' + d);
            for (int base : new int[] {0x2776, 0x2780, 0x278A, 0x24F5}) {
                TABLE[base + d - 1] = digit; // ❶ ➀ ➊ ⓵ families have no NFKC decomposition
            }
        }
        // Symbols and emoji from the variant table that base() dropped or that stand for a word.
        VARIANT_DATA.forEach((variant, canonical) -> {
            if (Character.isSupplementaryCodePoint(variant)) {
                supplementary(variant, canonical);
            } else if (canonical.length() > 1) {
                expand((char) (int) variant, canonical);
            } else {
                TABLE[variant] = canonical.charAt(0);
            }
        });
        for (int k = 0; k < 26; k++) {
            String letter = String.valueOf((char) ('a' + k));
            supplementary(0x1F130 + k, letter); // 🄰 squared
            supplementary(0x1F150 + k, letter); // 🅐 negative circled
            supplementary(0x1F170 + k, letter); // 🅰 negative squared
            supplementary(0x1F1E6 + k, letter); // 🇦 regional indicators
        }
        for (int cp = 0x1D400; cp <= 0x1D7FF; cp++) { // mathematical bold/italic/script letters and digits
            String nf =
                    java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            if (nf.length() == 1 && nf.charAt(0) < 128 && Character.isLetterOrDigit(nf.charAt(0))) {
                supplementary(cp, String.valueOf(Character.toLowerCase(nf.charAt(0))));
            }
        }
        for (int cp = 0x1F200; cp <= 0x1F2FF; cp++) { // enclosed ideographs 🈶 🉐 ...
            String nf =
                    java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            if (nf.length() == 1 && Character.isIdeographic(nf.charAt(0))) {
                SUPPLEMENTARY.putIfAbsent(cp, String.valueOf(TABLE[nf.charAt(0)]));
            }
        }
    }

    private static void expand(char c, String s) {
        TABLE[c] = EXPAND;
        BMP_EXPANSIONS.put(c, s);
    }

    private static void supplementary(int cp, String s) {
        SUPPLEMENTARY.put(cp, s);
    }

    private static char base(char c, int depth) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                return c;
            }
            return SKIP;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        if (depth == 0) {
            String nf = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (!(nf.length() == 1 && nf.charAt(0) == c)) {
                // Full-width forms, circled digits/letters, Kangxi radicals, CJK compatibility ideographs...
                char only = 0;
                int kept = 0;
                for (int k = 0; k < nf.length(); k++) {
                    char x = nf.charAt(k);
                    if (Character.isLetterOrDigit(x)) {
                        only = x;
                        kept++;
                    }
                }
                if (kept == 1) {
                    return base(only, 1);
                }
                if (kept == 0) {
                    return SKIP;
                }
            }
        }
        if (!Character.isLetter(c)) {
            return SKIP; // punctuation, symbols, spaces, format chars, combining marks
        }
        char r = Character.toLowerCase(c);
        if (r != c && r < 128) {
            return r;
        }
        if (r >= 0xC0 && r < 0x250) {
            // Latin letters with diacritics ("Miáòzań") stand for the plain letter.
            char plain = java.text.Normalizer.normalize(String.valueOf(r), java.text.Normalizer.Form.NFD)
                    .charAt(0);
            if (plain >= 'a' && plain <= 'z') {
                return plain;
            }
        }
        r = singleCharVariant(r);
        if (Character.isIdeographic(r)) {
            r = singleCharVariant(toSimplified(r));
        }
        return r;
    }

    private static char singleCharVariant(char c) {
        String v = VARIANT_DATA.get((int) c);
        return v != null && v.length() == 1 ? v.charAt(0) : c;
    }

    private static char toSimplified(char c) {
        if (c < 0x3400 || c > 0x9FFF) {
            return c;
        }
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s != null && s.length() == 1 ? s.charAt(0) : c;
    }

    /** The shipped variant table, rules/lexicon/variants/characters.csv: variant code point to what it stands for. */
    private static final Map<Integer, String> VARIANT_DATA = VariantData.shippedCharacters();

    /** Canonical char to the first char (lowest code point) with the same reading and tone; identity elsewhere. */
    private static final char[] SOUND = new char[65536];

    // Last, so the maps above are initialised before the tables are built from them.
    static {
        buildTables();
        Sounds.fill(SOUND, TABLE);
    }
}
