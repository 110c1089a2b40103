package io.qunflow.moderation;

import java.util.List;

/**
 * Someone posing as an official body or its staff who asks for what a fraudster wants: "您好，这里是
 * 某宝客服中心……请提供您的身份证号码", "我是顺丰快递的客服……需要您支付一笔罚款", "我是市公安局的警官……把钱转到安全账户".
 * A self-introduction (kind {@code self-intro} of rules/lexicon/variants/cues.csv: 我是, 这里是)
 * followed within {@link #INTRO_TO_AUTHORITY} by an authority (kind {@code authority}: 客服, 银行,
 * 公安, 海关, 快递), then within {@link #INTRO_TO_ASK} of the introduction an ask for an id, a code
 * or money (kind {@code fraud-ask}: 身份证号, 验证码, 转账, 罚款, 安全账户).
 *
 * <p>Each part alone is everyday chat: "我是快递员", "验证码收不到", "客服让我提供身份证号，是真的吗".
 * In a group a member who claims to be customer service or the police is not (the shop's own staff
 * have a staff role, and staff are not moderated), so the claim with the ask is the fraud. A
 * message holding a warning against fraud (kind {@code fraud-warning}: 防骗, 谨防, 冒充, 别信) warns
 * of one rather than commits it, whoever writes it.
 */
final class Impersonations {

    /** How far (canonical chars) the authority may be from the introduction: "我是顺丰快递的客服". */
    static final int INTRO_TO_AUTHORITY = 16;
    /**
     * How far (canonical chars) from the start of the introduction the ask may end: a caller's
     * script introduces itself, explains, then asks, in a few sentences.
     */
    static final int INTRO_TO_ASK = 300;

    private Impersonations() {}

    /** Adds one hit for the first impersonation in the message, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.SELF_INTRO)
                || !cues.any(Cue.Kind.AUTHORITY)
                || !cues.any(Cue.Kind.FRAUD_ASK)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        for (int intro = 0; intro < cues.size(); intro++) {
            if (!cues.is(intro, Cue.Kind.SELF_INTRO)) {
                continue;
            }
            int begin = cues.begin(intro);
            int authority = cues.firstAfter(cues.end(intro), Cue.Kind.AUTHORITY, cues.end(intro) + INTRO_TO_AUTHORITY);
            if (authority < 0) {
                continue;
            }
            int ask = cues.firstAfter(cues.end(authority), Cue.Kind.FRAUD_ASK, begin + INTRO_TO_ASK);
            if (ask < 0) {
                continue;
            }
            String t = nz.text();
            String term = t.substring(begin, cues.end(authority)) + "+" + t.substring(cues.begin(ask), cues.end(ask));
            hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "impersonation", begin, cues.end(ask)));
            return;
        }
    }
}
