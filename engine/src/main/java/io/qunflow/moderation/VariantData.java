package io.qunflow.moderation;

import io.qunflow.common.Words;
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

    /**
     * Something wrong with a variant file; line 0 when it concerns the file as a whole. Said in
     * both languages: compliance editors read it in Chinese.
     */
    record Problem(int line, Words words) {

        @Override
        public String toString() {
            return line == 0 ? words.en() : "line " + line + ": " + words.en();
        }

        /** The problem with its line, in Chinese. */
        String zh() {
            return line == 0 ? words.zh() : "第 " + line + " 行：" + words.zh();
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
            Words wrong = variantProblem(variant);
            if (wrong == null) {
                wrong = canonicalProblem(variant, canonical);
            }
            if (wrong == null && !CHARACTER_KINDS.contains(kind)) {
                wrong = unknownKind(kind, new java.util.TreeSet<>(CHARACTER_KINDS));
            }
            if (wrong == null && lineOf.containsKey(variant.codePointAt(0))) {
                wrong = listedTwice("'" + variant + "'", "「" + variant + "」", lineOf.get(variant.codePointAt(0)));
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
                        String one = new String(Character.toChars(variant));
                        String other = new String(Character.toChars(before));
                        problems.add(new Problem(
                                lineOf.get(variant),
                                new Words(
                                        "'" + one + "' and '" + other + "' stand for each other",
                                        "「" + one + "」和「" + other + "」互相代替，绕成了一个圈")));
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

    /** An unknown kind, naming the kinds there are; the kinds are words of the file, so not translated. */
    static Words unknownKind(String kind, java.util.Collection<String> kinds) {
        return new Words(
                "unknown kind '" + kind + "', expected one of " + kinds, "未知的类型「" + kind + "」，应为其中之一：" + kinds);
    }

    /** A row repeating an earlier one, named as each language quotes it. */
    static Words listedTwice(String en, String zh, int firstLine) {
        return new Words(
                en + " is listed twice (first on line " + firstLine + ")", zh + "重复出现（第一次在第 " + firstLine + " 行）");
    }

    private static Words variantProblem(String variant) {
        if (variant.isEmpty() || variant.codePointCount(0, variant.length()) != 1) {
            return new Words(
                    "the variant must be one character, not '" + variant + "'", "变体字须是一个字符，而不是「" + variant + "」");
        }
        int cp = variant.codePointAt(0);
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            return new Words(
                    "the variant '" + variant + "' is a plain latin letter or digit: every message writes it"
                            + " and means it",
                    "变体字「" + variant + "」是普通的英文字母或数字：消息里写它，意思就是它本身");
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
            String code = "U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            return new Words("the variant must be a visible character, not " + code, "变体字须是看得见的字符，而不是 " + code);
        }
        return null;
    }

    private static Words canonicalProblem(String variant, String canonical) {
        int count = canonical.codePointCount(0, canonical.length());
        if (count < 1 || count > 2) {
            return new Words(
                    "the canonical form must be one or two characters, not '" + canonical + "'",
                    "标准写法须是一到两个字符，而不是「" + canonical + "」");
        }
        if (canonical.equals(variant)) {
            return new Words("'" + variant + "' stands for itself", "「" + variant + "」代替的是它自己");
        }
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (Character.isSurrogate(c) || !Character.isLetterOrDigit(c)) {
                return new Words(
                        "the canonical form '" + canonical + "' must be letters or digits (Chinese, latin, digits)",
                        "标准写法「" + canonical + "」只能是文字或数字（汉字、英文字母、数字）");
            }
            if (!CharacterBase.isCanonical(c)) {
                return new Words(
                        "the canonical form '" + canonical + "' is not written as the word lists are matched"
                                + " (lower case, half width, simplified): '" + c + "' is not",
                        "标准写法「" + canonical + "」不是词库匹配时的写法（小写、半角、简体）：「" + c + "」不是");
            }
        }
        return null;
    }
}
