package io.qunflow.common;

import java.nio.charset.StandardCharsets;

/**
 * Which characters of a text members are shown as they read it. A message the bot posts may carry
 * words an operator typed or a member wrote (a nickname, a quoted message), and some characters in
 * them are not seen but change what is: bidi controls (U+202A–U+202E, U+2066–U+2069) reorder the
 * rest of the line, so a quoted {@code moc.qq} reads as {@code qq.com}; zero-width characters
 * (U+200B–U+200F, U+FEFF, U+00AD) hide inside words a member or a word list reads as whole; line
 * and paragraph separators (U+2028, U+2029) break lines some clients do not.
 *
 * <p>An allow-list of Unicode categories, checked a code point at a time: letters, marks, numbers,
 * punctuation, symbols, spaces, and tab and line breaks. Besides them only the joiner inside an
 * emoji sequence (a family emoji is man, joiner, woman, joiner, girl) and the tag characters that
 * spell out a subdivision flag after U+1F3F4; and code points the JDK does not know yet, since emoji
 * newer than its Unicode tables are among them.
 */
public final class ShownText {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int FIRST_TAG = 0xE0020;
    private static final int LAST_TAG = 0xE007F;

    private ShownText() {}

    /** The index of the first character not shown as it is read, or -1 when every one is. */
    public static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            if (!shown(text, i, point)) {
                return i;
            }
            i += Character.charCount(point);
        }
        return -1;
    }

    /**
     * What is wrong with a text an operator typed for members to read, naming the first hidden
     * character; null when there is nothing.
     */
    public static Words problem(String text) {
        int at = text == null ? -1 : firstHidden(text);
        if (at < 0) {
            return null;
        }
        String code = String.format("U+%04X", text.codePointAt(at));
        return new Words(
                "must not contain invisible or direction-changing characters (" + code + " at character " + (at + 1)
                        + "): members would read something else than what is shown here",
                "不能含不可见或改变文字方向的字符（第 " + (at + 1) + " 个字符 " + code + "）：群成员看到的会与此处显示的不同");
    }

    /** The text without the characters not shown as it is read: for words quoted from members. */
    public static String inert(String text) {
        if (text == null || firstHidden(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            if (shown(text, i, point)) {
                kept.appendCodePoint(point);
            }
            i += Character.charCount(point);
        }
        return kept.toString();
    }

    /** How many bytes the text takes in UTF-8, the measure of WeCom's and WeChat's length limits. */
    public static int utf8Bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean shown(String text, int at, int point) {
        return switch (Character.getType(point)) {
            case Character.CONTROL -> point == '\n' || point == '\r' || point == '\t';
            case Character.FORMAT ->
                point == ZERO_WIDTH_JOINER
                        ? joinsEmoji(text, at)
                        : point >= FIRST_TAG && point <= LAST_TAG && tagsAFlag(text, at);
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE ->
                false;
            default -> true;
        };
    }

    /** A joiner between two parts of one emoji: a symbol (or its modifier or variation) before, a symbol after. */
    private static boolean joinsEmoji(String text, int at) {
        if (at == 0 || at + 1 >= text.length()) {
            return false;
        }
        int before = Character.getType(text.codePointBefore(at));
        int after = text.codePointAt(at + 1);
        return (before == Character.OTHER_SYMBOL
                        || before == Character.MODIFIER_SYMBOL
                        || before == Character.NON_SPACING_MARK)
                && (Character.getType(after) == Character.OTHER_SYMBOL || !Character.isDefined(after));
    }

    /** A tag character in the run that follows a black flag, spelling out which flag it is. */
    private static boolean tagsAFlag(String text, int at) {
        int i = at;
        while (i > 0) {
            int before = text.codePointBefore(i);
            if (before == BLACK_FLAG) {
                return true;
            }
            if (before < FIRST_TAG || before > LAST_TAG) {
                return false;
            }
            i -= Character.charCount(before);
        }
        return false;
    }
}
