package io.qunflow.moderation;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.HashMap;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * What every character is before the variant data has its say: full-width and compatibility forms
 * (Unicode NFKC), case, diacritics, traditional to simplified (opencc4j), and each Chinese
 * character's reading (pinyin4j). None of it changes when compliance publishes variant data, and
 * it is the slow part to compute, so it is computed once per JVM; each version of the variant data
 * only folds its own table over it ({@link Normalizer}).
 */
final class CharacterBase {

    /** Set on a {@link #form} that is a letter the variant table may still fold. */
    static final int FOLDABLE = 1 << 16;

    private static final int[] FORM = new int[65536];
    private static final char[] SIMPLIFIED = new char[65536];
    /** Reading (pinyin with tone, the first and most common one) of each char as a small number; -1 for none. */
    private static final int[] READING = new int[65536];

    private static final int READINGS;

    /** Supplementary code points that stand for a latin letter or digit, whatever the variant data says. */
    static final Map<Integer, String> SUPPLEMENTARY_LETTERS = new HashMap<>();
    /** Enclosed ideographs (🈶 🉐) and the ideograph each encloses, before the variant table. */
    static final Map<Integer, Character> ENCLOSED_IDEOGRAPHS = new HashMap<>();

    private CharacterBase() {}

    /**
     * The char's form before the variant table: {@link Normalizer#SKIP} for separators, a final
     * canonical char, or a letter with {@link #FOLDABLE} set that the variant table may fold.
     */
    static int form(char c) {
        return FORM[c];
    }

    /** The simplified form of a Chinese character; the char itself for anything else. */
    static char simplified(char c) {
        return SIMPLIFIED[c];
    }

    /** A number standing for the char's reading, equal for chars read alike (tone included); -1 for none. */
    static int reading(char c) {
        return READING[c];
    }

    /** How many distinct readings there are: every {@link #reading} is below this. */
    static int readings() {
        return READINGS;
    }

    /**
     * True when a char is written the way the matchers see it before any variant data: lower-case,
     * half-width, simplified. The right-hand side of the variant table must be, or it would never meet
     * the lists.
     */
    static boolean isCanonical(char c) {
        int f = FORM[c];
        return (char) f == c && ((f & FOLDABLE) == 0 || SIMPLIFIED[c] == c);
    }

    private static int compute(char c, int depth) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return c + 32;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                return c;
            }
            return Normalizer.SKIP;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (Character.isDigit(c)) {
            return '0' + Character.digit(c, 10);
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
                    return compute(only, 1);
                }
                if (kept == 0) {
                    return Normalizer.SKIP;
                }
            }
        }
        if (!Character.isLetter(c)) {
            return Normalizer.SKIP; // punctuation, symbols, spaces, format chars, combining marks
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
        return r | FOLDABLE;
    }

    private static char toSimplified(char c) {
        if (c < 0x3400 || c > 0x9FFF) {
            return c;
        }
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s != null && s.length() == 1 ? s.charAt(0) : c;
    }

    private static String pinyin(char c, HanyuPinyinOutputFormat format) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        Map<String, Integer> ids = new HashMap<>();
        for (int c = 0; c < 65536; c++) {
            FORM[c] = compute((char) c, 0);
            SIMPLIFIED[c] = toSimplified((char) c);
            String reading = Character.isIdeographic(c) ? pinyin((char) c, format) : null;
            READING[c] = reading == null ? -1 : ids.computeIfAbsent(reading, r -> ids.size());
        }
        READINGS = ids.size();
        for (int k = 0; k < 26; k++) {
            String letter = String.valueOf((char) ('a' + k));
            SUPPLEMENTARY_LETTERS.put(0x1F130 + k, letter); // 🄰 squared
            SUPPLEMENTARY_LETTERS.put(0x1F150 + k, letter); // 🅐 negative circled
            SUPPLEMENTARY_LETTERS.put(0x1F170 + k, letter); // 🅰 negative squared
            SUPPLEMENTARY_LETTERS.put(0x1F1E6 + k, letter); // 🇦 regional indicators
        }
        for (int cp = 0x1D400; cp <= 0x1D7FF; cp++) { // mathematical bold/italic/script letters and digits
            String nf =
                    java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            if (nf.length() == 1 && nf.charAt(0) < 128 && Character.isLetterOrDigit(nf.charAt(0))) {
                SUPPLEMENTARY_LETTERS.put(cp, String.valueOf(Character.toLowerCase(nf.charAt(0))));
            }
        }
        for (int cp = 0x1F200; cp <= 0x1F2FF; cp++) { // enclosed ideographs 🈶 🉐 ...
            String nf =
                    java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            if (nf.length() == 1 && Character.isIdeographic(nf.charAt(0))) {
                ENCLOSED_IDEOGRAPHS.put(cp, nf.charAt(0));
            }
        }
    }
}
