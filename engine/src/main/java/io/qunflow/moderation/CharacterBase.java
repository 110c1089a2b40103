package io.qunflow.moderation;

import java.util.HashMap;
import java.util.Map;

/**
 * What every character is before the variant data has its say: full-width and compatibility forms
 * (Unicode NFKC), case, diacritics, traditional to simplified (opencc4j), and each Chinese
 * character's reading (pinyin4j). None of it changes when compliance publishes variant data, and
 * it is the slow part to compute, so it is computed when the jar is built ({@link CharacterTables});
 * each version of the variant data only folds its own table over it ({@link Normalizer}).
 */
final class CharacterBase {

    /** Set on a {@link #form} that is a letter the variant table may still fold. */
    static final int FOLDABLE = 1 << 16;

    private static final CharacterTables TABLES = CharacterTables.shipped();
    private static final int[] FORM = TABLES.form;
    private static final char[] SIMPLIFIED = TABLES.simplified;
    /** Reading (pinyin with tone, the first and most common one) of each char as a small number; -1 for none. */
    private static final int[] READING = TABLES.reading;

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
        return TABLES.readings;
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

    static {
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
