package io.qunflow.moderation;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The per-char tables behind {@link CharacterBase}, for every char of the Basic Multilingual Plane:
 * its form before the variant data, its simplified form (opencc4j) and its reading (pinyin4j).
 *
 * <p>They are computed when the jar is built (build step {@code character-tables}, this class's
 * {@link #main}) and read from the class path at run time: computing them takes most of a second,
 * and the two libraries keep their dictionaries in static fields for the life of the JVM, some
 * fifty megabytes of heap the server would never read again. Without the built file (a run from
 * sources that skipped the build step) they are computed as before.
 */
final class CharacterTables {

    static final String RESOURCE = "/moderation/character-tables.bin";

    private static final int CHARS = 65536;
    private static final int FORMAT = 1;

    final int[] form;
    final char[] simplified;
    final int[] reading;
    final int readings;

    private CharacterTables(int[] form, char[] simplified, int[] reading, int readings) {
        this.form = form;
        this.simplified = simplified;
        this.reading = reading;
        this.readings = readings;
    }

    /** The tables the build wrote, or freshly computed ones when it wrote none. */
    static CharacterTables shipped() {
        InputStream built = CharacterTables.class.getResourceAsStream(RESOURCE);
        if (built == null) {
            return compute();
        }
        try (InputStream in = built) {
            return readFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The built character tables " + RESOURCE + " cannot be read", e);
        }
    }

    /** Build step: writes the tables to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            compute().writeTo(out);
        }
        System.out.println("Wrote the character tables to " + target);
    }

    static CharacterTables compute() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        int[] form = new int[CHARS];
        char[] simplified = new char[CHARS];
        int[] reading = new int[CHARS];
        Map<String, Integer> ids = new HashMap<>();
        for (int c = 0; c < CHARS; c++) {
            form[c] = form((char) c, 0);
            simplified[c] = toSimplified((char) c);
            String read = Character.isIdeographic(c) ? pinyin((char) c, format) : null;
            reading[c] = read == null ? -1 : ids.computeIfAbsent(read, r -> ids.size());
        }
        return new CharacterTables(form, simplified, reading, ids.size());
    }

    void writeTo(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
        out.writeInt(FORMAT);
        out.writeInt(readings);
        for (int c = 0; c < CHARS; c++) {
            out.writeInt(form[c]);
            out.writeChar(simplified[c]);
            out.writeShort(reading[c]);
        }
        out.flush();
        out.close();
    }

    static CharacterTables readFrom(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("Character tables of format " + format + ", expected " + FORMAT);
        }
        int readings = in.readInt();
        int[] form = new int[CHARS];
        char[] simplified = new char[CHARS];
        int[] reading = new int[CHARS];
        for (int c = 0; c < CHARS; c++) {
            form[c] = in.readInt();
            simplified[c] = in.readChar();
            reading[c] = in.readShort();
        }
        return new CharacterTables(form, simplified, reading, readings);
    }

    private static int form(char c, int depth) {
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
                    return form(only, 1);
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
        return r | CharacterBase.FOLDABLE;
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
}
