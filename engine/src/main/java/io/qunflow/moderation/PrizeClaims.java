package io.qunflow.moderation;

import java.util.List;

/**
 * A prize scam: "恭喜您中了我们公司的特别大奖……您只需支付一小笔手续费", "恭喜你被抽中一等奖，领奖请加…". The
 * reader told they have won (kind {@code prize-won} of rules/lexicon/variants/cues.csv: 恭喜您,
 * 您中了, 被抽中) with a prize within {@link #WON_TO_PRIZE} after it (kind {@code prize}: 大奖, 等奖,
 * 奖金, 奖品), then, within {@link #WON_TO_ASK} of the announcement, what the scam asks before it
 * pays out (kind {@code prize-ask}: 手续费, 税费, 身份证号, 银行卡号, 联系方式, 领奖请加).
 *
 * <p>Each part alone is everyday: a shop's real draw tells the winner where to collect ("恭喜你中了一等奖，
 * 周末来店里领"), members congratulate each other ("恭喜中奖!"), and a service asks for a phone
 * number. A message holding a warning against fraud (kind {@code fraud-warning}: 防骗, 骗子, 别信)
 * tells of the scheme rather than runs it.
 */
final class PrizeClaims {

    /** How far (canonical chars) the prize may be from the announcement: "恭喜您中得了我们这次的特别大奖". */
    static final int WON_TO_PRIZE = 30;
    /** How far (canonical chars) from the start of the announcement the ask may end: a few sentences. */
    static final int WON_TO_ASK = 200;

    private PrizeClaims() {}

    /** Adds one hit for the first prize scam in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.PRIZE_WON)
                || !cues.any(Cue.Kind.PRIZE)
                || !cues.any(Cue.Kind.PRIZE_ASK)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
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
            int ask = cues.firstAfter(cues.end(prize), Cue.Kind.PRIZE_ASK, begin + WON_TO_ASK);
            if (ask < 0) {
                continue;
            }
            String t = nz.text();
            String term = t.substring(begin, cues.end(prize)) + "+" + t.substring(cues.begin(ask), cues.end(ask));
            hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "prize-claim", begin, cues.end(ask)));
            return;
        }
    }
}
