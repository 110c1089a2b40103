package io.qunflow.moderation;

import java.util.List;

/**
 * A gambling platform's deposit bonus (the {@code deposit-bonus} detector): a deposit word and a
 * bonus word (kind {@code bet-pitch} of rules/lexicon/variants/cues.csv), each with an amount right
 * after it, the amounts read as such ads write them to slip past a filter. A shop's or a bank's
 * offer (会员充500送50, 存5万送200, 满100送50) is none; see {@link #find}.
 */
final class DepositBonuses {

    /** At most this many characters between a deposit (with its unit) and its bonus: 立得, 再送. */
    static final int BONUS_GAP = 2;
    /** A deposit bonus is at least this share (one in so many) of the deposit: 100送38, not 5万送200. */
    static final long BONUS_SHARE = 4;

    private DepositBonuses() {}

    /**
     * "存100送38", "冲I00宋I00", "1b宋1b", "首充100送100": a gambling platform's deposit bonus, two
     * pitch words (kind {@code bet-pitch}: a deposit, 存, 冲, 首充, and a bonus, 送, 宋, 赠, 得), each with
     * an amount right after it, at most {@link #BONUS_GAP} characters apart (立得, 再送), the bonus at
     * least a {@link #BONUS_SHARE}th of the deposit. A casino matches a deposit, as a shop or a bank does
     * not: 存5万送200 and a count after either amount (存2箱送1箱) are no bonus; the plain 充 of a shop's
     * card or a phone top-up (会员充500送50, 话费充100送100) is no pitch word at all. The amounts are read
     * as such ads write them to slip past a filter: I or l for a one before digits (I00), o for a zero
     * after one, and b for a hundred (1b); an amount written so right before a bonus word is the deposit
     * even without its word (1b宋1b), while 满100送50 and 100送100 are a shop's.
     */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        // A member asking whether such an offer is real (冲一百送一百是真的吗，像骗子) tells of it, as a warning does.
        if (!cues.any(Cue.Kind.BET_PITCH) || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        String t = nz.text();
        Variants words = nz.variants();
        for (int p = 0; p < cues.size(); p++) {
            long[] deposit = cues.is(p, Cue.Kind.BET_PITCH) ? bonusAmount(t, words, cues.end(p)) : null;
            if (deposit == null) {
                continue;
            }
            int after = unitAfter(cues, p, (int) deposit[1]);
            for (int q = p + 1; q < cues.size() && cues.begin(q) <= after + BONUS_GAP; q++) {
                if (cues.begin(q) < after
                        || !cues.is(q, Cue.Kind.BET_PITCH)
                        || t.regionMatches(cues.begin(p), t, cues.begin(q), cues.end(q) - cues.begin(q))) {
                    continue;
                }
                long[] bonus = bonusAmount(t, words, cues.end(q));
                if (bonus != null && bonus[0] * BONUS_SHARE >= deposit[0]) {
                    String term = t.substring(cues.begin(p), (int) deposit[1]) + "+"
                            + t.substring(cues.begin(q), (int) bonus[1]);
                    hits.add(Detectors.hit(
                            nz, term, Category.GAMBLING, Severity.MEDIUM, "deposit-bonus", cues.begin(p), (int)
                                    bonus[1]));
                    return;
                }
            }
        }
        if (signUpBonus(nz, cues, hits)) {
            return;
        }
        for (int q = 0; q < cues.size(); q++) {
            long[] deposit = cues.is(q, Cue.Kind.BET_PITCH) ? dodgedAmountEndingAt(t, words, cues.begin(q)) : null;
            long[] bonus = deposit == null ? null : bonusAmount(t, words, cues.end(q));
            if (bonus != null && bonus[0] * BONUS_SHARE >= deposit[0]) {
                int begin = (int) deposit[3];
                String term = t.substring(begin, cues.begin(q)) + "+" + t.substring(cues.begin(q), (int) bonus[1]);
                hits.add(Detectors.hit(
                        nz, term, Category.GAMBLING, Severity.MEDIUM, "deposit-bonus", begin, (int) bonus[1]));
                return;
            }
        }
    }

    /**
     * "注册送28", "注册就松28", "注册就送50找我拿": a sign-up (kind {@code sign-up}) with a bonus word
     * (kind {@code bet-pitch}) right after it and an amount with no unit, which ends the message or
     * runs into a private-chat ask: a casino pays its credit in bare numbers, while a shop names what
     * it gives (注册送28元券, 注册送20积分) and a member telling of one goes on (注册送28的都是骗人的).
     */
    private static boolean signUpBonus(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.SIGN_UP)) {
            return false;
        }
        String t = nz.text();
        for (int s = 0; s < cues.size(); s++) {
            if (!cues.is(s, Cue.Kind.SIGN_UP)) {
                continue;
            }
            int at = cues.end(s);
            for (int q = cues.firstEndingFrom(at + 1); q < cues.size() && cues.end(q) <= at + cues.longest(); q++) {
                long[] bonus = cues.begin(q) == at && cues.is(q, Cue.Kind.BET_PITCH)
                        ? bonusAmount(t, nz.variants(), cues.end(q))
                        : null;
                if (bonus != null && (bonus[1] == t.length() || privateChatAt(cues, (int) bonus[1]))) {
                    String term =
                            t.substring(cues.begin(s), cues.end(s)) + "+" + t.substring(cues.begin(q), (int) bonus[1]);
                    hits.add(Detectors.hit(
                            nz, term, Category.GAMBLING, Severity.MEDIUM, "deposit-bonus", cues.begin(s), (int)
                                    bonus[1]));
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a private-chat ask (找我, 私我) starts at {@code at}. */
    private static boolean privateChatAt(CueHits cues, int at) {
        for (int u = cues.firstEndingFrom(at + 1); u < cues.size() && cues.end(u) <= at + cues.longest(); u++) {
            if (cues.begin(u) == at && cues.is(u, Cue.Kind.PRIVATE_CHAT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "1b宋1b": a deposit whose word is left out, the amount alone before the bonus word, counts only
     * written to slip past a filter (b, I, o), as no shop writes its 满100送10; {value, end, dodged,
     * begin} or null.
     */
    private static long[] dodgedAmountEndingAt(String t, Variants words, int end) {
        int begin = end;
        while (begin > 0 && "0123456789oilb十百千万wk".indexOf(t.charAt(begin - 1)) >= 0) {
            begin--;
        }
        for (; begin < end; begin++) {
            long[] amount = bonusAmount(t, words, begin);
            if (amount != null && amount[1] == end) {
                return amount[2] == 1 ? new long[] {amount[0], amount[1], amount[2], begin} : null;
            }
        }
        return null;
    }

    /** Where a price unit that starts at {@code at} (100元, 20u) ends, or {@code at} for none. */
    private static int unitAfter(CueHits cues, int p, int at) {
        for (int u = p + 1; u < cues.size() && cues.begin(u) <= at; u++) {
            if (cues.begin(u) == at && cues.is(u, Cue.Kind.PRICE_UNIT)) {
                return cues.end(u);
            }
        }
        return at;
    }

    /**
     * The amount written right at {@code at}, {value, end, dodged}, or null: digits, I or l for a one
     * before a digit or an o (I00), o for a zero after one (1oo), then 十 百 千 万 w k and b for a
     * hundred; none with a count after it (2箱). Dodged is 1 where a letter stands for a digit or for a
     * hundred, as no shop writes an amount.
     */
    private static long[] bonusAmount(String t, Variants words, int at) {
        int i = at;
        long value = 0;
        boolean digit = false;
        boolean dodged = false;
        while (i < t.length() && value < 1_000_000_000L) {
            char c = t.charAt(i);
            boolean one = (c == 'i' || c == 'l') && i + 1 < t.length() && "0123456789o".indexOf(t.charAt(i + 1)) >= 0;
            if (Detectors.isDigit(c)) {
                value = value * 10 + (c - '0');
                digit = true;
            } else if (one) {
                value = value * 10 + 1;
                dodged = true;
            } else if (c == 'o' && i > at) {
                value = value * 10;
                dodged = true;
            } else {
                break;
            }
            i++;
        }
        if (i == at || !digit && t.charAt(at) != 'i' && t.charAt(at) != 'l') {
            return null;
        }
        while (i < t.length() && "十百千万wkb".indexOf(t.charAt(i)) >= 0) {
            dodged |= t.charAt(i) == 'b';
            value *= switch (t.charAt(i)) {
                case '十' -> 10;
                case '百', 'b' -> 100;
                case '千', 'k' -> 1_000;
                default -> 10_000;
            };
            i++;
        }
        boolean wordGoesOn = i < t.length() && t.charAt(i) >= 'a' && t.charAt(i) <= 'z' && t.charAt(i) != 'u';
        if (value == 0 || wordGoesOn || words.notMoney().at(t, i) != null) {
            return null;
        }
        return new long[] {value, i, dodged ? 1 : 0};
    }
}
