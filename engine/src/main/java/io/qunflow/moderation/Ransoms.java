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
 */
final class Ransoms {

    /** How far (canonical chars) the demand may be from the claim: a script says both in a breath or two. */
    static final int NEAR = 60;

    private Ransoms() {}

    /** Adds one hit for the first ransom demand in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.HOSTAGE) || !cues.any(Cue.Kind.RANSOM) || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        for (int h = 0; h < cues.size(); h++) {
            if (!cues.is(h, Cue.Kind.HOSTAGE)) {
                continue;
            }
            int reach = cues.end(h) + NEAR + cues.longest();
            for (int d = cues.firstEndingFrom(cues.begin(h) - NEAR); d < cues.size() && cues.end(d) <= reach; d++) {
                boolean apart = cues.end(d) <= cues.begin(h) || cues.begin(d) >= cues.end(h);
                int gap = Math.max(cues.begin(d) - cues.end(h), cues.begin(h) - cues.end(d));
                if (apart && gap <= NEAR && cues.is(d, Cue.Kind.RANSOM)) {
                    String t = nz.text();
                    String term =
                            t.substring(cues.begin(h), cues.end(h)) + "+" + t.substring(cues.begin(d), cues.end(d));
                    int begin = Math.min(cues.begin(h), cues.begin(d));
                    int end = Math.max(cues.end(h), cues.end(d));
                    hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "ransom", begin, end));
                    return;
                }
            }
        }
    }
}
