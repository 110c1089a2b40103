package io.qunflow.moderation;

import java.util.List;

/**
 * Links written to get past link detection, which the plain {@link Urls} scan leaves
 * alone: spaces around the dot ({@code abc .lol}, {@code sg686. com}), a Chinese comma for the dot
 * ({@code abc、top}), a dot in brackets ({@code abc(点)com}, {@code abc[.]top}) or 点 between a word and
 * a top-level domain ({@code abc 点 com}, {@code 888点cc}), the word dot ({@code abc123 dot top},
 * {@code abc(dot)xyz}), a top-level domain
 * spelt out in spaced letters ({@code 888. c c}), a
 * Chinese name before a spam top-level domain ({@code 百胜.cc}), a link shortener's host written apart
 * ({@code t . cn/A6xYz9}, {@code suo点im}), and a scheme without slashes
 * ({@code http:abc123top}). Nobody writes a link like that by accident, so each is a
 * {@link Severity#HIGH} LINK hit from the {@code obfuscated-url} detector.
 *
 * <p>Why this class is long: each way of writing a link reads the same label and top-level-domain
 * scan from a different start (a dot written otherwise, a bracket, 点 or "dot", spaced letters, a
 * scheme with spaces or without slashes), and they must agree on where a domain ends so one link is
 * one hit; the scan stops at the longest domain name there is, which keeps a dotted run linear.
 */
final class ObfuscatedUrls {

    static final String DETECTOR = "obfuscated-url";

    private static final int MAX_CHINESE_LABEL = 6;

    /** Letters or digits a label needs before a bare 点 ("abc点com", "888点cc"; 9点cc霜 is a time). */
    private static final int MIN_LABEL_BEFORE_BARE_DIAN = 3;

    /** Letters a message needs before a link without any dot ("http:abc123top") is looked for. */
    static final int MIN_LATIN_WITHOUT_DOT = 8;

    /** Letters a link spelt out after its scheme needs at least: http, a name's letter, a top-level domain of two. */
    private static final int MIN_LATIN_SPACED_SCHEME = 7;

    private static final String HTTP = "http";

    private ObfuscatedUrls() {}

    private static boolean isLetter(char m) {
        return m >= 'a' && m <= 'z';
    }

    private static boolean isAlnum(char m) {
        return isLetter(m) || (m >= '0' && m <= '9');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }

    private static boolean isDot(char c) {
        return Normalizer.isDotLike(c) && c != '点' || c == '、';
    }

    /** 点, or what the variant data folds to it (典). */
    private static boolean isDian(Normalized nz, char c) {
        return nz.map(c) == '点';
    }

    /** Brackets a dot is put between, in any width: each opening one and its closing one at the same place. */
    private static final String OPENING = "(（[［【〔〖{｛「『〈《<＜";

    private static final String CLOSING = ")）]］】〕〗}｝」』〉》>＞";

    /** "(点)", "[.]", "【.】", "「.」", "(dot)": the dot from {@code start} to {@code end} with a bracket on each side. */
    private static boolean bracketed(String o, int start, int end) {
        return start > 0
                && end < o.length()
                && OPENING.indexOf(o.charAt(start - 1)) >= 0
                && CLOSING.indexOf(o.charAt(end)) >= 0;
    }

    /**
     * The end of the word "dot" at {@code i}, in any width or case, standing alone between spaces
     * or brackets ("abc123 dot top", "abc(dot)xyz"); -1 when there is none. Inside a word
     * ("anecdote") it is no dot.
     */
    private static int wordDotEnd(Normalized nz, String o, int i) {
        int n = o.length();
        if (i + 3 >= n
                || nz.map(o.charAt(i)) != 'd'
                || nz.map(o.charAt(i + 1)) != 'o'
                || nz.map(o.charAt(i + 2)) != 't') {
            return -1;
        }
        boolean before = i > 0 && (isSpace(o.charAt(i - 1)) || bracketed(o, i, i + 3));
        boolean after = isSpace(o.charAt(i + 3)) || bracketed(o, i, i + 3);
        return before && after ? i + 3 : -1;
    }

    static void find(Normalized nz, List<Hit> hits) {
        String o = nz.original();
        for (int i = 0; i < o.length(); i++) {
            char c = o.charAt(i);
            if (isDot(c) || isDian(nz, c) || Normalizer.isDotLike(c) && bracketed(o, i, i + 1)) {
                i = atDot(nz, o, i, i + 1, hits);
            } else if (nz.map(c) == 'd') {
                int end = wordDotEnd(nz, o, i);
                if (end > 0) {
                    i = atDot(nz, o, i, end, hits);
                }
            }
        }
        schemeWithoutSlashes(nz, o, hits);
        if (nz.latin() >= MIN_LATIN_SPACED_SCHEME) {
            spacedScheme(nz, o, hits);
        }
    }

    /**
     * Looks at the dot-like char, or the word "dot", from {@code dot} to {@code dotEnd}; returns
     * where to go on scanning.
     */
    private static int atDot(Normalized nz, String o, int dot, int dotEnd, List<Hit> hits) {
        int n = o.length();
        char dotChar = o.charAt(dot);
        boolean word = dotEnd - dot > 1;
        boolean bracketed = bracketed(o, dot, dotEnd);
        // Right of the dot: the top-level domain, maybe one letter at a time ("c c").
        int r = dotEnd + (bracketed ? 1 : 0);
        boolean spaced = false;
        while (r < n && isSpace(o.charAt(r))) {
            r++;
            spaced = true;
        }
        StringBuilder tld = new StringBuilder(6);
        int rEnd = r;
        while (rEnd < n && tld.length() < 7 && isLetter(nz.map(o.charAt(rEnd)))) {
            tld.append(nz.map(o.charAt(rEnd++)));
        }
        boolean spelt = false;
        if (tld.length() == 1) {
            while (rEnd + 1 < n
                    && isSpace(o.charAt(rEnd))
                    && isLetter(nz.map(o.charAt(rEnd + 1)))
                    && (rEnd + 2 >= n || !isLetter(nz.map(o.charAt(rEnd + 2))))
                    && tld.length() < 4) {
                tld.append(nz.map(o.charAt(rEnd + 1)));
                rEnd += 2;
                spelt = true;
            }
        }
        if (tld.length() < 2 || rEnd < n && isAlnum(nz.map(o.charAt(rEnd)))) {
            return dot;
        }
        String top = tld.toString();
        boolean spamTld = nz.variants().isSpamTld(top);
        if (!spamTld && !nz.variants().isKnownTld(top)) {
            return dot;
        }
        // A latin word after a spaced top-level domain means an English sentence ("ok. Top notch").
        if (spaced && nextWordIsLatin(nz, o, rEnd)) {
            return dot;
        }
        // Left of the dot: the label.
        int l = dot - (bracketed ? 2 : 1);
        while (l >= 0 && isSpace(o.charAt(l))) {
            l--;
            spaced = true;
        }
        int labelEnd = l + 1;
        // A bare 点 joins latin only: 网址abc点com is the link abc.com, 我们点cc a meal ordered.
        boolean bareDian = !word && isDian(nz, dotChar) && !bracketed;
        boolean chinese = false;
        boolean digit = false;
        while (l >= 0) {
            char c = o.charAt(l);
            char m = nz.map(c);
            if (isAlnum(m) || c == '-') {
                digit |= m <= '9' && m >= '0';
                l--;
            } else if (Character.isIdeographic(c) && labelEnd - l <= MAX_CHINESE_LABEL && !bareDian && !word) {
                chinese = true;
                l--;
            } else {
                break;
            }
        }
        int labelStart = l + 1;
        if (labelStart == labelEnd) {
            return dot;
        }
        boolean evasive;
        if (!chinese && (spaced || bareDian || word) && isShortLinkHost(nz, o, labelStart, labelEnd, top)) {
            // t . cn / A6xYz9, suo点im/abc12: a link shortener's own host written apart, whatever its label.
            evasive = true;
        } else if (word) {
            // abc123 dot top, abc(dot)xyz: English writes "dot" too (the dot net team, polka dot
            // top), so only after a latin label that holds a digit, as spam domains do.
            evasive = !chinese && digit && labelEnd - labelStart >= MIN_LABEL_BEFORE_BARE_DIAN;
        } else if (bareDian) {
            // abc点com, qw55d点top, 888点cc: a latin label and a top-level domain either side of 点.
            // A spam one only after a label with a digit: 点 is also "tap", and apps have buttons
            // called vip, top and shop (app点vip).
            evasive = !chinese && labelEnd - labelStart >= MIN_LABEL_BEFORE_BARE_DIAN && (!spamTld || digit);
        } else if (chinese) {
            // 百胜.cc, with a dot as a domain has it; never across a full stop, an enumeration comma
            // or a name dot (我到了。Top, 苹果、cc霜, 迈克尔·杰克逊).
            evasive = spamTld && (bracketed || dotChar == '.' || dotChar == '．' || dotChar == '｡');
        } else {
            // Nobody puts a dot in brackets between a word and a top-level domain but to hide a link.
            evasive = bracketed || (spaced || spelt || dotChar == '、') && (digit || spamTld || spelt);
        }
        if (!evasive) {
            return dot;
        }
        String url = canonical(nz, o, labelStart, labelEnd) + "." + top;
        hits.add(new Hit(
                url, Category.LINK, Severity.HIGH, DETECTOR, o.substring(labelStart, rEnd), url, labelStart, rEnd));
        return rEnd - 1;
    }

    private static boolean isShortLinkHost(Normalized nz, String o, int labelStart, int labelEnd, String top) {
        return nz.variants().isShortLinkHost(canonical(nz, o, labelStart, labelEnd) + "." + top);
    }

    private static boolean nextWordIsLatin(Normalized nz, String o, int from) {
        int k = from;
        while (k < o.length() && isSpace(o.charAt(k))) {
            k++;
        }
        return k > from && k < o.length() && isLetter(nz.map(o.charAt(k)));
    }

    private static String canonical(Normalized nz, String o, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char m = nz.map(o.charAt(k));
            sb.append(isAlnum(m) ? m : o.charAt(k));
        }
        return sb.toString();
    }

    /** "http:abc123top": a scheme and a colon straight into the host. */
    private static void schemeWithoutSlashes(Normalized nz, String o, List<Hit> hits) {
        if (nz.latin() < MIN_LATIN_WITHOUT_DOT) {
            return;
        }
        int n = o.length();
        for (int i = 0; i + 5 < n; i++) {
            if (i > 0 && isLetter(nz.map(o.charAt(i - 1)))) {
                continue;
            }
            int p = schemeEnd(nz, o, i);
            if (p < 0 || p >= n || !isAlnum(nz.map(o.charAt(p)))) {
                continue;
            }
            int e = p;
            while (e < n && (isAlnum(nz.map(o.charAt(e))) || o.charAt(e) == '-' || isDot(o.charAt(e)))) {
                e++;
            }
            if (e - p >= 4) {
                String url = canonical(nz, o, i, e).replace('：', ':');
                hits.add(new Hit(url, Category.LINK, Severity.HIGH, DETECTOR, o.substring(i, e), url, i, e));
                i = e;
            }
        }
    }

    /**
     * "h t t p s : / / abc . com", "h t t p : / / a b c 1 2 3 . c o m": a scheme with spaces between
     * its letters, around its colon or its slashes, then a domain that may be spaced as well. The
     * plain scan wants the scheme in one piece and the dot scan a label with a digit or a spam
     * top-level domain beside a spaced dot; after a scheme any domain is a link, and nobody spaces
     * one out but to hide it. A link written in one piece is the plain scan's.
     */
    private static void spacedScheme(Normalized nz, String o, List<Hit> hits) {
        int n = o.length();
        for (int i = 0; i < n; i++) {
            if (nz.map(o.charAt(i)) != 'h' || i > 0 && isAlnum(nz.map(o.charAt(i - 1)))) {
                continue;
            }
            int end = spacedLinkEnd(nz, o, i, hits);
            if (end > i) {
                i = end - 1;
            }
        }
    }

    /**
     * Reads a spaced-out link from the h of its scheme at {@code i}; adds its hit and answers where
     * it ends, or {@code i} when there is none. Reads at most a domain's length of labels, so a
     * message of spaced letters stays linear to scan.
     */
    private static int spacedLinkEnd(Normalized nz, String o, int i, List<Hit> hits) {
        int n = o.length();
        int limit = Math.min(n, i + 2 * Urls.MAX_DOMAIN);
        int p = i;
        for (int k = 0; k < HTTP.length(); k++) {
            p = skipSpaces(o, p, limit);
            if (p >= limit || nz.map(o.charAt(p)) != HTTP.charAt(k)) {
                return i;
            }
            p++;
        }
        int afterP = p;
        p = skipSpaces(o, p, limit);
        boolean secure = p < limit && nz.map(o.charAt(p)) == 's';
        if (secure) {
            p = skipSpaces(o, p + 1, limit);
        }
        if (p >= limit || o.charAt(p) != ':' && o.charAt(p) != '：') {
            return i;
        }
        p = skipSpaces(o, p + 1, limit);
        while (p < limit && (o.charAt(p) == '/' || o.charAt(p) == '／')) {
            p = skipSpaces(o, p + 1, limit);
        }
        boolean spaced = afterP - i > 4 || p > afterP && hasSpace(o, afterP, p);
        StringBuilder host = new StringBuilder();
        int labelStart = 0;
        int acceptedEnd = -1;
        int acceptedLength = 0;
        boolean acceptedSpaced = false;
        while (p < limit) {
            char m = nz.map(o.charAt(p));
            if (isAlnum(m) || o.charAt(p) == '-') {
                host.append(isAlnum(m) ? m : '-');
                p++;
                boolean wordEnds = p >= n || !isAlnum(nz.map(o.charAt(p)));
                if (labelStart > 0 && wordEnds && isTld(nz, host, labelStart)) {
                    acceptedEnd = p;
                    acceptedLength = host.length();
                    acceptedSpaced = spaced;
                }
            } else if (isSpace(o.charAt(p)) && host.length() > labelStart) {
                int next = skipSpaces(o, p, limit);
                if (next < limit && isDot(o.charAt(next))) {
                    p = next;
                } else if (next < limit && isAlnum(nz.map(o.charAt(next)))) {
                    p = next;
                    spaced = true;
                } else {
                    break;
                }
            } else if (isDot(o.charAt(p)) && host.length() > labelStart) {
                spaced |= p > 0 && isSpace(o.charAt(p - 1));
                host.append('.');
                p++;
                int next = skipSpaces(o, p, limit);
                spaced |= next > p;
                p = next;
                labelStart = host.length();
            } else {
                break;
            }
        }
        if (acceptedEnd < 0 || !acceptedSpaced) {
            return i;
        }
        String url = (secure ? "https://" : "http://") + host.substring(0, acceptedLength);
        hits.add(
                new Hit(url, Category.LINK, Severity.HIGH, DETECTOR, o.substring(i, acceptedEnd), url, i, acceptedEnd));
        return acceptedEnd;
    }

    /** Whether the last label of {@code host}, from {@code from}, is a top-level domain the link detectors accept. */
    private static boolean isTld(Normalized nz, StringBuilder host, int from) {
        int length = host.length() - from;
        if (length < 2 || length > 6) {
            return false;
        }
        for (int k = from; k < host.length(); k++) {
            if (!isLetter(host.charAt(k))) {
                return false;
            }
        }
        return nz.variants().isKnownTld(host.substring(from));
    }

    private static int skipSpaces(String o, int p, int limit) {
        while (p < limit && isSpace(o.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean hasSpace(String o, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isSpace(o.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The index after "http:" or "https:" (any width, either colon) at {@code i}, else -1. */
    private static int schemeEnd(Normalized nz, String o, int i) {
        String scheme = "http";
        int k = i;
        for (int s = 0; s < scheme.length(); s++, k++) {
            if (k >= o.length() || nz.map(o.charAt(k)) != scheme.charAt(s)) {
                return -1;
            }
        }
        if (k < o.length() && nz.map(o.charAt(k)) == 's') {
            k++;
        }
        return k < o.length() && (o.charAt(k) == ':' || o.charAt(k) == '：') ? k + 1 : -1;
    }
}
