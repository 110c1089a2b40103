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
 * The two variant files and the character table's rules: which characters stand for which
 * ({@code characters}, {@code variant,canonical,kind}); the cue words the detectors look for
 * ({@code cues}, {@code cue,kind}) are {@link CueWords}' to read. Both are CSV as
 * {@link VariantCsv} reads it. Every row is checked and every problem reported with its line, so
 * compliance sees at once all that is wrong with an edit, and nothing that fails a check ever
 * reaches the matchers.
 */
final class VariantData {

    static final String CHARACTERS = "characters";
    static final String CUES = "cues";
    /** The variant files, by name; each is shipped as {@code rules/lexicon/variants/<name>.csv}. */
    static final List<String> FILES = List.of(CHARACTERS, CUES);

    static final int MAX_LENGTH = 400_000;
    static final int MAX_ROWS = 10_000;

    private static final Set<String> CHARACTER_KINDS = Set.of("homophone", "lookalike", "symbol", "emoji", "numeral");
    private static final String CHARACTERS_HEADER = "variant,canonical,kind";

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
        for (VariantCsv.Row row : VariantCsv.rows(csv, CHARACTERS_HEADER, problems)) {
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
        Map<Integer, String> resolved = resolveChains(table, lineOf, problems);
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Parsed<>(resolved, List.copyOf(problems));
    }

    /**
     * Each variant mapped to the end of its chain (溦→薇→微 gives 溦→微); every variant on a loop is
     * a problem ("stand for each other", named with the one before it on the loop). Each variant is
     * walked once: the ends found are kept, so a file of one long chain costs linear time, not the
     * square of its rows. Where there is a loop the file is refused, and what the variants on it or
     * leading into it map to does not matter.
     */
    private static Map<Integer, String> resolveChains(
            Map<Integer, String> table, Map<Integer, Integer> lineOf, List<Problem> problems) {
        Map<Integer, String> resolved = new HashMap<>();
        for (Integer start : table.keySet()) {
            List<Integer> path = new ArrayList<>();
            Map<Integer, Integer> onPath = new HashMap<>();
            Integer at = start;
            String end = null;
            while (end == null) {
                if (resolved.containsKey(at)) {
                    end = resolved.get(at);
                    break;
                }
                Integer loopsAt = onPath.get(at);
                if (loopsAt != null) {
                    List<Integer> loop = path.subList(loopsAt, path.size());
                    for (int k = 0; k < loop.size(); k++) {
                        int variant = loop.get(k);
                        int before = loop.get((k + loop.size() - 1) % loop.size());
                        problems.add(new Problem(
                                lineOf.get(variant),
                                "'" + new String(Character.toChars(variant)) + "' and '"
                                        + new String(Character.toChars(before)) + "' stand for each other"));
                    }
                    end = table.get(at);
                    break;
                }
                onPath.put(at, path.size());
                path.add(at);
                String canonical = table.get(at);
                boolean oneCharacter = canonical.codePointCount(0, canonical.length()) == 1;
                if (!oneCharacter || !table.containsKey(canonical.codePointAt(0))) {
                    end = canonical;
                } else {
                    at = canonical.codePointAt(0);
                }
            }
            for (Integer variant : path) {
                resolved.put(variant, end);
            }
        }
        return resolved;
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
        // Format characters (zero-width spaces and joiners, direction marks) are invisible: a row
        // mapping one to a letter would put that letter into messages where nobody sees a character.
        if (type == Character.CONTROL
                || type == Character.FORMAT
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
}
