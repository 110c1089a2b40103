package io.qunflow.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds word-list terms in a message after normalising it, so width, case and separators between
 * characters do not hide a term. Thread-safe and immutable.
 */
public final class TextScreener {

    private final List<LexiconEntry> entries;
    private final List<String> normalizedTerms;

    public TextScreener(Lexicon lexicon) {
        this.entries = lexicon.entries();
        this.normalizedTerms = entries.stream().map(e -> normalize(e.term()).text()).toList();
    }

    public Screening screen(String text, MessageFlags flags) {
        Normalized normalized = normalize(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String term = normalizedTerms.get(i);
            int at = term.isEmpty() ? -1 : normalized.text().indexOf(term);
            if (at >= 0) {
                LexiconEntry entry = entries.get(i);
                int start = normalized.origin()[at];
                int end = normalized.origin()[at + term.length() - 1] + 1;
                hits.add(new Hit(entry.term(), entry.category(), entry.severity(), "lexicon",
                        text.substring(start, end), term, start, end));
            }
        }
        if (flags.qrImage()) {
            hits.add(new Hit("二维码", Category.LINK, Severity.MEDIUM, "qr-image", "", "", 0, 0));
        }
        if (flags.miniProgramCard()) {
            hits.add(new Hit("小程序卡片", Category.LINK, Severity.MEDIUM, "mini-program", "", "", 0, 0));
        }
        return new Screening(normalized.text(), hits);
    }

    private record Normalized(String text, int[] origin) {}

    /** Width folded, lower case, separators and invisible characters dropped; offsets kept. */
    private static Normalized normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || isSeparator(c)) {
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase();
            for (int k = 0; k < folded.length(); k++) {
                if (out.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 8);
                }
                origin[out.length()] = i;
                out.append(folded.charAt(k));
            }
        }
        return new Normalized(out.toString(), origin);
    }

    private static boolean isSeparator(char c) {
        return ".-_*·、,，。|/\\~".indexOf(c) >= 0;
    }
}
