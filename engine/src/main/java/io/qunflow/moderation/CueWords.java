package io.qunflow.moderation;

import io.qunflow.common.Words;
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
                problems.add(new Problem(row.line(), VariantData.unknownKind(kind, kindNames())));
                continue;
            }
            Words wrong = cueProblem(text, parsed, normalizer);
            Cue cue = new Cue(text, parsed);
            if (wrong == null && lineOf.containsKey(cue)) {
                wrong = VariantData.listedTwice(
                        "'" + text + "' (" + kind + ")", "「" + text + "」（" + kind + "）", lineOf.get(cue));
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

    private static Words cueProblem(String text, Cue.Kind kind, Normalizer normalizer) {
        if (text.isEmpty()) {
            return new Words("empty cue", "提示词是空的");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return new Words("a cue is at most " + MAX_LENGTH + " characters", "提示词最多 " + MAX_LENGTH + " 个字符");
        }
        switch (kind) {
            case TLD, COMMON_TLD -> {
                if (text.length() < 2 || text.length() > 6 || !text.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    return new Words(
                            "a top-level domain is 2 to 6 lower-case latin letters, not '" + text + "'",
                            "顶级域名须是 2 到 6 个小写英文字母，而不是「" + text + "」");
                }
            }
            case SHORT_LINK -> {
                if (!isHostName(text)) {
                    return new Words(
                            "a link-shortener host is a host name such as t.cn (lower-case letters, digits, '-'"
                                    + " and dots), not '" + text + "'",
                            "短链接域名须是 t.cn 这样的域名（小写英文字母、数字、“-”和点），而不是「" + text + "」");
                }
            }
            default -> {
                if (normalizer.normalizeTerm(text).isEmpty()) {
                    return new Words(
                            "'" + text + "' has no matchable characters once separators and symbols are removed",
                            "「" + text + "」去掉分隔符和符号后，没有剩下可以匹配的字");
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
