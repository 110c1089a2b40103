package io.qunflow.moderation;

import java.util.List;

/**
 * Phone numbers (an 11-digit mobile number, with or without 86/0086) and QQ numbers (digits after
 * QQ/扣扣/企鹅/群号) in the canonical digit runs, where spaced and Chinese-numeral digits are
 * plain runs already. The {@code phone} and {@code qq} detectors; the words that introduce a QQ
 * number are cues of kind {@code qq} in the variant data (rules/lexicon/variants/cues.csv).
 */
final class PhoneAndQqNumbers {

    private PhoneAndQqNumbers() {}

    private static final String QQ_FILLER = "号码群是为加我的";

    /**
     * One pass over the canonical digit runs for both detectors; only worth it from
     * {@link Detectors#MIN_DIGITS} digits on.
     *
     * <p>Phone: a run of exactly 11 digits 1[3-9]xxxxxxxxx, optionally prefixed by 86/0086.
     * Separators are already gone, so "138 0013 8000" and "一三八…" are plain runs here; longer
     * runs (order numbers, timestamps) are left alone.
     *
     * <p>QQ: a run of 5–11 digits preceded (through at most 4 filler chars like 号/群/是) by
     * a QQ trigger (qq/扣扣/企鹅/群号…). Looking backwards from the digits keeps this to one pass.
     */
    static void find(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        // The scan reads the canonical chars from the array: String.charAt on UTF-16 text costs more.
        char[] c = nz.chars();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Detectors.isDigit(c[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Detectors.isDigit(c[i])) {
                i++;
            }
            int len = i - s;
            if (len >= 11) {
                int p = -1;
                if (len == 11) {
                    p = s;
                } else if (len == 13 && t.startsWith("86", s)) {
                    p = s + 2;
                } else if (len == 15 && t.startsWith("0086", s)) {
                    p = s + 4;
                }
                if (p >= 0 && t.charAt(p) == '1' && t.charAt(p + 1) >= '3') {
                    hits.add(Detectors.hit(nz, t.substring(p, i), Category.CONTACT, Severity.HIGH, "phone", s, i));
                }
            }
            if (len >= 5 && len <= 11) {
                int trig = qqTriggerBefore(nz, t, s);
                if (trig >= 0) {
                    hits.add(Detectors.hit(nz, t.substring(s, i), Category.CONTACT, Severity.HIGH, "qq", trig, i));
                }
            }
        }
    }

    /** Start of a QQ trigger that ends at {@code pos} or a few filler chars before it, else -1. */
    private static int qqTriggerBefore(Normalized nz, String t, int pos) {
        for (int skipped = 0; skipped <= 4 && pos > 0; skipped++) {
            for (String trigger : nz.variants().qqTriggers()) {
                int at = pos - trigger.length();
                if (at >= 0 && t.startsWith(trigger, at)) {
                    if (Detectors.insideWord(nz, t, at, trigger)) {
                        continue;
                    }
                    return at;
                }
            }
            if (QQ_FILLER.indexOf(t.charAt(pos - 1)) < 0) {
                return -1;
            }
            pos--;
        }
        return -1;
    }
}
