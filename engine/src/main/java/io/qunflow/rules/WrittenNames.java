package io.qunflow.rules;

import io.qunflow.common.Words;

/**
 * Names and attribute values that Drools' executable model writes into the Java it generates as
 * string literals, without escaping them: a rule's name, the rule it extends, and the values of
 * agenda-group, activation-group and ruleflow-group. A quote or backslash in one would end that
 * literal and make the rest Java that runs when the rule base is built, so each is held to an
 * allow-list of characters: letters and digits of any script, the space, and punctuation and
 * symbols other than the quote and the backslash. Control and format characters (line breaks,
 * zero-width and direction marks) are refused too: nobody reads them in a rule's name.
 */
final class WrittenNames {

    /** Longer than any rule name that reads as a sentence; also bounds the generated code. */
    static final int MAX_LENGTH = 200;

    private WrittenNames() {}

    /** Why {@code value}, named {@code what} in both languages, cannot be written into generated code, or null when it can. */
    static Words problem(Words what, String value) {
        if (value.isBlank()) {
            return new Words(what.en() + " is empty", what.zh() + "为空");
        }
        if (value.length() > MAX_LENGTH) {
            return new Words(
                    what.en() + " is longer than " + MAX_LENGTH + " characters",
                    what.zh() + "超过 " + MAX_LENGTH + " 个字符");
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!allowed(c)) {
                return new Words(
                        what.en() + " may hold letters, digits, spaces and punctuation other than \" and \\, not "
                                + describe(c),
                        what.zh() + "只能含字母、数字、空格和 \" \\ 以外的标点，不能含 " + describe(c));
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean allowed(int c) {
        if (c == '"' || c == '\\') {
            return false;
        }
        if (c == ' ' || Character.isLetterOrDigit(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static String describe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
                ? String.format("U+%04X", c)
                : "'" + new String(Character.toChars(c)) + "'";
    }
}
