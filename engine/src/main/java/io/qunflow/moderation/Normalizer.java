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
                if (c == '.' || c == '/' || c == '。' || c == '．' || c == '｡' || c == '·') {
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
        // Symbols and emoji that people write instead of a word.
        for (char c : new char[] {'+', '＋', '﹢', '➕', '✚', '✙', '✛', '✜', '╋'}) {
            TABLE[c] = '加';
        }
        expand('☎', "电话");
        expand('✆', "电话");
        expand('℡', "电话");
        TABLE['〇'] = '0';
        TABLE['○'] = '0';
        TABLE['⓪'] = '0';
        TABLE['⓿'] = '0';
        for (int d = 1; d <= 9; d++) {
            char digit = (char) ('0' + d);
            for (int base : new int[] {0x2776, 0x2780, 0x278A, 0x24F5}) {
                TABLE[base + d - 1] = digit; // ❶ ➀ ➊ ⓵ families have no NFKC decomposition
            }
        }
        supplementary(0x1F4DE, "电话"); // 📞
        supplementary(0x1F4F1, "电话"); // 📱
        supplementary(0x1F4F2, "电话"); // 📲
        supplementary(0x1F427, "企鹅"); // 🐧 = QQ
        supplementary(0x1F4B0, "钱"); // 💰
        supplementary(0x1F4B4, "钱");
        supplementary(0x1F4B5, "钱");
        supplementary(0x1F4B8, "钱");
        supplementary(0x1F232, "禁"); // 🈲 (NFKC would give this too; explicit for clarity)
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
        r = HOMOGLYPHS.getOrDefault(r, r);
        if (Character.isIdeographic(r)) {
            r = toSimplified(r);
            r = VARIANTS.getOrDefault(r, r);
            r = NUMERALS.getOrDefault(r, r);
        }
        return r;
    }

    private static char toSimplified(char c) {
        if (c < 0x3400 || c > 0x9FFF) {
            return c;
        }
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s != null && s.length() == 1 ? s.charAt(0) : c;
    }

    /** Cyrillic/Greek look-alikes used to dodge latin terms ("ѵх"). */
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('х', 'x'),
            Map.entry('у', 'y'),
            Map.entry('ѵ', 'v'),
            Map.entry('ν', 'v'),
            Map.entry('χ', 'x'),
            Map.entry('ο', 'o'),
            Map.entry('α', 'a'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('т', 't'),
            Map.entry('в', 'b'));

    /**
     * Homophones and look-alikes of the characters solicitation phrases are built from.
     * Folding them globally is safe because terms are folded the same way; it only makes the
     * canonical text read oddly (权威 → 权微), which nobody but the matcher sees.
     */
    private static final Map<Character, Character> VARIANTS = Map.ofEntries(
            // 微 in 微信
            Map.entry('薇', '微'),
            Map.entry('威', '微'),
            Map.entry('徽', '微'),
            Map.entry('嶶', '微'),
            Map.entry('溦', '微'),
            Map.entry('媺', '微'),
            Map.entry('葳', '微'),
            Map.entry('巍', '微'),
            // 信 in 微信
            Map.entry('芯', '信'),
            Map.entry('訫', '信'),
            Map.entry('伈', '信'),
            // 加
            Map.entry('嘉', '加'),
            Map.entry('伽', '加'),
            Map.entry('珈', '加'),
            Map.entry('枷', '加'),
            Map.entry('迦', '加'),
            // 群 / 裙 ("加裙" for 加群), 扣 / 寇 / 蔻 for QQ
            Map.entry('裙', '群'),
            Map.entry('寇', '扣'),
            Map.entry('蔻', '扣'),
            Map.entry('抠', '扣'),
            Map.entry('叩', '扣'),
            // 赌 / 博 homophones
            Map.entry('堵', '赌'),
            Map.entry('睹', '赌'),
            Map.entry('渤', '博'),
            // 聊 / 撩
            Map.entry('寥', '聊'),
            Map.entry('撩', '聊'));

    /** Chinese numerals (plain and financial) and the phone-reading 幺 become ASCII digits. */
    private static final Map<Character, Character> NUMERALS = Map.ofEntries(
            Map.entry('零', '0'),
            Map.entry('一', '1'),
            Map.entry('壹', '1'),
            Map.entry('幺', '1'),
            Map.entry('二', '2'),
            Map.entry('贰', '2'),
            Map.entry('貳', '2'),
            Map.entry('三', '3'),
            Map.entry('叁', '3'),
            Map.entry('四', '4'),
            Map.entry('肆', '4'),
            Map.entry('五', '5'),
            Map.entry('伍', '5'),
            Map.entry('六', '6'),
            Map.entry('陆', '6'),
            Map.entry('七', '7'),
            Map.entry('柒', '7'),
            Map.entry('八', '8'),
            Map.entry('捌', '8'),
            Map.entry('九', '9'),
            Map.entry('玖', '9'));

    // Last, so the maps above are initialised before the table is built from them.
    static {
        buildTables();
    }
}
