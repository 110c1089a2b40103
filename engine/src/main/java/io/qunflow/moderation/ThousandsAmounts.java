package io.qunflow.moderation;

/**
 * A digit run written as an amount of money in thousands ($140,000,000.00美元), which reads as eleven
 * digits once its separators are gone and would otherwise pass for a mobile number.
 */
final class ThousandsAmounts {

    private ThousandsAmounts() {}

    /** Money signs that open an amount: $140,000,000.00 is a box office, not a phone. */
    private static final String MONEY_SIGNS = "$¥￥";

    /**
     * Whether the run from {@code s} to {@code e} is written as an amount of money: digits grouped by
     * thousands (140,000,000, a group of one to three digits, then groups of three), perhaps with
     * decimals, opened by a money sign or followed by a price unit (元, 美元, 万). Separators are
     * gone from the canonical run, so the original is read; a phone written 138,0013,8000 or
     * 13,800,138,000 with neither sign nor unit is still a phone.
     */
    static boolean isAmount(Normalized nz, CueHits cues, int s, int e) {
        String o = nz.original();
        int from = nz.originalStart(s);
        int to = nz.originalEnd(e - 1);
        int group = 0;
        int groups = 0;
        boolean decimals = false;
        for (int i = from; i < to; i++) {
            char c = o.charAt(i);
            if (c >= '0' && c <= '9') {
                group++;
            } else if (c == ',' && !decimals && (groups == 0 ? group >= 1 && group <= 3 : group == 3)) {
                groups++;
                group = 0;
            } else if (c == '.' && !decimals && groups > 0 && group == 3) {
                decimals = true;
                group = 0;
            } else {
                return false;
            }
        }
        if (groups == 0 || !decimals && group != 3) {
            return false;
        }
        int before = from - 1;
        while (before >= 0 && o.charAt(before) == ' ') {
            before--;
        }
        boolean signed = before >= 0 && MONEY_SIGNS.indexOf(o.charAt(before)) >= 0;
        return signed || cues != null && cues.firstAfter(e, Cue.Kind.PRICE_UNIT, e + 2) >= 0;
    }
}
