package io.qunflow.moderation;

import io.qunflow.moderation.VariantData.Parsed;
import io.qunflow.moderation.VariantData.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cue-word file's rules ({@code cues}, {@code cue,kind}): what each kind of cue must look like. */
final class CueWords {

    static final int MAX_LENGTH = 50;

    private static final String HEADER = "cue,kind";

    private CueWords() {}

    /**
     * Reads the cue words. Cues matched in the text must keep some characters once normalised by
     * the given normaliser (the character table they will be matched with); top-level domains are
     * 2–6 latin letters and link-shortener hosts plain host names.
     */
    static Parsed<List<Cue>> read(String csv, Normalizer normalizer) {
        List<Problem> problems = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        Map<Cue, Integer> lineOf = new HashMap<>();
        for (VariantCsv.Row row : VariantCsv.rows(csv, HEADER, problems)) {
            String text = row.fields().get(0);
            String kind = row.fields().get(1);
            Cue.Kind parsed = null;
            try {
                parsed = Cue.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(row.line(), "unknown kind '" + kind + "', expected one of " + kindNames()));
                continue;
            }
            String wrong = cueProblem(text, parsed, normalizer);
            Cue cue = new Cue(text, parsed);
            if (wrong == null && lineOf.containsKey(cue)) {
                wrong = "'" + text + "' (" + kind + ") is listed twice (first on line " + lineOf.get(cue) + ")";
            }
            if (wrong != null) {
                problems.add(new Problem(row.line(), wrong));
                continue;
            }
            cues.add(cue);
            lineOf.put(cue, row.line());
        }
        return new Parsed<>(List.copyOf(cues), List.copyOf(problems));
    }

    private static String cueProblem(String text, Cue.Kind kind, Normalizer normalizer) {
        if (text.isEmpty()) {
            return "empty cue";
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return "a cue is at most " + MAX_LENGTH + " characters";
        }
        switch (kind) {
            case TLD, COMMON_TLD -> {
                if (text.length() < 2 || text.length() > 6 || !text.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    return "a top-level domain is 2 to 6 lower-case latin letters, not '" + text + "'";
                }
            }
            case SHORT_LINK -> {
                if (!isHostName(text)) {
                    return "a link-shortener host is a host name such as t.cn (lower-case letters, digits, '-'"
                            + " and dots), not '" + text + "'";
                }
            }
            default -> {
                if (normalizer.normalizeTerm(text).isEmpty()) {
                    return "'" + text + "' has no matchable characters once separators and symbols are removed";
                }
            }
        }
        return null;
    }

    private static boolean isHostName(String text) {
        String[] labels = text.split("\\.", -1);
        if (labels.length < 2 || text.length() > 100) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> kindNames() {
        List<String> names = new ArrayList<>();
        for (Cue.Kind kind : Cue.Kind.values()) {
            names.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return names;
    }
}
