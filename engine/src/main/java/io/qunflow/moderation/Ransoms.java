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
 */
final class Ransoms {

    /** How far (canonical chars) the demand may be from the claim: a script says both in a breath or two. */
    static final int NEAR = 60;

    private Ransoms() {}

    /** Adds one hit for the first ransom demand in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!(cues.any(Cue.Kind.HOSTAGE) || cues.any(Cue.Kind.WITH_CALLER))
                || !cues.any(Cue.Kind.RANSOM)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        int firstIntro = -1;
        for (int h = 0; h < cues.size(); h++) {
            if (firstIntro < 0 && cues.is(h, Cue.Kind.SELF_INTRO)) {
                firstIntro = h;
            }
            if (!cues.is(h, Cue.Kind.HOSTAGE)) {
                if (cues.is(h, Cue.Kind.WITH_CALLER) && firstIntro >= 0 && cues.end(firstIntro) <= cues.begin(h)) {
                    int d = demandAfter(cues, h);
                    if (d >= 0) {
                        add(nz, cues, h, d, hits);
                        return;
                    }
                }
                continue;
            }
            int reach = cues.end(h) + NEAR + cues.longest();
            for (int d = cues.firstEndingFrom(cues.begin(h) - NEAR); d < cues.size() && cues.end(d) <= reach; d++) {
                boolean apart = cues.end(d) <= cues.begin(h) || cues.begin(d) >= cues.end(h);
                int gap = Math.max(cues.begin(d) - cues.end(h), cues.begin(h) - cues.end(d));
                if (apart && gap <= NEAR && cues.is(d, Cue.Kind.RANSOM)) {
                    add(nz, cues, h, d, hits);
                    return;
                }
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

    private static void add(Normalized nz, CueHits cues, int h, int d, List<Hit> hits) {
        String t = nz.text();
        String term = t.substring(cues.begin(h), cues.end(h)) + "+" + t.substring(cues.begin(d), cues.end(d));
        int begin = Math.min(cues.begin(h), cues.begin(d));
        int end = Math.max(cues.end(h), cues.end(d));
        hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "ransom", begin, end));
    }
}
