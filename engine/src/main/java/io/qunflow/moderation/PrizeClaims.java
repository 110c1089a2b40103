package io.qunflow.moderation;

import java.util.List;

/**
 * A prize scam: "恭喜您中了我们公司的特别大奖……您只需支付一小笔手续费", "恭喜你被抽中一等奖，领奖请加…". The
 * reader told they have won (kind {@code prize-won} of rules/lexicon/variants/cues.csv: 恭喜您,
 * 您中了, 被抽中) with a prize within {@link #WON_TO_PRIZE} after it (kind {@code prize}: 大奖, 等奖,
 * 奖金, 奖品), then, within {@link #WON_TO_ASK} of the announcement, what the scam asks before it
 * pays out (kind {@code prize-ask}: 手续费, 税费, 身份证号, 银行卡号, 联系方式, 领奖请加).
 *
 * <p>A prize announced by a caller who introduces themselves as a body that never tells anyone they
 * won is a prize scam without an ask: a self-introduction (kind {@code self-intro}: 这里是, 我是) with
 * such a body within {@link Impersonations#INTRO_TO_AUTHORITY} after it (kind {@code prize-caller}:
 * 彩票中心, 彩票管理中心), and the announcement within {@link #CALLER_TO_WON} after the body: "这里是国家
 * 彩票中心，恭喜您，您中了本期彩票的一等奖". Lottery centres publish the draw; the winner goes to them.
 *
 * <p>A prize worth a fortune needs no ask either: within {@link #PRIZE_TO_FORTUNE} of the prize, an
 * amount of {@link #FORTUNE} or more in money (a {@code price-unit}, {@code price} or {@code plain-money}
 * cue right after it: 元, 美元, 现金): "恭喜您中了本期的特等奖，奖金高达五百万元", "恭喜你……价值500,000元的彩票大奖".
 * No shop's draw pays that; a scam's opening names it to keep the reader on the line. A prize named by
 * what it is (年会大奖是一辆20万的车) is no sum of money.
 *
 * <p>Each part alone is everyday: a shop's real draw tells the winner where to collect ("恭喜你中了一等奖，
 * 周末来店里领"), members congratulate each other ("恭喜中奖!"), a service asks for a phone number,
 * and a member reads the draw on the lottery centre's site ("彩票中心公布了，恭喜你中了大奖": no one
 * introduces themselves as the centre). A message holding a warning against fraud (kind {@code
 * fraud-warning}: 防骗, 骗子, 别信) tells of the scheme rather than runs it.
 */
final class PrizeClaims {

    /** How far (canonical chars) the prize may be from the announcement: "恭喜您中得了我们这次的特别大奖". */
    static final int WON_TO_PRIZE = 30;
    /** How far (canonical chars) from the start of the announcement the ask may end: a few sentences. */
    static final int WON_TO_ASK = 200;
    /** How far (canonical chars) after the prize caller the announcement may begin: "……彩票中心的工作人员，恭喜您". */
    static final int CALLER_TO_WON = 60;
    /** How far (canonical chars) either side of the prize its amount may be: "奖金高达5百万元", "1百万现金大奖". */
    static final int PRIZE_TO_FORTUNE = 12;
    /** A prize no shop's draw pays, in yuan (or any currency: 100万美元 is more). */
    static final long FORTUNE = 100_000;

    private PrizeClaims() {}

    /** Adds one hit for the first prize scam in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.PRIZE_WON) || !cues.any(Cue.Kind.PRIZE) || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        boolean asks = cues.any(Cue.Kind.PRIZE_ASK);
        boolean called = cues.any(Cue.Kind.SELF_INTRO) && cues.any(Cue.Kind.PRIZE_CALLER);
        if (!asks && !called && nz.digits() == 0) {
            return;
        }
        for (int won = 0; won < cues.size(); won++) {
            if (!cues.is(won, Cue.Kind.PRIZE_WON)) {
                continue;
            }
            int begin = cues.begin(won);
            int prize = cues.firstAfter(cues.end(won), Cue.Kind.PRIZE, cues.end(won) + WON_TO_PRIZE);
            if (prize < 0) {
                continue;
            }
            String t = nz.text();
            int ask = asks ? cues.firstAfter(cues.end(prize), Cue.Kind.PRIZE_ASK, begin + WON_TO_ASK) : -1;
            if (ask >= 0) {
                String term = t.substring(begin, cues.end(prize)) + "+" + t.substring(cues.begin(ask), cues.end(ask));
                hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "prize-claim", begin, cues.end(ask)));
                return;
            }
            int intro = called ? introducedCaller(cues, begin) : -1;
            if (intro >= 0) {
                int from = cues.begin(intro);
                String term = t.substring(from, begin) + "+" + t.substring(begin, cues.end(prize));
                hits.add(
                        Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "prize-claim", from, cues.end(prize)));
                return;
            }
            int fortune = fortuneNear(t, cues, cues.begin(prize), cues.end(prize));
            if (fortune >= 0) {
                String amount = t.substring(
                        fortune, PayRates.Amount.at(t, fortune, t.length()).end());
                String term = t.substring(begin, cues.end(prize)) + "+" + amount;
                int end = Math.max(cues.end(prize), fortune + amount.length());
                hits.add(Detectors.hit(
                        nz, term, Category.FRAUD, Severity.SEVERE, "prize-claim", Math.min(begin, fortune), end));
                return;
            }
        }
    }

    /**
     * Where an amount of at least {@link #FORTUNE} begins within {@link #PRIZE_TO_FORTUNE} of the
     * prize at {@code [begin, end)}, with money named right after it, or -1: read as a pay rate's
     * amount is ({@link PayRates.Amount}: 5百万 is five million).
     */
    private static int fortuneNear(String t, CueHits cues, int begin, int end) {
        int from = Math.max(0, begin - PRIZE_TO_FORTUNE);
        int to = Math.min(t.length(), end + PRIZE_TO_FORTUNE);
        for (int k = from; k < to; k++) {
            if (!Detectors.isDigit(t.charAt(k)) || k > 0 && Detectors.isDigit(t.charAt(k - 1))) {
                continue;
            }
            PayRates.Amount amount = PayRates.Amount.at(t, k, t.length());
            if (amount != null && amount.value() >= FORTUNE && moneyAt(cues, amount.end())) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a cue saying money (元, 美元, 现金) begins at {@code at}. */
    private static boolean moneyAt(CueHits cues, int at) {
        for (int q = cues.firstEndingFrom(at + 1); q < cues.size() && cues.end(q) <= at + cues.longest(); q++) {
            if (cues.begin(q) == at
                    && (cues.is(q, Cue.Kind.PRICE_UNIT)
                            || cues.is(q, Cue.Kind.PRICE)
                            || cues.is(q, Cue.Kind.PLAIN_MONEY))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The self-introduction, if any, that names a prize caller right after it, the caller ending
     * within {@link #CALLER_TO_WON} before {@code announcement}; -1 for none.
     */
    private static int introducedCaller(CueHits cues, int announcement) {
        for (int intro = 0; intro < cues.size(); intro++) {
            if (!cues.is(intro, Cue.Kind.SELF_INTRO) || cues.end(intro) > announcement) {
                continue;
            }
            int caller = cues.firstAfter(
                    cues.end(intro), Cue.Kind.PRIZE_CALLER, cues.end(intro) + Impersonations.INTRO_TO_AUTHORITY);
            if (caller >= 0 && cues.end(caller) <= announcement && announcement - cues.end(caller) <= CALLER_TO_WON) {
                return intro;
            }
        }
        return -1;
    }
}
