package io.qunflow.moderation;

import java.util.List;

/**
 * A kidnapper's demand: "你的孩子现在在我们手上……不要报警，否则后果自负", "他被几个坏人扣住了……要您立即准备一笔钱".
 * A claim that someone is held (kind {@code hostage} of rules/lexicon/variants/cues.csv: 在我手上,
 * 被我们控制, 被绑架, 扣住了) within {@link #NEAR} of a demand or threat (kind {@code ransom}: 赎金,
 * 不要报警, 后果自负, 一笔钱, 转账), before or after it.
 *
 * <p>Each part alone is everyday: "钥匙在我手上", "不要报警，是误会", "转账给你了". A message that warns
 * against fraud (kind {@code fraud-warning}: 防骗, 谨防, 冒充) tells of the scheme rather than runs it.
 *
 * <p>A relative said to be with the speaker now (kind {@code with-caller}: 你儿子现在在我们这里, 家人现在在我这里)
 * is a claim only from a caller, who introduced themselves before it (kind {@code self-intro}: 我是, 这里是),
 * and only with a demand or a threat after it that is no plain transfer: "我是他同学，您儿子现在在我这里……您能尽快打一笔钱过来吗".
 * A tutor or a neighbour says it too, and asks for a fee by transfer (你女儿现在在我这里上课，这个月学费记得转账), so
 * a ransom word that is also a fraud ask (转账) does not count with it.
 *
 * <p>The same holds for the speaker's place said after the reader's relative (kind {@code with-me}: 现在在我这里,
 * 现在在我这, right after a {@code kin} cue with 你 or 您 before it): 我是你爸爸的朋友，你爸爸现在在我这里……你得马上汇一笔钱过来.
 *
 * <p>A verb of holding someone (kind {@code capture}: 控制, 扣押, 绑架, 带走) is a claim in the passive:
 * 被 within {@link #CAPTOR} characters before it, in the same clause, whoever is named between
 * (被一些不良分子控制了, 被几个混混绑架了). Active or in another clause it is everyday (公司要控制成本; 我被老板骂了，
 * 东西被带走了 is a claim, but a plain transfer near it is no demand): like a with-caller claim, it
 * counts only with a demand or a threat that is no fraud ask.
 *
 * <p>A claim with only money near it (kind {@code plain-money}: 一笔钱, 转账, 现金) is a demand only when
 * the money is asked of someone (kind {@code demand} within {@link #DEMAND_TO_MONEY} before it: 他们要求立即汇款,
 * 要您立即准备一笔钱), or the message names the reader's relative or someone they know within
 * {@link #KIN_REACH} of the claim (kind {@code kin}, a person right after 你 or 您: 你儿子, 您的家人, 你家孩子):
 * 血糖终于被控制住了，花了一笔钱看病 and 快递被人带走了，退款转账给你 do neither. A threat (赎金, 不要报警, 放人)
 * needs neither.
 */
final class Ransoms {

    /** How far (canonical chars) the demand may be from the claim: a script says both in a breath or two. */
    static final int NEAR = 60;

    /** How far (canonical chars) from a claim the reader's relative may be named: a script names them first. */
    static final int KIN_REACH = 120;

    /** How far (canonical chars) before money the word asking for it may be: 要您立即准备一笔钱. */
    static final int DEMAND_TO_MONEY = 8;

    /** How far (canonical chars) before a person 你 or 您 may be for the person to be the reader's: 您的家人, 你家孩子. */
    private static final int READER_TO_KIN = 2;

    /** How far (canonical chars) before a verb of holding its 被 may be: 被 + who holds them + the verb. */
    static final int CAPTOR = 8;

    /** What ends a clause in the original: a passive 被 does not reach past one. */
    private static final String CLAUSE_ENDS = "，,。.！!？?；;：:、\n ";

    private Ransoms() {}

    /** Adds one hit for the first ransom demand in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!(cues.any(Cue.Kind.HOSTAGE)
                        || cues.any(Cue.Kind.WITH_CALLER)
                        || cues.any(Cue.Kind.WITH_ME)
                        || cues.any(Cue.Kind.CAPTURE))
                || !cues.any(Cue.Kind.RANSOM)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        String t = nz.text();
        int firstIntro = -1;
        for (int h = 0; h < cues.size(); h++) {
            if (firstIntro < 0 && cues.is(h, Cue.Kind.SELF_INTRO)) {
                firstIntro = h;
            }
            if (!cues.is(h, Cue.Kind.HOSTAGE)) {
                int kin = cues.is(h, Cue.Kind.WITH_CALLER) ? -1 : readersKinRightBefore(t, cues, h);
                boolean withCaller = cues.is(h, Cue.Kind.WITH_CALLER) || kin >= 0;
                if (withCaller && firstIntro >= 0 && cues.end(firstIntro) <= cues.begin(h)) {
                    int d = demandAfter(cues, h);
                    if (d >= 0) {
                        add(nz, cues, kin >= 0 ? cues.begin(kin) : cues.begin(h), h, d, hits);
                        return;
                    }
                }
                int by = cues.is(h, Cue.Kind.CAPTURE) ? passiveBy(nz, cues.begin(h)) : -1;
                if (by >= 0) {
                    int d = demandNear(nz.text(), cues, h, true);
                    if (d >= 0) {
                        add(nz, cues, by, h, d, hits);
                        return;
                    }
                }
                continue;
            }
            int d = demandNear(nz.text(), cues, h, false);
            if (d >= 0) {
                add(nz, cues, h, d, hits);
                return;
            }
        }
    }

    /** The first demand or threat within {@link #NEAR} after a with-caller claim that is no plain transfer, or -1. */
    private static int demandAfter(CueHits cues, int h) {
        int d = cues.firstAfter(cues.end(h), Cue.Kind.RANSOM, cues.end(h) + NEAR + cues.longest());
        while (d >= 0 && cues.begin(d) - cues.end(h) <= NEAR) {
            if (!cues.is(d, Cue.Kind.FRAUD_ASK)) {
                return d;
            }
            d = cues.firstAfter(cues.begin(d) + 1, Cue.Kind.RANSOM, cues.end(h) + NEAR + cues.longest());
        }
        return -1;
    }

    /**
     * Where the 被 of a passive ending in the verb at {@code verb} stands, within {@link #CAPTOR}
     * canonical chars before it and in the same clause of the original; -1 for none.
     */
    private static int passiveBy(Normalized nz, int verb) {
        String t = nz.text();
        int farthest = Math.max(0, verb - CAPTOR);
        int clause = clauseStart(nz.original(), nz.originalStart(verb), nz.originalStart(farthest));
        for (int k = verb - 1; k >= farthest && nz.originalStart(k) >= clause; k--) {
            if (t.charAt(k) == '被') {
                return k;
            }
        }
        return -1;
    }

    /** Where the clause holding original offset {@code at} starts, looking back no further than {@code lowest}. */
    private static int clauseStart(String original, int at, int lowest) {
        int k = at - 1;
        while (k >= lowest && CLAUSE_ENDS.indexOf(original.charAt(k)) < 0) {
            k--;
        }
        return k + 1;
    }

    /**
     * The first demand or threat within {@link #NEAR} either side of claim {@code h}, or -1: money alone
     * only where it is asked of someone or the reader's relative is named near the claim, and a
     * transfer (a fraud ask) beside a passive claim ({@code passive}), whose verbs are everyday in
     * other senses, only with the relative named.
     */
    private static int demandNear(String t, CueHits cues, int h, boolean passive) {
        int reach = cues.end(h) + NEAR + cues.longest();
        int kinNamed = 0; // 0 not looked for yet, 1 named, -1 not
        for (int d = cues.firstEndingFrom(cues.begin(h) - NEAR); d < cues.size() && cues.end(d) <= reach; d++) {
            boolean apart = cues.end(d) <= cues.begin(h) || cues.begin(d) >= cues.end(h);
            int gap = Math.max(cues.begin(d) - cues.end(h), cues.begin(h) - cues.end(d));
            if (!apart || gap > NEAR || !cues.is(d, Cue.Kind.RANSOM)) {
                continue;
            }
            // A transfer asked for beside a passive is a boss's or a shop's as often (他被公司扣押了工资，老板要求我们转账):
            // only the reader's relative named makes it a demand.
            boolean transferBesidePassive = passive && cues.is(d, Cue.Kind.FRAUD_ASK);
            if (transferBesidePassive || cues.is(d, Cue.Kind.PLAIN_MONEY) && !askedFor(cues, d)) {
                if (kinNamed == 0) {
                    kinNamed = kinNear(t, cues, h) ? 1 : -1;
                }
                if (kinNamed < 0) {
                    continue;
                }
            }
            return d;
        }
        return -1;
    }

    /** Whether a word asking for money ends within {@link #DEMAND_TO_MONEY} before money cue {@code d}. */
    private static boolean askedFor(CueHits cues, int d) {
        if (!cues.any(Cue.Kind.DEMAND)) {
            return false;
        }
        for (int q = cues.firstEndingFrom(cues.begin(d) - DEMAND_TO_MONEY); q < d; q++) {
            if (cues.is(q, Cue.Kind.DEMAND) && cues.end(q) <= cues.begin(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reader's relative or someone they know (a kin cue right after 你 or 您, 的 or 家
     * between at most) is named within {@link #KIN_REACH} of claim {@code h}.
     */
    private static boolean kinNear(String t, CueHits cues, int h) {
        if (!cues.any(Cue.Kind.KIN)) {
            return false;
        }
        int reach = cues.end(h) + KIN_REACH + cues.longest();
        for (int k = cues.firstEndingFrom(cues.begin(h) - KIN_REACH); k < cues.size() && cues.end(k) <= reach; k++) {
            if (cues.is(k, Cue.Kind.KIN) && readers(t, cues.begin(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reader's relative (a kin cue after 你 or 您) ending right where with-me cue {@code h} begins
     * (你爸爸现在在我这里), or -1; -1 too when a longer with-me cue runs on past {@code h} (现在在我这 of
     * 现在在我这里), which is read in its place.
     */
    private static int readersKinRightBefore(String t, CueHits cues, int h) {
        if (!cues.is(h, Cue.Kind.WITH_ME) || cues.covers(cues.begin(h), cues.end(h) + 1, Cue.Kind.WITH_ME)) {
            return -1;
        }
        for (int k = cues.firstEndingFrom(cues.begin(h)); k < cues.size() && cues.end(k) == cues.begin(h); k++) {
            if (cues.is(k, Cue.Kind.KIN) && readers(t, cues.begin(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether 你 or 您 stands right before {@code at}, or before a 的 or 家 right before it. */
    private static boolean readers(String t, int at) {
        for (int k = at - 1; k >= 0 && k >= at - READER_TO_KIN; k--) {
            char c = t.charAt(k);
            if (c == '你' || c == '您') {
                return true;
            }
            if (c != '的' && c != '家') {
                return false;
            }
        }
        return false;
    }

    private static void add(Normalized nz, CueHits cues, int h, int d, List<Hit> hits) {
        add(nz, cues, cues.begin(h), h, d, hits);
    }

    /** A hit for claim {@code h}, its words read from {@code claimBegin} (the 被 of a passive), and demand {@code d}. */
    private static void add(Normalized nz, CueHits cues, int claimBegin, int h, int d, List<Hit> hits) {
        String t = nz.text();
        String term = t.substring(claimBegin, cues.end(h)) + "+" + t.substring(cues.begin(d), cues.end(d));
        int begin = Math.min(claimBegin, cues.begin(d));
        int end = Math.max(cues.end(h), cues.end(d));
        hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "ransom", begin, end));
    }
}
