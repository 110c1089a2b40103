package io.qunflow.moderation;

import java.util.List;

/**
 * Hand-written scanners for contact data and links. No regex: they run on the hot path and
 * each is a linear scan that bails out early; {@link TextScreener} only calls them when the
 * digit/letter/dot counts say a match is possible.
 *
 * <p>Why this class is long: each evasion family's detector is a few lines over the same normalised
 * text and cue positions; they are read together when a family is tuned against the corpus dev
 * half.
 */
final class Detectors {

    static final int MIN_DIGITS = 5;

    private Detectors() {}

    static Hit hit(
            Normalized nz, String term, Category category, Severity severity, String detector, int begin, int end) {
        int from = nz.originalStart(begin);
        int to = nz.originalEnd(end - 1);
        return new Hit(
                term,
                category,
                severity,
                detector,
                nz.original().substring(from, to),
                nz.text().substring(begin, end),
                from,
                to);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    // ------------------------------------------------------------------ phone and QQ

    private static final String[] QQ_TRIGGERS = {"qq", "扣扣", "企鹅", "球球", "q号", "q群", "群号"};
    private static final String QQ_FILLER = "号码群是为加我的";

    /**
     * One pass over the canonical digit runs for both detectors.
     *
     * <p>Phone: a run of exactly 11 digits 1[3-9]xxxxxxxxx, optionally prefixed by 86/0086.
     * Separators are already gone, so "138 0013 8000" and "一三八…" are plain runs here; longer
     * runs (order numbers, timestamps) are left alone.
     *
     * <p>QQ: a run of 5–11 digits preceded (through at most 4 filler chars like 号/群/是) by
     * QQ/扣扣/企鹅/群号. Looking backwards from the digits keeps this to one pass.
     */
    static void digitRuns(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            int len = i - s;
            if (len >= 11) {
                int p = -1;
                if (len == 11) {
                    p = s;
                } else if (len == 13 && t.startsWith("86", s)) {
                    p = s + 2;
                } else if (len == 15 && t.startsWith("0086", s)) {
                    p = s + 4;
                }
                if (p >= 0 && t.charAt(p) == '1' && t.charAt(p + 1) >= '3') {
                    hits.add(hit(nz, t.substring(p, i), Category.CONTACT, Severity.HIGH, "phone", s, i));
                }
            }
            if (len >= 5 && len <= 11) {
                int trig = qqTriggerBefore(nz, t, s);
                if (trig >= 0) {
                    hits.add(hit(nz, t.substring(s, i), Category.CONTACT, Severity.HIGH, "qq", trig, i));
                }
            }
        }
    }

    /** Start of a QQ trigger that ends at {@code pos} or a few filler chars before it, else -1. */
    private static int qqTriggerBefore(Normalized nz, String t, int pos) {
        for (int skipped = 0; skipped <= 4 && pos > 0; skipped++) {
            for (String trigger : QQ_TRIGGERS) {
                int at = pos - trigger.length();
                if (at >= 0 && t.startsWith(trigger, at)) {
                    if (isLetter(trigger.charAt(0))
                            && at > 0
                            && isLetter(t.charAt(at - 1))
                            && nz.originalEnd(at - 1) == nz.originalStart(at)) {
                        continue;
                    }
                    return at;
                }
            }
            if (QQ_FILLER.indexOf(t.charAt(pos - 1)) < 0) {
                return -1;
            }
            pos--;
        }
        return -1;
    }

    private static int skipFiller(String t, int k, String filler, int max) {
        int skipped = 0;
        while (k < t.length() && skipped < max && filler.indexOf(t.charAt(k)) >= 0) {
            k++;
            skipped++;
        }
        return k;
    }

    // ------------------------------------------------------------------ WeChat id

    /** Triggers that only ever introduce an id. */
    private static final String[] STRONG_ID_TRIGGERS = {"vx", "wx", "v信", "微x", "wechat", "weixin", "加v", "加我v"};
    /** 微信 is also an innocent word ("微信支付 v2"), so ids after it need a digit or '_' to count. */
    private static final String WEAK_ID_TRIGGER = "微信";

    /**
     * "vx/微信/wx: abc_123" — a trigger, optional filler (号/是/:), then an id of 6–20 chars
     * starting with a letter. The id is read from the ORIGINAL text because separators like
     * '_' and '-' belong to it and a space must end it.
     */
    static void wechatIds(Normalized nz, List<Hit> hits) {
        String t = nz.text();
        for (String trigger : STRONG_ID_TRIGGERS) {
            findIds(nz, t, trigger, true, hits);
        }
        findIds(nz, t, WEAK_ID_TRIGGER, false, hits);
    }

    private static void findIds(Normalized nz, String t, String trigger, boolean strong, List<Hit> hits) {
        int from = 0;
        int at;
        while ((at = t.indexOf(trigger, from)) >= 0) {
            from = at + 1;
            if (isLetter(trigger.charAt(0))
                    && at > 0
                    && isLetter(t.charAt(at - 1))
                    && nz.originalEnd(at - 1) == nz.originalStart(at)) {
                continue;
            }
            int afterTrigger = at + trigger.length();
            int k = skipFiller(t, afterTrigger, "号码是为加我的搜索", 4);
            if (k >= t.length() || !isLetter(t.charAt(k))) {
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
                if ((m >= 'a' && m <= 'z') || isDigit(m)) {
                    id.append(m);
                    strongId |= isDigit(m);
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

    // ------------------------------------------------------------------ URLs

    /**
     * http(s)://…, www.…, and bare domains "label(.label)+.tld[/path]". Scans the original text
     * through the char table (so full-width "ｗｗｗ．" works) and accepts 。/．/点 as dots.
     */
    static void urls(Normalized nz, List<Hit> hits) {
        String o = nz.original();
        int n = o.length();
        int i = 0;
        while (i < n) {
            char m = nz.map(o.charAt(i));
            if (!isAlnum(m) || (i > 0 && isAlnum(nz.map(o.charAt(i - 1))))) {
                i++;
                continue;
            }
            int end = matchUrlAt(nz, o, i, n);
            if (end > i) {
                StringBuilder canon = new StringBuilder(end - i);
                for (int k = i; k < end; k++) {
                    char c = o.charAt(k);
                    char mc = nz.map(c);
                    if (isAlnum(mc)) {
                        canon.append(mc);
                    } else if (Normalizer.isDotLike(c)) {
                        canon.append('.');
                    } else if (mc == Normalizer.SKIP) {
                        char h = halfWidth(c);
                        if (h != 0) {
                            canon.append(h);
                        }
                    }
                }
                String url = canon.toString();
                String host = host(url);
                Severity sev = nz.variants().isShortLinkHost(host) ? Severity.HIGH : Severity.MEDIUM;
                hits.add(new Hit(url, Category.LINK, sev, "url", o.substring(i, end), url, i, end));
                i = end;
            } else {
                i++;
            }
        }
    }

    private static String host(String url) {
        int s = url.indexOf("://");
        s = s < 0 ? 0 : s + 3;
        if (url.startsWith("www.", s)) {
            s += 4;
        }
        int e = s;
        while (e < url.length() && url.charAt(e) != '/' && url.charAt(e) != ':' && url.charAt(e) != '?') {
            e++;
        }
        return url.substring(s, e);
    }

    private static char halfWidth(char c) {
        if (c >= '！' && c <= '～') {
            c = (char) (c - 0xFEE0);
        }
        return "/:?=&%#_-~+@".indexOf(c) >= 0 ? c : 0;
    }

    private static boolean isAlnum(char m) {
        return (m >= 'a' && m <= 'z') || (m >= '0' && m <= '9');
    }

    /** Returns the end of a URL starting at {@code i}, or {@code i} if there is none. */
    private static int matchUrlAt(Normalized nz, String o, int i, int n) {
        // scheme
        int p = i;
        if (regionIs(nz, o, p, "https") && p + 5 < n && isColon(o.charAt(p + 5))) {
            p += 6;
        } else if (regionIs(nz, o, p, "http") && p + 4 < n && isColon(o.charAt(p + 4))) {
            p += 5;
        } else {
            p = -1;
        }
        if (p > 0) {
            int q = p;
            while (q < n && isSlash(o.charAt(q))) {
                q++;
            }
            if (q > p && q < n && isAlnum(nz.map(o.charAt(q)))) {
                return consumePath(nz, o, consumeHost(nz, o, q, n), n);
            }
            return i;
        }
        // labels separated by dot-likes; the last one must be a known TLD (or www. prefix)
        int labels = 0;
        int q = i;
        int lastLabelStart = i;
        int lastLabelEnd = i;
        boolean www = regionIs(nz, o, i, "www") && i + 3 < n && Normalizer.isDotLike(o.charAt(i + 3));
        int accepted = i;
        while (q < n) {
            int s = q;
            while (q < n && (isAlnum(nz.map(o.charAt(q))) || o.charAt(q) == '-')) {
                q++;
            }
            if (q == s) {
                break;
            }
            labels++;
            lastLabelStart = s;
            lastLabelEnd = q;
            if (labels >= 2 && isTld(nz, o, lastLabelStart, lastLabelEnd)) {
                accepted = q;
            } else if (labels >= 3 && www) {
                accepted = q;
            }
            if (q + 1 < n && Normalizer.isDotLike(o.charAt(q)) && isAlnum(nz.map(o.charAt(q + 1)))) {
                q++;
            } else {
                break;
            }
        }
        if (accepted == i) {
            return i;
        }
        // A TLD glued to more letters ("abc.comfy") is not a domain end.
        if (accepted < n && isLetter(nz.map(o.charAt(accepted)))) {
            return i;
        }
        return consumePath(nz, o, accepted, n);
    }

    private static int consumeHost(Normalized nz, String o, int q, int n) {
        while (q < n) {
            char c = o.charAt(q);
            if (isAlnum(nz.map(c)) || c == '-' || Normalizer.isDotLike(c) && c != '点' || c == ':') {
                q++;
            } else {
                break;
            }
        }
        return q;
    }

    private static int consumePath(Normalized nz, String o, int q, int n) {
        if (q < n && isSlash(o.charAt(q))) {
            q++;
            while (q < n) {
                char c = o.charAt(q);
                if (isAlnum(nz.map(c)) || "/._-?=&%#~+".indexOf(c) >= 0 || isSlash(c)) {
                    q++;
                } else {
                    break;
                }
            }
        }
        // trailing sentence dot is not part of the URL
        while (q > 0 && (o.charAt(q - 1) == '.' || o.charAt(q - 1) == '?')) {
            q--;
        }
        return q;
    }

    private static boolean isTld(Normalized nz, String o, int s, int e) {
        int len = e - s;
        if (len < 2 || len > 6) {
            return false;
        }
        char[] buf = new char[len];
        for (int k = 0; k < len; k++) {
            char m = nz.map(o.charAt(s + k));
            if (!isLetter(m)) {
                return false;
            }
            buf[k] = m;
        }
        return nz.variants().isKnownTld(new String(buf));
    }

    private static boolean regionIs(Normalized nz, String o, int p, String ascii) {
        if (p + ascii.length() > o.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (nz.map(o.charAt(p + k)) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }
}
