package io.qunflow.moderation;

import java.util.List;

/**
 * The message as the link detectors read it: each supplementary letter or digit that stands for
 * one plain character (𝕥 for t, 𝟠 for 8) replaced by that character. The link scans walk the
 * original text char by char through the BMP table, where such a letter is two surrogates and no
 * letter at all, so 𝟠𝟠𝟞𝟛𝟛.𝕥𝕠𝕡 — a link the canonical text shows plainly as 88633top — was read
 * as no link. Their findings are mapped back, so the evidence quotes what the member wrote; a link
 * spelt in such letters is an {@code obfuscated-url} (nobody types one by accident, and a KOC's
 * leave to share links does not cover it).
 */
final class LinkText {

    private final Normalized view;
    /** {@code origin[k]}: where folded char {@code k} starts in the original; one past the last for the end. */
    private final int[] origin;

    private LinkText(Normalized view, int[] origin) {
        this.view = view;
        this.origin = origin;
    }

    /** The text to scan for links: the message itself when no such letter is in it. */
    static LinkText of(Normalized nz) {
        String o = nz.original();
        Normalizer normalizer = nz.variants().normalizer();
        if (!hasFoldedLetter(o, normalizer)) {
            return new LinkText(nz, null);
        }
        StringBuilder folded = new StringBuilder(o.length());
        int[] origin = new int[o.length() + 1];
        for (int i = 0; i < o.length(); ) {
            int cp = o.codePointAt(i);
            char one = Character.isSupplementaryCodePoint(cp) ? normalizer.foldSupplementary(cp) : 0;
            if (one != 0) {
                origin[folded.length()] = i;
                folded.append(one);
                i += 2;
            } else {
                origin[folded.length()] = i;
                folded.append(o.charAt(i));
                i++;
            }
        }
        origin[folded.length()] = o.length();
        Normalized view = new Normalized(
                nz.variants(),
                folded.toString(),
                nz.text(),
                nz.src(),
                nz.digits(),
                nz.latin(),
                nz.dotLike(),
                nz.chars());
        return new LinkText(view, origin);
    }

    /** Whether a supplementary char of the text stands for a plain one; an emoji does not, so it costs no copy. */
    private static boolean hasFoldedLetter(String s, Normalizer normalizer) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i))) {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp) && normalizer.foldSupplementary(cp) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The message the link scans run on. */
    Normalized view() {
        return view;
    }

    /** Adds the hits found on {@link #view()} to {@code hits}, placed and quoted in the original message. */
    void addTo(List<Hit> found, List<Hit> hits, String original) {
        if (origin == null) {
            hits.addAll(found);
            return;
        }
        for (Hit h : found) {
            int start = origin[h.start()];
            int end = origin[h.end()];
            boolean spelt = end - start != h.end() - h.start();
            hits.add(new Hit(
                    h.term(),
                    h.category(),
                    spelt ? Severity.HIGH : h.severity(),
                    spelt ? ObfuscatedUrls.DETECTOR : h.detector(),
                    original.substring(start, end),
                    h.matchedNormalized(),
                    start,
                    end));
        }
    }
}
