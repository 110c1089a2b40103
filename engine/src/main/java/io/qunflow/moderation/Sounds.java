package io.qunflow.moderation;

import java.util.HashMap;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Builds the sound table once: each canonical Chinese character maps to the first character
 * (lowest code point) read the same way, tone included, using a character's first (most common)
 * reading from pinyin4j. Tones are kept because toneless readings fold too much together
 * (出手/出售); homophones in another tone are listed in the variant table instead.
 */
final class Sounds {

    private Sounds() {}

    static void fill(char[] sound, char[] canonicalTable) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        boolean[] canonical = new boolean[65536];
        for (int c = 0; c < 65536; c++) {
            sound[c] = (char) c;
            char m = canonicalTable[c];
            if (m < 0xD800 && Character.isIdeographic(m)) {
                canonical[m] = true;
            }
        }
        Map<String, Character> first = new HashMap<>();
        for (int c = 0; c < 65536; c++) {
            if (!canonical[c]) {
                continue;
            }
            String reading = reading((char) c, format);
            if (reading != null) {
                char self = (char) c;
                sound[c] = first.computeIfAbsent(reading, r -> self);
            }
        }
    }

    private static String reading(char c, HanyuPinyinOutputFormat format) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
