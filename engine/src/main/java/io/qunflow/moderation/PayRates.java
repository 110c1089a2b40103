package io.qunflow.moderation;

import java.util.List;

/**
 * Recruitment by pay rate: "一小时800来", "日入500 有意私", "288一个小时 接单吗", "一天两千起 招人".
 * A period (per-hour, per-day, per-month cues of rules/lexicon/variants/cues.csv) right beside an
 * amount that is high for it, with a word near by that makes it an offer (kind {@code pay-offer}:
 * 来, 私, 招, 有意…) and none that makes it money paid out (kind {@code spending}: 预算, 房租, 花).
 * Each part alone is everyday chat: a month's rent, a daily step count, a budget, someone telling
 * the group to come along; an hourly rate of a hundred yuan or more offered to whoever comes is how
 * the pay-for-nothing jobs (刷单, 陪聊, 跑分) recruit.
 *
 * <p>Read on the canonical text, where Chinese numerals one to nine are already digits (一小时 is
 * 1小时), so an amount is digits, or 两/俩/仨/几, then any of 十 百 千 万 w k. Words between the
 * period and the amount (kind {@code pay-filler}: 稳定, 就结, 轻松) are passed over; a unit that is
 * not money after the amount (kind {@code not-money}: 步, 次, 人, 单) means it counts something else.
 *
 * <p>Why this class is one: a rate written period first (一小时800), amount first (800一小时), with
 * its unit before the period or with a slash (800/小时) is read by scans that must share the amount
 * reading, the fillers, the offer and spending words around it and the everyday phrases that
 * silence an offer word; split, each would carry a copy of those or reach into another's.
 */
final class PayRates {

    /** An hourly rate from this much up is no wage a group member offers in passing. */
    static final long MIN_PER_HOUR = 100;
    /** A daily one from this much up. */
    static final long MIN_PER_DAY = 300;
    /** A monthly one from this much up (a month's rent stays below it; 月入过万 does not). */
    static final long MIN_PER_MONTH = 10_000;
    /** How far (canonical chars) the word that makes it an offer may be from the rate. */
    static final int NEAR = 16;
    /** At most this many filler words between a period and its amount. */
    private static final int MAX_FILLERS = 2;

    private PayRates() {}

    /** Adds one hit for the first pay rate offered in the message, if any; answers whether it did. */
    static boolean find(Normalized nz, CueHits cues, List<Hit> hits) {
        Variants words = nz.variants();
        String t = nz.text();
        for (int i = 0; i < cues.size(); i++) {
            long minimum = minimumFor(cues, i);
            if (minimum == 0 || partOfALargerNumber(nz, cues.begin(i))) {
                continue;
            }
            int[] span = rateAfter(t, words, cues, i, minimum);
            if (span == null) {
                span = amountEndingAt(t, cues.begin(i), cues.end(i), minimum);
            }
            if (span == null) {
                span = amountWithItsUnitBefore(t, words, cues, i, minimum);
            }
            if (offered(nz, cues, span, hits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "3000/天 起 有需求私", "500/h，想做的来": a rate written with a slash, which normalising drops
     * (and 3000天 alone counts days). The char right after the slash names the period. Adds one hit
     * for the first such rate offered, if any.
     */
    static void findWrittenWithASlash(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        for (int at = 1; at < t.length(); at++) {
            long minimum = slashedPeriodMinimum(nz, at);
            if (minimum > 0 && offered(nz, null, amountEndingAt(t, at, at + 1, minimum), hits)) {
                return;
            }
        }
    }

    private static long slashedPeriodMinimum(Normalized nz, int at) {
        long minimum = switch (nz.text().charAt(at)) {
            case 'h' -> MIN_PER_HOUR;
            case '天', '日' -> MIN_PER_DAY;
            case '月' -> MIN_PER_MONTH;
            default -> 0;
        };
        if (minimum == 0) {
            return 0;
        }
        String original = nz.original();
        int before = nz.originalStart(at) - 1;
        while (before >= 0 && Character.isWhitespace(original.charAt(before))) {
            before--;
        }
        return before >= 0 && (original.charAt(before) == '/' || original.charAt(before) == '／') ? minimum : 0;
    }

    /**
     * Adds the hit when the rate at the span is offered (an offer word near by, not inside an
     * everyday phrase of the message's {@code cues}, which may be null: the 带 of 带娃 offers nothing,
     * nor the 加 of 参加 or 增加; and no spending word outside such a phrase: the 费用 of 不需要任何费用 pays
     * nothing out).
     */
    private static boolean offered(Normalized nz, CueHits cues, int[] span, List<Hit> hits) {
        Variants words = nz.variants();
        String t = nz.text();
        if (span == null) {
            return false;
        }
        CueWordList.Skip everyday = (b, e) ->
                TextScreener.jiaOfAnEverydayWord(t, b) || cues != null && cues.insideEveryday(b, e, span[0], span[1]);
        int from = Math.max(0, span[0] - NEAR);
        int to = Math.min(t.length(), span[1] + NEAR);
        if (!words.payOffers().anyWithin(t, from, to, everyday)
                || words.spending().anyWithin(t, from, to, everyday)) {
            return false;
        }
        hits.add(Detectors.hit(
                nz, t.substring(span[0], span[1]), Category.SCAM, Severity.MEDIUM, "pay-rate", span[0], span[1]));
        return true;
    }

    private static long minimumFor(CueHits cues, int i) {
        if (cues.is(i, Cue.Kind.PER_HOUR)) {
            return MIN_PER_HOUR;
        }
        if (cues.is(i, Cue.Kind.PER_DAY)) {
            return MIN_PER_DAY;
        }
        return cues.is(i, Cue.Kind.PER_MONTH) ? MIN_PER_MONTH : 0;
    }

    /**
     * A period cue whose first char is a digit the writer typed (not 一 folded to 1) right after
     * another digit is the end of a count: 11天, 21个月.
     */
    private static boolean partOfALargerNumber(Normalized nz, int begin) {
        String t = nz.text();
        if (begin == 0 || !isDigit(t.charAt(begin)) || !isDigit(t.charAt(begin - 1))) {
            return false;
        }
        return isDigit(nz.original().charAt(nz.originalStart(begin)));
    }

    /** "1小时800", "每天稳定1000", "月过万": the amount after the period, fillers passed over; {begin, end} or null. */
    private static int[] rateAfter(String t, Variants words, CueHits cues, int i, long minimum) {
        int begin = cues.begin(i);
        long count = countBefore(t, begin);
        if (count > 1) {
            return null; // 2小时300: a duration and what it costs, not a rate (1小时800 is one)
        }
        if (count == 1) {
            begin--;
        }
        int at = cues.end(i);
        for (int skipped = 0; skipped < MAX_FILLERS; skipped++) {
            String filler = Detectors.wordAt(t, at, words.payFillers());
            if (filler == null) {
                break;
            }
            at += filler.length();
        }
        Amount amount = upToTheHigherEnd(t, Amount.at(t, at, t.length()));
        if (amount == null || amount.value() < minimum || words.notMoney().at(t, amount.end()) != null) {
            return null;
        }
        return new int[] {begin, amount.end()};
    }

    /**
     * A range ("一天三到四千", "一小时50至200") is what the offer promises at its higher end, so it
     * is weighed there; a count after it still makes it something else (每天3到5单). So is the idiom
     * of a vague amount and the next order up, 上 and a bare multiplier (月入几千上万, 每天几百上千).
     */
    private static Amount upToTheHigherEnd(String t, Amount lower) {
        if (lower == null || lower.end() + 1 >= t.length()) {
            return lower;
        }
        char joint = t.charAt(lower.end());
        boolean nextOrderUp = joint == '上' && Amount.multiplier(t.charAt(lower.end() + 1)) > 0;
        if (joint != '到' && joint != '至' && !nextOrderUp) {
            return lower;
        }
        Amount higher = Amount.at(t, lower.end() + 1, t.length());
        return higher == null ? lower : new Amount(Math.max(lower.value(), higher.value()), higher.end());
    }

    /**
     * "2881个小时" (288一个小时), "1k每天", "3000/天": the amount right before a period that starts at
     * {@code end} and ends at {@code periodEnd}; {begin, end} or null.
     */
    private static int[] amountEndingAt(String t, int end, int periodEnd, long minimum) {
        int start = end;
        while (start > 0 && Amount.isPart(t.charAt(start - 1))) {
            start--;
        }
        Amount amount = start < end ? Amount.at(t, start, end) : null;
        if (amount == null || amount.end() != end || amount.value() < minimum) {
            return null;
        }
        return new int[] {start, periodEnd};
    }

    /**
     * "150u小时", "300元一小时": the amount before a period with its money unit (kind {@code
     * price-unit}: 元, 块, r, u) between them; a unit that also counts something (米, 张) is left
     * out. Looks only at the cues that end where this period, or the 1 before it, begins; {begin,
     * end} or null.
     */
    private static int[] amountWithItsUnitBefore(String t, Variants words, CueHits cues, int i, long minimum) {
        int begin = cues.begin(i);
        if (begin > 0 && t.charAt(begin - 1) == '1') {
            begin--; // 一小时 is 1小时, the period the trie found the 小时 of
        }
        for (int j = i - 1; j >= 0 && cues.end(j) >= begin; j--) {
            if (cues.end(j) == begin
                    && cues.is(j, Cue.Kind.PRICE_UNIT)
                    && words.notMoney().at(t, cues.begin(j)) == null) {
                int[] span = amountEndingAt(t, cues.begin(j), cues.end(i), minimum);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    /** The number written right before a period (2 for 2小时 and 两小时), or -1 for none. */
    private static long countBefore(String t, int begin) {
        int start = begin;
        while (start > 0 && Amount.isPart(t.charAt(start - 1))) {
            start--;
        }
        Amount count = start < begin ? Amount.at(t, start, begin) : null;
        return count == null ? -1 : count.value();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * An amount in canonical text: digits or 两/俩/仨/几 (or nothing before a multiplier: 万 is
     * ten thousand), the letter o for a zero after digits (7oo), a 个 passed over before a w or a k (两个w, 几个k), then the multipliers 十 百 千 万 (佰 仟 柏 萬 w k) in a row;
     * after a ten, the units digit and the multipliers of the whole (十五万 is 十5万 on the canonical text: 150,000).
     */
    record Amount(long value, int end) {

        private static final long CAP = 1_000_000_000_000L;

        static boolean isPart(char c) {
            return isDigit(c) || c == 'o' || leading(c) > 0 || multiplier(c) > 0;
        }

        /**
         * "7oo", "5oo": the letter o written for a zero after digits, as pay ads write it to slip past
         * a filter. Only a run of o that ends the word counts (10ok and 2oops are words); answers how
         * many o there are, 0 for none.
         */
        private static int lettersForZero(String t, int at, int limit) {
            int end = at;
            while (end < limit && t.charAt(end) == 'o') {
                end++;
            }
            boolean wordGoesOn = end < limit && t.charAt(end) >= 'a' && t.charAt(end) <= 'z';
            return wordGoesOn ? 0 : end - at;
        }

        /** The amount starting at {@code at} and ending by {@code limit}, or null for none. */
        static Amount at(String t, int at, int limit) {
            int i = at;
            long value = 0;
            boolean digits = false;
            while (i < limit && isDigit(t.charAt(i)) && value < CAP) {
                value = value * 10 + (t.charAt(i) - '0');
                digits = true;
                i++;
            }
            int zeros = digits ? lettersForZero(t, i, limit) : 0;
            for (int z = 0; z < zeros && value < CAP; z++) {
                value *= 10;
                i++;
            }
            if (!digits && i < limit && leading(t.charAt(i)) > 0) {
                value = leading(t.charAt(i));
                digits = true;
                i++;
            }
            if (digits && slangThousandsAfterGe(t, i, limit)) {
                i++; // 2个w, 几个k: the slang counts tens of thousands and thousands as things
            }
            boolean multiplied = false;
            long last = 0;
            while (i < limit && multiplier(t.charAt(i)) > 0 && value < CAP) {
                last = multiplier(t.charAt(i));
                value = (digits || multiplied ? value : 1) * last;
                multiplied = true;
                i++;
            }
            if (last == 10 && i < limit && isDigit(t.charAt(i)) && (i + 1 == limit || !isDigit(t.charAt(i + 1)))) {
                value += t.charAt(i) - '0'; // 十5万, 2十5: the units after a ten, then what multiplies them
                i++;
                while (i < limit && multiplier(t.charAt(i)) > 10 && value < CAP) {
                    value *= multiplier(t.charAt(i));
                    i++;
                }
            }
            return digits || multiplied ? new Amount(value, i) : null;
        }

        /**
         * "2个w", "几个k": a 个 right before a w or a k that ends the word. Only the latin letters: 两个千纸鹤
         * counts paper cranes, and 两个kg or 两个kfc are no money.
         */
        private static boolean slangThousandsAfterGe(String t, int at, int limit) {
            if (at + 1 >= limit || t.charAt(at) != '个' || t.charAt(at + 1) != 'w' && t.charAt(at + 1) != 'k') {
                return false;
            }
            return at + 2 >= limit || t.charAt(at + 2) < 'a' || t.charAt(at + 2) > 'z';
        }

        private static int leading(char c) {
            return switch (c) {
                case '两', '俩' -> 2;
                case '仨' -> 3;
                case '几' -> 5;
                default -> 0;
            };
        }

        static long multiplier(char c) {
            return switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰', '柏' -> 100;
                case '千', '仟', 'k' -> 1_000;
                case '万', '萬', 'w' -> 10_000;
                default -> 0;
            };
        }
    }
}
