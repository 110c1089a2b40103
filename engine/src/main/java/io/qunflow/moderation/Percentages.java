package io.qunflow.moderation;

/**
 * Percentages as chat writes them, read for {@link PromisedReturns}: written out on the canonical
 * text (百分之二十五 is 百分之2十5 there, 一 to 九 and 零 being digits already), or in digits with a
 * percent sign, read on the original, since normalising drops '%' and '.' (3.5% reads 35).
 */
final class Percentages {

    /** More digits than this make a number, not a rate. */
    static final int MAX_DIGITS = 6;

    static final String PERCENT_OF = "百分之";

    private Percentages() {}

    /**
     * "百分之2十5", "百分之十5", "百分之0点5" on the canonical text: digits with 十 and 百 as
     * multipliers, then 点 and the decimals; null when no number follows 百分之.
     */
    static Rate writtenOut(String t, int begin) {
        int at = begin + PERCENT_OF.length();
        long whole = 0;
        long pending = 0;
        boolean any = false;
        for (; at < t.length(); at++) {
            char c = t.charAt(at);
            if (pending > 1_000 || whole > 1_000) {
                return null; // no rate, and a long run of digits would overflow
            }
            if (Detectors.isDigit(c)) {
                pending = pending * 10 + (c - '0');
            } else if (c == '十' || c == '百') {
                whole += (pending == 0 ? 1 : pending) * (c == '十' ? 10 : 100);
                pending = 0;
            } else {
                break;
            }
            any = true;
        }
        if (!any || pending > 1_000 || whole > 1_000) {
            return null;
        }
        long hundredths = (whole + pending) * 100;
        if (at + 1 < t.length() && t.charAt(at) == '点' && Detectors.isDigit(t.charAt(at + 1))) {
            at++;
            long scale = 10;
            for (; at < t.length() && Detectors.isDigit(t.charAt(at)); at++) {
                hundredths += (t.charAt(at) - '0') * scale;
                scale /= 10;
            }
        }
        return new Rate(hundredths, begin, at);
    }

    /**
     * "30%", "3.5 %", "１５％", the 15 of "15%-20%": the digits from {@code begin} read on the
     * original, where the point and the percent sign still are; null unless a percent sign follows.
     */
    static Rate inDigits(Normalized nz, int begin) {
        String original = nz.original();
        int at = nz.originalStart(begin);
        long whole = 0;
        long hundredths = 0;
        long scale = 0;
        int digits = 0;
        for (; at < original.length() && digits <= MAX_DIGITS; at++) {
            char c = original.charAt(at);
            int digit = Character.digit(c, 10);
            if (digit >= 0 && scale == 0) {
                whole = whole * 10 + digit;
            } else if (digit >= 0) {
                hundredths += digit * scale;
                scale /= 10;
            } else if ((c == '.' || c == '．') && scale == 0) {
                scale = 10;
            } else {
                break;
            }
            digits += digit >= 0 ? 1 : 0;
        }
        while (at < original.length() && Character.isWhitespace(original.charAt(at))) {
            at++;
        }
        boolean percent = at < original.length() && (original.charAt(at) == '%' || original.charAt(at) == '％');
        return percent && digits > 0 && digits <= MAX_DIGITS
                ? new Rate(whole * 100 + hundredths, begin, begin + digits)
                : null;
    }

    /** A rate in hundredths of a percent, found at canonical {@code [begin, end)}. */
    record Rate(long hundredths, int begin, int end) {

        /** The rate as a reader writes it: 20%, 3.5%, 0.25%. */
        String percent() {
            long whole = hundredths / 100;
            long part = hundredths % 100;
            if (part == 0) {
                return whole + "%";
            }
            return whole + "." + (part % 10 == 0 ? String.valueOf(part / 10) : String.format("%02d", part)) + "%";
        }
    }
}
