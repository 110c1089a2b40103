package io.qunflow.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lexical facts about rule source that the parsers cannot give: where the Java compiler would
 * decode a unicode escape, and DRL's {@code modify} blocks turned into calls a Java parser reads,
 * with a map from every character of the result back to the source.
 */
final class SourceText {

    static final String MODIFY_CALL = "_modfy";

    private SourceText() {}

    /**
     * Offsets of the unicode escapes a Java compiler would decode ({@code \u0061} for {@code a}),
     * anywhere: in code, strings and comments alike, because the compiler decodes them before it
     * reads anything else. A backslash counts only when an even number of backslashes stands
     * before it (JLS 3.3): {@code \\u0061} is a backslash and the text u0061.
     */
    static List<Integer> unicodeEscapes(String source) {
        List<Integer> found = new ArrayList<>();
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                    found.add(i);
                }
                backslashes++;
            } else {
                backslashes = 0;
            }
        }
        return found;
    }

    /** Code after rewriting, and for each of its characters the offset it came from in the original. */
    record Rewritten(String text, int[] origin) {

        /** The offset in the original code of a character of the rewritten one. */
        int originOf(int index) {
            if (origin.length == 0) {
                return 0;
            }
            return origin[Math.max(0, Math.min(index, origin.length - 1))];
        }
    }

    /**
     * {@code modify ($x) { setA(1), setB(2) }} becomes {@code _modfy($x, setA(1), setB(2));}: a call
     * Java parsers read, whose arguments the sandbox checks as calls on {@code $x}.
     */
    static Rewritten rewriteModify(String code) {
        String masked = mask(code);
        StringBuilder out = new StringBuilder(code.length() + 16);
        int[] origin = new int[code.length() * 2 + 16];
        int copied = 0;
        int at = masked.indexOf("modify");
        while (at >= 0) {
            int open = skipSpace(masked, at + "modify".length());
            boolean word = (at == 0 || !Character.isJavaIdentifierPart(masked.charAt(at - 1)))
                    && open < masked.length()
                    && masked.charAt(open) == '(';
            int close = word ? matching(masked, open, '(', ')') : -1;
            int brace = close < 0 ? -1 : skipSpace(masked, close + 1);
            int end = brace >= 0 && brace < masked.length() && masked.charAt(brace) == '{'
                    ? matching(masked, brace, '{', '}')
                    : -1;
            if (end < 0) {
                at = masked.indexOf("modify", at + 1);
                continue;
            }
            origin = append(out, origin, code.substring(copied, at), copied, true);
            origin = append(out, origin, MODIFY_CALL + "(", at, false);
            origin = append(out, origin, code.substring(open + 1, close), open + 1, true);
            boolean empty = masked.substring(brace + 1, end).isBlank();
            if (!empty) {
                origin = append(out, origin, ",", close, false);
                origin = append(out, origin, code.substring(brace + 1, end), brace + 1, true);
            }
            origin = append(out, origin, ");", end, false);
            copied = end + 1;
            at = masked.indexOf("modify", copied);
        }
        origin = append(out, origin, code.substring(copied), copied, true);
        return new Rewritten(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    /** Appends text; copied text keeps its offsets, words the rewrite adds all point where they stand in. */
    private static int[] append(StringBuilder out, int[] origin, String text, int from, boolean copied) {
        int[] map = origin.length < out.length() + text.length()
                ? Arrays.copyOf(origin, 2 * (out.length() + text.length()))
                : origin;
        for (int i = 0; i < text.length(); i++) {
            map[out.length() + i] = copied ? from + i : from;
        }
        out.append(text);
        return map;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matching(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with the insides of string and character literals and of comments blanked out,
     * same length, so looking for {@code modify} never trips over the word in a message.
     */
    static String mask(String text) {
        if (text == null) {
            return "";
        }
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < out.length && out[j] != c && out[j] != '\n') {
                    if (out[j] == '\\' && j + 1 < out.length) {
                        out[j++] = ' ';
                    }
                    out[j++] = ' ';
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                while (i < out.length && !(out[i] == '*' && i + 1 < out.length && out[i + 1] == '/')) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                    i++;
                }
                if (i + 1 < out.length) {
                    out[i] = ' ';
                    out[i + 1] = ' ';
                }
                i += 2;
            } else {
                i++;
            }
        }
        return new String(out);
    }
}
