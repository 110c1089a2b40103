package io.qunflow.moderation;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Detectors that weigh the cue words found in a message (rules/lexicon/variants/cues.csv): an
 * account number after a contact cue, a private-chat ask near a price or trade words, paid gig
 * work (posting, commenting, liking for money) offered with its pay or to whoever takes it, and a
 * gambling game offered to whoever wants to play or pitched with a platform's promise. Each
 * finding is a {@link Hit} whose span covers the cue and what made it count, so the evidence
 * shows both; the moderation rules decide what follows.
 *
 * <p>Why this class is long: every detector here walks the same cue hits with the same pairing
 * (neighbouring cues only, a pair's span and evidence, the price and pay checks, the by-sound
 * reading of a cue), and each family's scan is a few lines on top of those; apart, each file would
 * carry its own copy of the pairing or reach into another's.
 */
final class EvasionDetectors {

    static final int MIN_ACCOUNT_DIGITS = 6;
    static final int MAX_ACCOUNT_DIGITS = 11;
    /** Characters allowed between a contact cue and the number ("联系微信3179238"). */
    static final int CUE_TO_NUMBER = 4;
    /** How far (canonical chars) a price or trade word may be from the private-chat ask. */
    static final int NEAR = 24;
    /** One-character trade words (出, 收, 代, 卖) are common, so they must be close to count. */
    static final int NEAR_ONE_CHAR = 6;
    /**
     * How far (canonical chars) pay may be from a gig task: an offer names both in one breath
     * ("抖音代发一条15r"), while chat that mentions the two apart is everyday.
     */
    static final int NEAR_TASK = 8;
    /** How far (canonical chars) an ask may be from the gig it offers: "小红书发文，做吗宝贝". */
    static final int NEAR_ASK = 16;
    /** Characters allowed between a platform's name and what is done there ("抖音发评论"). */
    static final int PLATFORM_TO_ACTION = 2;
    /** Quantities allowed between a deal word and its account ("收购各类大量QQ号"). */
    static final int MAX_DEAL_FILLERS = 2;

    private EvasionDetectors() {}

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "联系 3179238", "进裙716219118", "V我 一三八…": a contact cue, a little filler, then 6–11 digits. */
    static void contactNumbers(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        int n = t.length();
        int taken = -1;
        for (int i = 0; i < cues.size(); i++) {
            SoundAlikeCue bySound = cues.soundsLikeContact(i);
            if (bySound == null ? !cues.is(i, Cue.Kind.CONTACT) : !bySound.takesAccount()) {
                continue;
            }
            int k = cues.end(i);
            int skipped = 0;
            // A one-character cue (加, 找) is everyday; only a number right after it counts (加油还差100000 does not).
            // Nor after one read by sound through it (家我 as 加我): as written its 我 was that one character.
            int filler =
                    cues.end(i) - cues.begin(i) == 1 ? 1 : bySound != null && !bySound.contact() ? 0 : CUE_TO_NUMBER;
            while (k < n && !isDigit(t.charAt(k)) && skipped < filler) {
                k++;
                skipped++;
            }
            if (k >= n || !isDigit(t.charAt(k)) || k <= taken) {
                continue;
            }
            int s = k;
            while (k < n && isDigit(t.charAt(k))) {
                k++;
            }
            int len = k - s;
            if (len < MIN_ACCOUNT_DIGITS || len > MAX_ACCOUNT_DIGITS || covered(nz, hits, s, k)) {
                continue;
            }
            if (PhoneAndQqNumbers.readerDetailsBefore(nz, cues, s)) {
                continue; // 您的送餐地址是中山路123号，联系电话是…: the customer's own number, read back
            }
            if (OwnNumbers.givenForAnOrder(nz, cues, s, k)) {
                continue; // 我的联系电话13812345678，快递一直没到: a customer's own number, given for an order
            }
            if (cues.bySound(i) && PhoneAndQqNumbers.countsSomething(nz, t, cues, k)) {
                continue; // 回家我100000块: 家我 sounds like 加我, but the number is an amount
            }
            if (filler == 1 && skipped == 1 && t.charAt(s - 1) != '我' && oneDigitRepeated(t, s, k)) {
                continue; // 加油 666666 cheers (666: well played); 加我 666666 is still an account
            }
            Hit hit = Detectors.hit(
                    nz, t.substring(s, k), Category.CONTACT, Severity.HIGH, "contact-number", cues.begin(i), k);
            hits.add(cues.bySound(i) ? readBySound(hit, cues, i) : hit);
            taken = k;
        }
    }

    /**
     * A hit whose span starts with cue {@code i}, a homophone of a contact or private-chat cue: its
     * detector says it was read by sound ({@code contact-number-by-sound}) and its normalised text
     * reads the cue it sounds like, so the evidence shows both (原文「连系 3179238」，规范化「联系3179238」).
     */
    static Hit readBySound(Hit hit, CueHits cues, int i) {
        String normalized = hit.matchedNormalized();
        int at = 0;
        while (at < normalized.length() && isDigit(normalized.charAt(at))) {
            at++; // the number a pair's evidence runs back over (pairHit)
        }
        int cueEnd = at + cues.end(i) - cues.begin(i);
        return new Hit(
                hit.term(),
                hit.category(),
                hit.severity(),
                hit.detector() + "-by-sound",
                hit.matchedOriginal(),
                normalized.substring(0, at) + cues.soundsLikeContact(i).text() + normalized.substring(cueEnd),
                hit.start(),
                hit.end());
    }

    private static boolean oneDigitRepeated(String t, int begin, int end) {
        for (int k = begin + 1; k < end; k++) {
            if (t.charAt(k) != t.charAt(begin)) {
                return false;
            }
        }
        return true;
    }

    /** A phone or QQ number already found there needs no second hit. */
    private static boolean covered(Normalized nz, List<Hit> hits, int begin, int end) {
        int from = nz.originalStart(begin);
        int to = nz.originalEnd(end - 1);
        for (Hit h : hits) {
            if (h.start() <= from && h.end() >= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * "私我，一单20", "抖音代发，私信我", "加我一小时800", "便宜出，私": a private-chat ask near a
     * price or trade words; a {@link Cue.Kind#CLOSING_ASK closing ask} counts only as the last word of
     * the message, or one of two characters or more as the last of a clause (有需要的私，一个月30): a
     * bare 私 ends everyday clauses too (公是公，私是私).
     */
    static void tradeSolicitations(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.PRIVATE_CHAT) && !anyClosingAsk(nz, cues)) {
            return;
        }
        int[] pair = firstPair(
                cues,
                p -> cues.is(p, Cue.Kind.PRIVATE_CHAT) || cues.is(p, Cue.Kind.CLOSING_ASK) && closes(nz, cues, p),
                (p, q, gap) -> counts(nz, cues, q, gap));
        if (pair != null) {
            hits.add(pairHit(nz, cues, pair, Category.CONTACT, "trade-solicitation"));
        }
    }

    /**
     * "思聊 一单20", "思聊低价出": a homophone of a private-chat ask with a price or a trade word of
     * two characters or more right after it, one character between them at most. Written as it
     * sounds, 家我 or 待你 is everyday ("到家我给你50元", "期待你的好消息，出发了"), so the pair counts
     * only as one phrase, never with a one-character trade word (出, 收) or a price further on.
     */
    static void tradeSolicitationsBySound(Normalized nz, CueHits cues, List<Hit> hits) {
        String t = nz.text();
        for (int p = 0; p < cues.size(); p++) {
            if (!cues.bySound(p) || !cues.soundsLikeContact(p).privateChat()) {
                continue;
            }
            int end = cues.end(p);
            for (int q = p + 1; q < cues.size() && cues.end(q) <= end + 1 + cues.longest(); q++) {
                int gap = cues.begin(q) - end;
                boolean trade = cues.is(q, Cue.Kind.TRADE) && cues.end(q) - cues.begin(q) > 1;
                if (gap >= 0 && gap <= 1 && (trade || isPay(t, cues, q))) {
                    Hit hit = pairHit(nz, cues, new int[] {p, q}, Category.CONTACT, "trade-solicitation");
                    hits.add(readBySound(hit, cues, p));
                    return;
                }
            }
        }
    }

    /** Whether a closing ask {@link #closes closes} the message or a clause. */
    private static boolean anyClosingAsk(Normalized nz, CueHits cues) {
        if (!cues.any(Cue.Kind.CLOSING_ASK)) {
            return false;
        }
        for (int i = 0; i < cues.size(); i++) {
            if (cues.is(i, Cue.Kind.CLOSING_ASK) && closes(nz, cues, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether closing ask {@code i} ends the message, or is of two characters or more and a clause mark follows it. */
    private static boolean closes(Normalized nz, CueHits cues, int i) {
        int end = cues.end(i);
        if (end == nz.text().length()) {
            return true;
        }
        String o = nz.original();
        int after = nz.originalEnd(end - 1);
        return end - cues.begin(i) > 1 && after < o.length() && Clauses.ENDS.indexOf(o.charAt(after)) >= 0;
    }

    /** Whether cue {@code q}, {@code gap} chars from cue {@code p} it is paired with, makes the pair count. */
    @FunctionalInterface
    private interface Counts {
        boolean test(int p, int q, int gap);
    }

    /**
     * The first cue of {@code kind} and another cue that counts beside it, as {p, q}; null for none.
     * Only cues within {@link #NEAR} of the first can count, and the cues come in the order they
     * end, so each is compared with its neighbours only: a long message of nothing but cues costs
     * linear time, not the square of its cues.
     */
    private static int[] firstPair(CueHits cues, Cue.Kind kind, Counts counts) {
        return firstPair(cues, p -> cues.is(p, kind), counts);
    }

    private static int[] firstPair(CueHits cues, IntPredicate first, Counts counts) {
        for (int p = 0; p < cues.size(); p++) {
            if (!first.test(p)) {
                continue;
            }
            int reach = cues.end(p) + NEAR + cues.longest();
            for (int q = cues.firstEndingFrom(cues.begin(p) - NEAR); q < cues.size() && cues.end(q) <= reach; q++) {
                if (q == p || overlap(cues, p, q)) {
                    continue;
                }
                int gap = Math.max(cues.begin(q) - cues.end(p), cues.begin(p) - cues.end(q));
                if (counts.test(p, q, gap)) {
                    return new int[] {p, q};
                }
            }
        }
        return null;
    }

    /**
     * A medium hit spanning both cues of a pair, its term the two cues as written (私我+1单), its
     * evidence running on over the number beside either cue, so a reviewer reads the pay it names
     * (私我，一单20, not 私我，一单).
     */
    private static Hit pairHit(Normalized nz, CueHits cues, int[] pair, Category category, String detector) {
        return pairHit(nz, cues, cues.begin(pair[0]), pair, category, detector);
    }

    /** As above, the first cue's span starting at {@code firstBegin} (a platform's name before its action). */
    private static Hit pairHit(
            Normalized nz, CueHits cues, int firstBegin, int[] pair, Category category, String detector) {
        String t = nz.text();
        int p = pair[0];
        int q = pair[1];
        String term = t.substring(firstBegin, cues.end(p)) + "+" + t.substring(cues.begin(q), cues.end(q));
        int begin = Math.min(firstBegin, cues.begin(q));
        int end = Math.max(cues.end(p), cues.end(q));
        while (begin > 0 && isDigit(t.charAt(begin - 1))) {
            begin--;
        }
        while (end < t.length() && isDigit(t.charAt(end))) {
            end++;
        }
        return Detectors.hit(nz, term, category, Severity.MEDIUM, detector, begin, end);
    }

    private static boolean overlap(CueHits cues, int a, int b) {
        return cues.begin(a) < cues.end(b) && cues.begin(b) < cues.end(a);
    }

    private static boolean counts(Normalized nz, CueHits cues, int q, int gap) {
        int begin = cues.begin(q);
        int end = cues.end(q);
        if (cues.is(q, Cue.Kind.TRADE) && gap <= (end - begin == 1 ? NEAR_ONE_CHAR : NEAR)) {
            return true;
        }
        if (cues.is(q, Cue.Kind.DODGED_TRADE) && gap <= NEAR && writtenOtherwise(nz, begin, end)) {
            return true;
        }
        return gap <= NEAR && isPay(nz.text(), cues, q);
    }

    /** Whether the member wrote canonical {@code [begin, end)} otherwise than it reads: 沟买 for 购买, 购 买. */
    private static boolean writtenOtherwise(Normalized nz, int begin, int end) {
        String original = nz.original().substring(nz.originalStart(begin), nz.originalEnd(end - 1));
        return !original.equals(nz.text().substring(begin, end));
    }

    /**
     * "代发 20r", "dy发文，一单5r", "有偿刷单": a gig task (posting, boosting, click-farming for
     * someone's account) close to what it pays. Either alone is everyday chat ("代发的快递到了吗",
     * "这件80元"), so only the two together, within {@link #NEAR_TASK}, count.
     */
    static void paidTasks(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.TASK)) {
            return;
        }
        String t = nz.text();
        int[] pair = firstPair(cues, Cue.Kind.TASK, (p, q, gap) -> gap <= NEAR_TASK && isPay(t, cues, q));
        if (pair != null) {
            hits.add(pairHit(nz, cues, pair, Category.SCAM, "paid-task"));
        }
    }

    /**
     * "金花 斗牛 喜欢的来", "wpk，靠谱可拉，私我": a gambling game named near an invitation or a
     * private-chat ask; "牌九带单", "三公 资金安全 出款快": or near a gambling platform's pitch or a
     * promise of winnings (kind {@code bet-pitch}). Either alone is everyday ("五朵金花", "喜欢的来";
     * 三公里 is a distance and listed as an everyday phrase), so only the two together, within
     * {@link #NEAR}, count. Without an invitation, "金花三公": two different games written back to
     * back, the menu a gambling room advertises; one game named in passing is everyday, and 牛牛
     * alone (a child's or a pet's name) and the two lotteries bought together (福彩体彩) are listed as
     * everyday phrases.
     */
    static void gamblingInvites(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.GAME)) {
            return;
        }
        int[] pair = firstPair(cues, Cue.Kind.GAME, (p, q, gap) -> gap <= NEAR && invites(cues, q));
        if (pair == null) {
            String t = nz.text();
            pair = firstPair(cues, Cue.Kind.GAME, (p, q, gap) -> gap == 0 && anotherGame(t, cues, p, q));
        }
        if (pair != null) {
            hits.add(pairHit(nz, cues, pair, Category.GAMBLING, "gambling-invite"));
        }
    }

    /**
     * "视频号代发，做不", "小红书发文做吗", "抖音评论 来不？", "接不接dy点赞评论单": a gig (a task, or
     * what members do on a platform right after or right before its name) offered to whoever takes
     * it, within {@link #NEAR_ASK} (not a private-chat ask: 我在抖音评论了，也私信了，没人回 is a
     * customer); a platform's gig with a rate next to a number ("抖音发视频一单70", "发视频抖音一条15")
     * within {@link #NEAR_TASK} (a task with its pay is {@link #paidTasks}'); two platforms' gigs
     * written back to back, a price list's menu ("红薯评论抖音评论"); and a task within {@link #NEAR_TASK}
     * of words that put it on offer ("小红书发文要吗", "绿色的代发"), or after words that ask whether the
     * reader needs it ("需要代发", not "推文需要改一下"). Not an amount with its unit right after a
     * platform's gig: likes are counted in 1w and 10万 (这条抖音点赞10w了); nor a platform's gig after
     * words that vouch it is safe: 绿色 is one, and a colour too (绿色的小红书点赞好多).
     * Either part alone is everyday ("我在抖音评论了", "做不做作业", "喜欢的来", "还要吗"), so only the
     * two together count.
     */
    static void gigOffers(Normalized nz, CueHits cues, List<Hit> hits) {
        boolean platformGigs = cues.any(Cue.Kind.PLATFORM) && cues.any(Cue.Kind.MEMBER_ACTION);
        if (!platformGigs && !cues.any(Cue.Kind.TASK)) {
            return;
        }
        String t = nz.text();
        int[] pair = null;
        if (cues.any(Cue.Kind.GIG_ASK) || cues.any(Cue.Kind.INVITE)) {
            pair = firstPair(
                    cues,
                    p -> cues.is(p, Cue.Kind.TASK) || platformOf(cues, p) >= 0,
                    (p, q, gap) -> gap <= NEAR_ASK && (cues.is(q, Cue.Kind.GIG_ASK) || cues.is(q, Cue.Kind.INVITE)));
        }
        if (pair == null
                && cues.any(Cue.Kind.TASK)
                && (cues.any(Cue.Kind.TASK_OFFER) || cues.any(Cue.Kind.TASK_NEED))) {
            pair = firstPair(cues, Cue.Kind.TASK, (p, q, gap) -> gap <= NEAR_TASK && offers(cues, p, q));
        }
        if (pair == null && platformGigs) {
            pair = firstPair(
                    cues,
                    p -> platformOf(cues, p) >= 0,
                    (p, q, gap) -> gap <= NEAR_TASK && (isRate(t, cues, q) || rateAfterAmount(t, cues, q))
                            || anotherPlatformsGig(t, cues, p, q));
        }
        if (pair != null) {
            int platform = cues.is(pair[0], Cue.Kind.TASK) ? -1 : platformOf(cues, pair[0]);
            int begin = platform < 0 ? cues.begin(pair[0]) : Math.min(cues.begin(platform), cues.begin(pair[0]));
            hits.add(pairHit(nz, cues, begin, pair, Category.SCAM, "gig-offer"));
        }
    }

    /**
     * "出售微信号", "收购 QQ号", "出 老号 微信 实名", "微信号出售", "收购各类QQ号": a deal word written as
     * one phrase with an account (accounts bought and sold, 买卖账号, are illegal, as the listed 实名号出售
     * is). Apart they are everyday ("我出门了，微信号发你", "批发水果，微信号发你"), and a one-character
     * deal word after the account is part of another word ("QQ号收不到验证码"), so only a deal word
     * ending where the account starts, or where a listed quantity before it starts (kind
     * {@code deal-filler}: 各类, 各种, 大量), or one of two characters or more starting where it ends,
     * counts.
     */
    static void accountTrades(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.ACCOUNT) || !cues.any(Cue.Kind.DEAL)) {
            return;
        }
        String t = nz.text();
        List<String> fillers = nz.variants().dealFillers();
        int fillerReach =
                fillers.isEmpty() ? 0 : MAX_DEAL_FILLERS * fillers.get(0).length();
        for (int a = 0; a < cues.size(); a++) {
            if (!cues.is(a, Cue.Kind.ACCOUNT)) {
                continue;
            }
            int begin = cues.begin(a);
            int end = cues.end(a);
            int deal = -1;
            for (int d = cues.firstEndingFrom(begin - fillerReach);
                    d < cues.size() && cues.end(d) <= end + cues.longest();
                    d++) {
                boolean before = cues.end(d) <= begin && onlyFillers(t, cues.end(d), begin, fillers);
                boolean after = cues.begin(d) == end && cues.end(d) - cues.begin(d) > 1;
                if (cues.is(d, Cue.Kind.DEAL) && (before || after) && (deal < 0 || longer(cues, d, deal))) {
                    deal = d; // the whole word: 出售, not the 售 it ends with
                }
            }
            if (deal >= 0) {
                String term = t.substring(cues.begin(deal), cues.end(deal)) + "+" + t.substring(begin, end);
                int from = Math.min(begin, cues.begin(deal));
                int to = Math.max(end, cues.end(deal));
                hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "account-trade", from, to));
                return;
            }
        }
    }

    /** Whether {@code [from, to)} is nothing, or at most {@link #MAX_DEAL_FILLERS} listed quantities. */
    private static boolean onlyFillers(String t, int from, int to, List<String> fillers) {
        for (int skipped = 0; from < to && skipped < MAX_DEAL_FILLERS; skipped++) {
            String filler = Detectors.wordAt(t, from, fillers);
            if (filler == null) {
                return false;
            }
            from += filler.length();
        }
        return from == to;
    }

    private static boolean longer(CueHits cues, int a, int b) {
        return cues.end(a) - cues.begin(a) > cues.end(b) - cues.begin(b);
    }

    /** Whether cue {@code q} puts task {@code p} on offer: 绿色 either side, 要吗 after it, 需要 before it. */
    private static boolean offers(CueHits cues, int p, int q) {
        return cues.is(q, Cue.Kind.TASK_OFFER) || cues.is(q, Cue.Kind.TASK_NEED) && cues.end(q) <= cues.begin(p);
    }

    /** The platform named right before member action {@code a} (抖音 of 抖音评论), or -1. */
    private static int platformBefore(CueHits cues, int a) {
        if (!cues.is(a, Cue.Kind.MEMBER_ACTION)) {
            return -1;
        }
        int begin = cues.begin(a);
        for (int p = cues.firstEndingFrom(begin - PLATFORM_TO_ACTION); p < cues.size() && cues.end(p) <= begin; p++) {
            if (cues.is(p, Cue.Kind.PLATFORM)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The platform member action {@code a} is done on: named right before it (抖音 of 抖音评论), or
     * else right after it (抖音 of 发视频抖音), or -1.
     */
    private static int platformOf(CueHits cues, int a) {
        int before = platformBefore(cues, a);
        if (before >= 0 || !cues.is(a, Cue.Kind.MEMBER_ACTION)) {
            return before;
        }
        int end = cues.end(a);
        for (int p = cues.firstEndingFrom(end); p < cues.size() && cues.begin(p) <= end + PLATFORM_TO_ACTION; p++) {
            if (cues.begin(p) >= end && cues.is(p, Cue.Kind.PLATFORM)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Whether member action {@code q} is another platform's gig right after gig {@code p}, as a price
     * list names them (红薯评论抖音评论, 快手评论，小红书点赞: punctuation is dropped); one platform's two
     * actions (抖音点赞评论) are one gig, and anything between the two (我抖音点赞了，小红书也评论了) is
     * a member telling what they did.
     */
    private static boolean anotherPlatformsGig(String t, CueHits cues, int p, int q) {
        int other = platformBefore(cues, q);
        int own = platformOf(cues, p);
        if (other < 0 || own < 0 || cues.begin(other) < cues.end(p)) {
            return false;
        }
        int length = cues.end(own) - cues.begin(own);
        boolean same = cues.end(other) - cues.begin(other) == length
                && t.regionMatches(cues.begin(own), t, cues.begin(other), length);
        return !same && cues.begin(other) == cues.end(p);
    }

    /** Whether cue {@code q} is a game other than game {@code p} (牛牛 after 牛牛 is one game said twice). */
    private static boolean anotherGame(String t, CueHits cues, int p, int q) {
        int length = cues.end(p) - cues.begin(p);
        return cues.is(q, Cue.Kind.GAME)
                && (cues.end(q) - cues.begin(q) != length || !t.regionMatches(cues.begin(p), t, cues.begin(q), length));
    }

    /**
     * An invitation, a private-chat ask, a contact cue of more than one character (联系, not 加), or a
     * gambling platform's pitch (首充, 返水, 包赢), which invites whoever reads it to bet; a pitch of one
     * character (存, 冲, 送) is one only in a deposit bonus ({@link DepositBonuses}), never near a game alone.
     */
    private static boolean invites(CueHits cues, int q) {
        return cues.is(q, Cue.Kind.INVITE)
                || cues.is(q, Cue.Kind.BET_PITCH) && cues.end(q) - cues.begin(q) > 1
                || cues.is(q, Cue.Kind.PRIVATE_CHAT)
                || cues.is(q, Cue.Kind.CONTACT) && cues.end(q) - cues.begin(q) > 1;
    }

    /** A price or pay cue; a price unit after a number (20元, 5r); a rate next to a number (一单25, 25一单). */
    private static boolean isPay(String t, CueHits cues, int q) {
        int begin = cues.begin(q);
        int end = cues.end(q);
        return cues.is(q, Cue.Kind.PRICE)
                || cues.is(q, Cue.Kind.PRICE_UNIT) && afterANumber(t, begin)
                || isRate(t, cues, q);
    }

    /**
     * Whether a number ends right before {@code at}: a digit, 十, or a multiplier after a digit, as
     * Chinese numerals write hundreds and thousands (两百块 is 2百块, 三千元 is 3千元, 伍佰元 is 5佰元).
     */
    private static boolean afterANumber(String t, int at) {
        if (at > 0 && (isDigit(t.charAt(at - 1)) || t.charAt(at - 1) == '十')) {
            return true; // 十块 is ten on its own
        }
        return at > 1 && "百千佰仟".indexOf(t.charAt(at - 1)) >= 0 && isDigit(t.charAt(at - 2));
    }

    /**
     * A rate right after an amount with its unit: 5元一条, 5米一条, 2r一单. An amount with its unit alone
     * after a platform's gig is a count as often as a pay (这条抖音点赞10w了), but the unit and then what
     * it is paid for is a price list's.
     */
    private static boolean rateAfterAmount(String t, CueHits cues, int q) {
        if (!cues.is(q, Cue.Kind.PER)) {
            return false;
        }
        int begin = cues.begin(q);
        for (int u = cues.firstEndingFrom(begin); u < cues.size() && cues.end(u) == begin; u++) {
            if (cues.is(u, Cue.Kind.PRICE_UNIT) && afterANumber(t, cues.begin(u))) {
                return true;
            }
        }
        return false;
    }

    /** A rate next to a number: 一单25, 25一单, 赚300. */
    private static boolean isRate(String t, CueHits cues, int q) {
        int begin = cues.begin(q);
        int end = cues.end(q);
        return cues.is(q, Cue.Kind.PER)
                && (end < t.length() && isDigit(t.charAt(end)) || begin > 0 && isDigit(t.charAt(begin - 1)));
    }
}
