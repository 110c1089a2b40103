package io.qunflow.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the two variant files: which characters stand for which ({@code characters},
 * {@code variant,canonical,kind}) and the cue words the detectors look for ({@code cues},
 * {@code cue,kind}). Both are CSV with a header, {@code #} comments and no quoting (no field needs
 * a comma). Every row is checked and every problem reported with its line, so compliance sees at
 * once all that is wrong with an edit, and nothing that fails a check ever reaches the matchers.
 *
 * <p>Why this class is long: the variant table's parsing, row-by-row validation and versioning are one
 * data format's rules, read together by compliance's validate endpoint.
 */
final class VariantData {

    static final String CHARACTERS = "characters";
    static final String CUES = "cues";
    /** The variant files, by name; each is shipped as {@code rules/lexicon/variants/<name>.csv}. */
    static final List<String> FILES = List.of(CHARACTERS, CUES);

    static final int MAX_LENGTH = 400_000;
    static final int MAX_ROWS = 10_000;
    static final int MAX_CUE_LENGTH = 50;

    private static final Set<String> CHARACTER_KINDS = Set.of("homophone", "lookalike", "symbol", "emoji", "numeral");
    private static final String CHARACTERS_HEADER = "variant,canonical,kind";
    private static final String CUES_HEADER = "cue,kind";

    private VariantData() {}

    /** Something wrong with a variant file; line 0 when it concerns the file as a whole. */
    record Problem(int line, String message) {

        @Override
        public String toString() {
            return line == 0 ? message : "line " + line + ": " + message;
        }
    }

    /** What a file holds once read, and what is wrong with it; the value is only to be used when valid. */
    record Parsed<T>(T value, List<Problem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The shipped default of a variant file, as text. */
    static String shipped(String file) {
        String resource = "rules/lexicon/variants/" + file + ".csv";
        try (InputStream in = VariantData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Reads the character table: variant code point to what it stands for, chains resolved (a
     * variant of a variant maps to the end of the chain).
     */
    static Parsed<Map<Integer, String>> characters(String csv) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, String> table = new LinkedHashMap<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (Row row : rows(csv, CHARACTERS_HEADER, problems)) {
            String variant = row.fields().get(0);
            String canonical = row.fields().get(1);
            String kind = row.fields().get(2);
            String wrong = variantProblem(variant);
            if (wrong == null) {
                wrong = canonicalProblem(variant, canonical);
            }
            if (wrong == null && !CHARACTER_KINDS.contains(kind)) {
                wrong = "unknown kind '" + kind + "', expected one of " + new java.util.TreeSet<>(CHARACTER_KINDS);
            }
            if (wrong == null && lineOf.containsKey(variant.codePointAt(0))) {
                wrong = "'" + variant + "' is listed twice (first on line " + lineOf.get(variant.codePointAt(0)) + ")";
            }
            if (wrong != null) {
                problems.add(new Problem(row.line(), wrong));
                continue;
            }
            table.put(variant.codePointAt(0), canonical);
            lineOf.put(variant.codePointAt(0), row.line());
        }
        Map<Integer, String> resolved = new HashMap<>();
        table.forEach((variant, canonical) -> {
            String end = canonical;
            for (int hops = 0; hops < table.size() && end.codePointCount(0, end.length()) == 1; hops++) {
                String next = table.get(end.codePointAt(0));
                if (next == null) {
                    break;
                }
                if (next.codePointAt(0) == variant) {
                    problems.add(new Problem(
                            lineOf.get(variant),
                            "'" + new String(Character.toChars(variant)) + "' and '" + end + "' stand for each other"));
                    break;
                }
                end = next;
            }
            resolved.put(variant, end);
        });
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Parsed<>(resolved, List.copyOf(problems));
    }

    private static String variantProblem(String variant) {
        if (variant.isEmpty() || variant.codePointCount(0, variant.length()) != 1) {
            return "the variant must be one character, not '" + variant + "'";
        }
        int cp = variant.codePointAt(0);
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            return "the variant '" + variant + "' is a plain latin letter or digit: every message writes it"
                    + " and means it";
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || Character.isWhitespace(cp)
                || cp == 0xFFFE
                || cp == 0xFFFF) {
            return "the variant must be a visible character, not U+"
                    + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private static String canonicalProblem(String variant, String canonical) {
        int count = canonical.codePointCount(0, canonical.length());
        if (count < 1 || count > 2) {
            return "the canonical form must be one or two characters, not '" + canonical + "'";
        }
        if (canonical.equals(variant)) {
            return "'" + variant + "' stands for itself";
        }
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (Character.isSurrogate(c) || !Character.isLetterOrDigit(c)) {
                return "the canonical form '" + canonical + "' must be letters or digits (Chinese, latin, digits)";
            }
            if (!CharacterBase.isCanonical(c)) {
                return "the canonical form '" + canonical + "' is not written as the word lists are matched"
                        + " (lower case, half width, simplified): '" + c + "' is not";
            }
        }
        return null;
    }

    /**
     * Reads the cue words. Cues matched in the text must keep some characters once normalised by
     * the given normaliser (the character table they will be matched with); top-level domains are
     * 2–6 latin letters and link-shortener hosts plain host names.
     */
    static Parsed<List<Cue>> cues(String csv, Normalizer normalizer) {
        List<Problem> problems = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        Map<Cue, Integer> lineOf = new HashMap<>();
        for (Row row : rows(csv, CUES_HEADER, problems)) {
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
        if (text.codePointCount(0, text.length()) > MAX_CUE_LENGTH) {
            return "a cue is at most " + MAX_CUE_LENGTH + " characters";
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

    private record Row(int line, List<String> fields) {}

    /** The data rows; a missing header, a wrong field count or a file too large is a problem. */
    private static List<Row> rows(String csv, String header, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            problems.add(new Problem(0, "the file is empty: it needs the header '" + header + "'"));
            return rows;
        }
        if (csv.length() > MAX_LENGTH) {
            problems.add(new Problem(0, "the file is longer than " + MAX_LENGTH + " characters"));
            return rows;
        }
        int columns = header.split(",").length;
        boolean headerSeen = false;
        String[] lines = csv.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!trimmed.equals(header)) {
                    problems.add(new Problem(number, "expected the header '" + header + "' but got '" + trimmed + "'"));
                    return rows;
                }
                headerSeen = true;
                continue;
            }
            List<String> fields = List.of(line.split(",", -1));
            if (fields.size() != columns) {
                problems.add(new Problem(
                        number, "expected " + columns + " fields (" + header + ") but got " + fields.size()));
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(new Problem(number, "a file holds at most " + MAX_ROWS + " rows"));
                return rows;
            }
            rows.add(new Row(number, fields.stream().map(String::strip).toList()));
        }
        if (!headerSeen) {
            problems.add(new Problem(0, "missing the header '" + header + "'"));
        }
        return rows;
    }
}
