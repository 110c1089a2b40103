package io.qunflow.moderation;

import java.util.List;

/**
 * WeChat ids after a trigger such as vx/wx/微信 (the {@code wechat-id} detector). The triggers that
 * only ever introduce an id are cues of kind {@code wechat-id} in the variant data
 * (rules/lexicon/variants/cues.csv).
 */
final class WeChatIds {

    private WeChatIds() {}

    /** 微信 is also an innocent word ("微信支付 v2"), so ids after it need a digit or '_' to count. */
    private static final String WEAK_ID_TRIGGER = "微信";

    /**
     * "vx/微信/wx: abc_123" — a trigger, optional filler (号/是/:), then an id of 6–20 chars
     * starting with a letter. The id is read from the ORIGINAL text because separators like
     * '_' and '-' belong to it and a space must end it.
     */
    static void find(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        for (String trigger : nz.variants().weChatIdTriggers()) {
            findIds(nz, t, trigger, true, hits);
        }
        findIds(nz, t, WEAK_ID_TRIGGER, false, hits);
    }

    private static void findIds(Normalized nz, String t, String trigger, boolean strong, List<Hit> hits) {
        int from = 0;
        int at;
        while ((at = t.indexOf(trigger, from)) >= 0) {
            from = at + 1;
            if (Detectors.insideWord(nz, t, at, trigger)) {
                continue;
            }
            int afterTrigger = at + trigger.length();
            int k = Detectors.skipFiller(t, afterTrigger, "号码是为加我的搜索", 4);
            if (k >= t.length() || !Detectors.isLetter(t.charAt(k))) {
                continue;
            }
            String o = nz.original();
            int os = nz.originalStart(k);
            // "微信：zhangsan" / "微信号 zhangsan" introduce an id; "微信update" does not.
            boolean introduced = false;
            for (int f = afterTrigger; f < k && !introduced; f++) {
                introduced = t.charAt(f) == '号' || t.charAt(f) == '是';
            }
            for (int p = nz.originalEnd(afterTrigger - 1); p < os && !introduced; p++) {
                introduced = o.charAt(p) == ':' || o.charAt(p) == '：';
            }
            int oe = os;
            boolean strongId = false;
            StringBuilder id = new StringBuilder(20);
            while (oe < o.length()) {
                char c = o.charAt(oe);
                char m = nz.map(c);
                if ((m >= 'a' && m <= 'z') || Detectors.isDigit(m)) {
                    id.append(m);
                    strongId |= Detectors.isDigit(m);
                } else if (c == '_' || c == '-' || c == '＿' || c == '－') {
                    id.append(c == '＿' ? '_' : c == '－' ? '-' : c);
                    strongId = true;
                } else {
                    break;
                }
                oe++;
            }
            int len = id.length();
            if (len < 6 || len > 20 || (!strong && !strongId && !introduced)) {
                continue;
            }
            int startOrig = nz.originalStart(at);
            String norm = t.substring(at, k) + id;
            hits.add(new Hit(
                    id.toString(),
                    Category.CONTACT,
                    Severity.HIGH,
                    "wechat-id",
                    o.substring(startOrig, oe),
                    norm,
                    startOrig,
                    oe));
            from = k + 1;
        }
    }
}
