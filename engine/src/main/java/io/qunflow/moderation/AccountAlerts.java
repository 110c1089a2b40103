package io.qunflow.moderation;

import java.util.List;

/**
 * A scam caller's opening about the reader's account: "我们检测到您的银行卡可能涉及一笔异常交易……需要您配合我们进行核实",
 * "您的账户存在异常交易……请您提供一下银行卡的最后四位数字". The reader's own account (kind
 * {@code reader-account} of rules/lexicon/variants/cues.csv: 您的账户, 您的银行卡) with an alert within
 * {@link #ACCOUNT_TO_ALERT} after it (kind {@code account-alert}: 异常交易, 异常活动, 非法操作), then
 * within {@link #ALERT_TO_ASK} after the alert an ask to verify with the caller (kind {@code
 * verify-ask}: 配合核实, 进行核实, 身份验证, 后四位).
 *
 * <p>Each part alone is everyday, and so is a real notice that asks for no verification (您的账户有异常登录，
 * 请修改密码: 异常登录 is no alert); a member who tells of their own card (我的卡有异常交易，银行让我配合核实)
 * names no reader's account. A message holding a warning against fraud (kind {@code fraud-warning})
 * tells of the scheme rather than runs it.
 */
final class AccountAlerts {

    /** How far (canonical chars) the alert may be from the account: "您的银行卡可能涉及到了一起非法交易". */
    static final int ACCOUNT_TO_ALERT = 16;
    /** How far (canonical chars) after the alert the ask may end: the next sentence or two. */
    static final int ALERT_TO_ASK = 80;

    private AccountAlerts() {}

    /** Adds one hit for the first alert on the reader's account with a verification asked, if any. */
    static void find(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.READER_ACCOUNT)
                || !cues.any(Cue.Kind.ACCOUNT_ALERT)
                || !cues.any(Cue.Kind.VERIFY_ASK)
                || cues.any(Cue.Kind.FRAUD_WARNING)) {
            return;
        }
        for (int account = 0; account < cues.size(); account++) {
            if (!cues.is(account, Cue.Kind.READER_ACCOUNT)) {
                continue;
            }
            int begin = cues.begin(account);
            int alert = cues.firstAfter(
                    cues.end(account), Cue.Kind.ACCOUNT_ALERT, cues.end(account) + ACCOUNT_TO_ALERT + cues.longest());
            if (alert < 0 || cues.begin(alert) - cues.end(account) > ACCOUNT_TO_ALERT) {
                continue;
            }
            int ask = cues.firstAfter(cues.end(alert), Cue.Kind.VERIFY_ASK, cues.end(alert) + ALERT_TO_ASK);
            if (ask < 0) {
                continue;
            }
            String t = nz.text();
            String term = t.substring(begin, cues.end(alert)) + "+" + t.substring(cues.begin(ask), cues.end(ask));
            hits.add(Detectors.hit(nz, term, Category.FRAUD, Severity.SEVERE, "account-alert", begin, cues.end(ask)));
            return;
        }
    }
}
