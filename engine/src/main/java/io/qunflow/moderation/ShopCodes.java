package io.qunflow.moderation;

import java.util.List;

/**
 * Shopping codes (淘口令, the {@code shop-code} detector): letters and digits between two of the
 * same currency sign, ￥AbCd1234￥, €AbCd1234€, ₤AbCd1234₤, $AbCd1234$. Copied into a shopping app,
 * such a code opens a product or a coupon page: it is a link with the address left out. The apps
 * change the sign whenever a filter learns one, so every currency sign of Unicode counts, not a
 * list of them. A price is no code: it has no letters ($5), or nothing closes it (运费 $5，满$99).
 */
final class ShopCodes {

    static final String DETECTOR = "shop-code";

    /** The codes the apps hand out are 8 to 13 letters and digits; a little slack either side. */
    private static final int MIN_CODE = 6;

    private static final int MAX_CODE = 20;

    private static final boolean[] CURRENCY_SIGN = new boolean[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            CURRENCY_SIGN[c] = Character.getType(c) == Character.CURRENCY_SYMBOL;
        }
    }

    private ShopCodes() {}

    /** Adds a LINK hit for every code between two of the same currency sign. */
    static void find(Normalized nz, List<Hit> hits) {
        String o = nz.original();
        int n = o.length();
        for (int i = 0; i + MIN_CODE + 1 < n; i++) {
            char sign = o.charAt(i);
            if (!CURRENCY_SIGN[sign]) {
                continue;
            }
            int k = i + 1;
            boolean letter = false;
            boolean digit = false;
            while (k < n && k - i <= MAX_CODE) {
                char m = nz.map(o.charAt(k));
                if (Detectors.isLetter(m)) {
                    letter = true;
                } else if (Detectors.isDigit(m)) {
                    digit = true;
                } else {
                    break;
                }
                k++;
            }
            int length = k - i - 1;
            if (k < n && o.charAt(k) == sign && letter && digit && length >= MIN_CODE && length <= MAX_CODE) {
                String code = o.substring(i + 1, k);
                hits.add(
                        new Hit(code, Category.LINK, Severity.MEDIUM, DETECTOR, o.substring(i, k + 1), code, i, k + 1));
                i = k;
            }
        }
    }
}
