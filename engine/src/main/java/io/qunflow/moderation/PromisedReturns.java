package io.qunflow.moderation;

import java.util.List;

/**
 * A return no honest product promises: "年化收益率高达百分之二十", "月收益百分之五", "日收益0.8%",
 * "回报率可以达到百分之三十以上". A return cue that names its period (kinds {@code return-per-year}
 * 年化收益, {@code return-per-month} 月收益, {@code return-per-day} 日收益 of
 * rules/lexicon/variants/cues.csv) with a percentage right after it ("年化收益率在15%左右") or right
 * before it ("百分之十八的年化收益") at or above the period's threshold; or a return whose period
 * goes unsaid (kind {@code return}: 收益, 回报) at or above {@link #MIN_UNSTATED} with a promise word
 * (kind {@code return-promise}: 高达, 可以达到, 以上) between them or right after the rate; with a period
 * right before the rate (kinds {@code per-month}, {@code per-day}: 每月, 每天), that period's threshold
 * ("收益率可以达到每月百分之十").
 *
 * <p>A return called high without a figure (kind {@code return-high}: 非常高, 相当可观, 远超) within
 * {@link #CUE_TO_RATE} after a return cue is a promise too when an investment is pitched within
 * {@link #PITCH_NEAR} of it (kind {@code investment-pitch}: 投资项目, 投资机会): "我们最新的投资项目，
 * 回报率非常高". Alone, 收益非常高 is a member talking about their fund, and a bank's 理财产品 is no pitch
 * word: banks post their own products in their customer groups.
 *
 * <p>The words alone are everyday marketing and news: a bank's 年化收益3.5%, 余额宝年化2%, "基金过去
 * 一年涨了15%", "这个月业绩增长20%"; only a rate a deposit or fund does not reach, offered as what the
 * reader will earn, is the investment-fraud pitch. Loan rates (利率, 月息) are left out: a loan's
 * interest is what someone pays, not a return promised. A message that warns against fraud (kind
 * {@code fraud-warning}: 防骗, 别信) tells of the pitch rather than makes it.
 *
 * <p>Rates are in hundredths of a percent. The normaliser drops '%' and '.' (3.5% reads 35), so a
 * rate written in digits is read back from the original; one written 百分之… is read on the
 * canonical text, where 一 to 九 and 零 are digits already (百分之二十五 is 百分之2十5).
 */
final class PromisedReturns {

    /** A yearly return from this much up (10 %): no deposit or money-market fund pays it. */
    static final long MIN_PER_YEAR = 1_000;
    /** A monthly one (2 %). */
    static final long MIN_PER_MONTH = 200;
    /** A daily one (0.5 %). */
    static final long MIN_PER_DAY = 50;
    /** A return of unsaid period, promised (15 %). */
    static final long MIN_UNSTATED = 1_500;
    /** At most this many canonical chars between a return cue and its rate: "收益率可以达到". */
    static final int CUE_TO_RATE = 8;
    /** How far (canonical chars) an investment pitch may be from a return called high: a sentence or two. */
    static final int PITCH_NEAR = 80;
    /** How far after the rate a promise word may begin: the 以上 of "百分之三十以上". */
    private static final int AFTER_RATE = 2;

    private PromisedReturns() {}

    /** Adds one hit for the first promised return in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.RETURN_PER_YEAR)
                        && !cues.any(Cue.Kind.RETURN_PER_MONTH)
                        && !cues.any(Cue.Kind.RETURN_PER_DAY)
                        && !cues.any(Cue.Kind.RETURN)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        String t = nz.text();
        for (int i = 0; i < cues.size(); i++) {
            long minimum = minimumFor(cues, i);
            if (minimum == 0) {
                continue;
            }
            boolean periodSaid = minimum != MIN_UNSTATED;
            Percentages.Rate rate = rateAfter(nz, cues.end(i));
            long needed = periodSaid || rate == null ? minimum : minimumForPeriodBefore(cues, rate.begin());
            if (rate != null
                    && rate.hundredths() >= needed
                    && (periodSaid || promised(t, nz.variants().returnPromises(), cues.end(i), rate))) {
                hits.add(hit(nz, cues, i, rate, cues.begin(i), rate.end()));
                return;
            }
            rate = periodSaid ? rateBefore(nz, cues.begin(i)) : null;
            if (rate != null && rate.hundredths() >= minimum) {
                hits.add(hit(nz, cues, i, rate, rate.begin(), cues.end(i)));
                return;
            }
        }
        if (cues.any(Cue.Kind.RETURN_HIGH) && cues.any(Cue.Kind.INVESTMENT_PITCH)) {
            calledHigh(nz, cues, hits);
        }
    }

    /** "投资项目……回报率非常高": a return called high, with an investment pitched near by; one hit at most. */
    private static void calledHigh(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        for (int i = 0; i < cues.size(); i++) {
            if (minimumFor(cues, i) == 0) {
                continue;
            }
            int high = cues.firstAfter(cues.end(i), Cue.Kind.RETURN_HIGH, cues.end(i) + CUE_TO_RATE + cues.longest());
            if (high < 0 || cues.begin(high) - cues.end(i) > CUE_TO_RATE) {
                continue;
            }
            int from = Math.max(0, cues.begin(i) - PITCH_NEAR);
            int until = cues.end(high) + PITCH_NEAR;
            for (int p = cues.firstEndingFrom(from); p < cues.size() && cues.end(p) <= until + cues.longest(); p++) {
                if (cues.is(p, Cue.Kind.INVESTMENT_PITCH) && cues.begin(p) <= until) {
                    String term =
                            t.substring(cues.begin(i), cues.end(high)) + "+" + t.substring(cues.begin(p), cues.end(p));
                    hits.add(Detectors.hit(
                            nz,
                            term,
                            Category.FRAUD,
                            Severity.MEDIUM,
                            "promised-return",
                            cues.begin(i),
                            cues.end(high)));
                    return;
                }
            }
        }
    }

    /**
     * The threshold for a promised return of unsaid period whose rate, at {@code rateBegin}, has a
     * period right before it ("收益率可以达到每月百分之十": a month's, per-month cue 每月); otherwise
     * {@link #MIN_UNSTATED}.
     */
    private static long minimumForPeriodBefore(CueHits cues, int rateBegin) {
        for (int q = cues.firstEndingFrom(rateBegin); q < cues.size() && cues.end(q) == rateBegin; q++) {
            if (cues.is(q, Cue.Kind.PER_MONTH)) {
                return MIN_PER_MONTH;
            }
            if (cues.is(q, Cue.Kind.PER_DAY)) {
                return MIN_PER_DAY;
            }
        }
        return MIN_UNSTATED;
    }

    private static long minimumFor(CueHits cues, int i) {
        if (cues.is(i, Cue.Kind.RETURN_PER_YEAR)) {
            return MIN_PER_YEAR;
        }
        if (cues.is(i, Cue.Kind.RETURN_PER_MONTH)) {
            return MIN_PER_MONTH;
        }
        if (cues.is(i, Cue.Kind.RETURN_PER_DAY)) {
            return MIN_PER_DAY;
        }
        return cues.is(i, Cue.Kind.RETURN) ? MIN_UNSTATED : 0;
    }

    /**
     * The term reads the cue and the rate as a percentage (年化收益+20%); the evidence spans both,
     * with the percent sign that normalising dropped after a rate at its end (年收益率高达30%).
     */
    private static Hit hit(Normalized nz, CueHits cues, int i, Percentages.Rate rate, int begin, int end) {
        String term = nz.text().substring(cues.begin(i), cues.end(i)) + "+" + rate.percent();
        Hit hit = Detectors.hit(nz, term, Category.FRAUD, Severity.MEDIUM, "promised-return", begin, end);
        String original = nz.original();
        int sign = hit.end();
        while (end == rate.end() && sign < original.length() && Character.isWhitespace(original.charAt(sign))) {
            sign++;
        }
        if (end != rate.end() || sign == original.length() || "%％".indexOf(original.charAt(sign)) < 0) {
            return hit;
        }
        return new Hit(
                hit.term(),
                hit.category(),
                hit.severity(),
                hit.detector(),
                original.substring(hit.start(), sign + 1),
                hit.matchedNormalized(),
                hit.start(),
                sign + 1);
    }

    /** A promise word between the cue and the rate, or starting right after the rate. */
    private static boolean promised(String t, List<String> promises, int cueEnd, Percentages.Rate rate) {
        int until = Math.min(t.length(), rate.end() + AFTER_RATE);
        for (int at = cueEnd; at < until; at++) {
            if (at == rate.begin()) {
                at = rate.end();
            }
            if (at < until && Detectors.wordAt(t, at, promises) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first number within {@link #CUE_TO_RATE} after {@code from}, if it is a percentage; else null. */
    private static Percentages.Rate rateAfter(Normalized nz, int from) {
        String t = nz.text();
        int until = Math.min(t.length(), from + CUE_TO_RATE + 1);
        for (int at = from; at < until; at++) {
            if (t.startsWith(Percentages.PERCENT_OF, at)) {
                return Percentages.writtenOut(t, at);
            }
            if (Detectors.isDigit(t.charAt(at))) {
                return Percentages.inDigits(nz, at);
            }
        }
        return null;
    }

    /** A percentage ending right before {@code end}, or before the 的 there: "百分之十八的年化收益", "20%的年收益". */
    private static Percentages.Rate rateBefore(Normalized nz, int end) {
        String t = nz.text();
        if (end > 0 && t.charAt(end - 1) == '的') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start <= Percentages.MAX_DIGITS && Detectors.isDigit(t.charAt(start - 1))) {
            start--;
        }
        Percentages.Rate rate = start < end ? Percentages.inDigits(nz, start) : null;
        // 百分之 is looked for near the cue only, so a long message of cues stays linear
        for (int at = end - Percentages.PERCENT_OF.length();
                rate == null && at >= Math.max(0, end - Percentages.PERCENT_OF.length() - CUE_TO_RATE);
                at--) {
            if (t.startsWith(Percentages.PERCENT_OF, at)) {
                rate = Percentages.writtenOut(t, at);
            }
        }
        return rate != null && rate.end() == end ? rate : null;
    }
}
