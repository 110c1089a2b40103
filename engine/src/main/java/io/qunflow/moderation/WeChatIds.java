package io.qunflow.moderation;

import java.util.List;

/**
 * WeChat ids after a trigger such as vx/wx/微信 (the {@code wechat-id} detector). The triggers are
 * cues in the variant data (rules/lexicon/variants/cues.csv): kind {@code wechat-id} for words that
 * only ever introduce an id, {@code weak-wechat-id} for everyday words that also do (微信, v).
 */
final class WeChatIds {

    private WeChatIds() {}

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
        // A weak trigger is also an innocent word ("微信支付", "v领毛衣"): the id after it counts only
        // when it holds a digit or '_', or is introduced (微信号 abc, v：abcdef).
        for (String trigger : nz.variants().weakWeChatIdTriggers()) {
            findIds(nz, t, trigger, false, hits);
        }
    }

    /**
     * Whether a weak trigger ending in a letter runs on into more letters or digits, as the v of
     * vivoX100 or vans2023 does: then it is the start of a word, not a trigger.
     */
    private static boolean runsOn(Normalized nz, String t, int afterTrigger) {
        return afterTrigger < t.length()
                && Detectors.isLetter(t.charAt(afterTrigger - 1))
                && (Detectors.isLetter(t.charAt(afterTrigger)) || Detectors.isDigit(t.charAt(afterTrigger)))
                && nz.originalEnd(afterTrigger - 1) == nz.originalStart(afterTrigger);
    }

    /** An id another trigger already found (加我V:abc has the triggers 加我v and v). */
    private static boolean found(List<Hit> hits, int end) {
        for (Hit hit : hits) {
            if (hit.end() == end && hit.detector().equals("wechat-id")) {
                return true;
            }
        }
        return false;
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
            if (!strong && runsOn(nz, t, afterTrigger)) {
                continue;
            }
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
            if (len < 6 || len > 20 || (!strong && !strongId && !introduced) || found(hits, oe)) {
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
