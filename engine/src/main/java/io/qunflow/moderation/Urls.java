package io.qunflow.moderation;

import java.util.List;

/**
 * Links as they are written plainly (the {@code url} detector): a short-link host is HIGH, any
 * other MEDIUM. {@link ObfuscatedUrls} finds the ones written to get past this scan.
 */
final class Urls {

    /**
     * The longest domain name there is (RFC 1035: 253 characters); a run of labels longer than
     * that from one start is no domain, and stopping there keeps a message of nothing but dotted
     * letters ("a.b.a.b…") linear to scan.
     */
    static final int MAX_DOMAIN = 253;

    private Urls() {}

    /**
     * http(s)://…, www.…, and bare domains "label(.label)+.tld[/path]". Scans the original text
     * through the char table (so full-width "ｗｗｗ．" works) and accepts 。/． as dots (点 after www).
     */
    static void find(Normalized nz, List<Hit> hits) {
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
            if (end > i && afterMailbox(nz, o, i)) {
                i = end;
            } else if (end > i) {
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

    /**
     * Whether the domain at {@code i} is an e-mail address's, right after the @ of a mailbox name
     * (example@company.com): a service reading back the customer's address links to no site.
     */
    private static boolean afterMailbox(Normalized nz, String o, int i) {
        return i >= 2 && (o.charAt(i - 1) == '@' || o.charAt(i - 1) == '＠') && isAlnum(nz.map(o.charAt(i - 2)));
    }

    /**
     * The host a browser opens for a {@code url} hit written as a plain web address in ASCII
     * (https://Shop.Brand.com/item → shop.brand.com), or "" for any other link: one another detector
     * found, or one written with a look-alike letter, a full-width char, a space or an {@code @}
     * (brand.com@evil.top opens evil.top; {@code text} is the message the hit is in). The canonical text folds look-alikes to the letters they
     * imitate, so only the text as written can say which site a link is to.
     */
    static String plainHost(Hit hit, String text) {
        String written = hit.matchedOriginal();
        // What the scan read as a link may be the user part of a longer one: https://brand.com@evil.top
        boolean userPart =
                hit.end() < text.length() && (text.charAt(hit.end()) == '@' || text.charAt(hit.end()) == '＠');
        if (!"url".equals(hit.detector()) || written.indexOf('@') >= 0 || userPart) {
            return "";
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c <= ' ' || c > '~') {
                return "";
            }
        }
        String url = written.toLowerCase(java.util.Locale.ROOT);
        int s = url.indexOf("://");
        s = s < 0 ? 0 : s + 3;
        int e = s;
        while (e < url.length() && "/?#:".indexOf(url.charAt(e)) < 0) {
            e++;
        }
        String host = url.substring(s, e);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
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

    /**
     * A char that shows nothing of its own inside a label: the keycap of 6️⃣ (a variation selector
     * and U+20E3), a zero-width space or joiner. Written into a domain, it hides the domain from a
     * scan that wants letters and digits up to the dot, and the canonical form drops it.
     */
    static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
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
        int limit = Math.min(n, i + MAX_DOMAIN);
        while (q < limit) {
            int s = q;
            while (q < limit
                    && (isAlnum(nz.map(o.charAt(q))) || o.charAt(q) == '-' || q > s && isInvisible(o.charAt(q)))) {
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
            if (q + 1 < limit && separatesLabels(o.charAt(q), www) && isAlnum(nz.map(o.charAt(q + 1)))) {
                q++;
            } else {
                break;
            }
        }
        if (accepted == i) {
            return i;
        }
        // A TLD glued to more letters ("abc.comfy") is not a domain end.
        if (accepted < n && Detectors.isLetter(nz.map(o.charAt(accepted)))) {
            return i;
        }
        return consumePath(nz, o, accepted, n);
    }

    /**
     * A dot between labels. 点 is one after www only: elsewhere it is also a word (9点cc霜 is a
     * time, app点vip a tap), and {@link ObfuscatedUrls} judges abc点com.
     */
    private static boolean separatesLabels(char c, boolean www) {
        return Normalizer.isDotLike(c) && (c != '点' || www);
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
            if (!Detectors.isLetter(m)) {
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
