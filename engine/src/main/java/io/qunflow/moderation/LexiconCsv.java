package io.qunflow.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Word lists as CSV, for the shipped files under {@code rules/lexicon/} and compliance's import
 * and export.
 *
 * <p>Format (UTF-8): header {@code term,category,severity}; lines starting with {@code #}
 * and blank lines are ignored; fields may be double-quoted ({@code ""} escapes a quote);
 * category and severity names are case-insensitive. A term starting with {@code = + - @} (or a
 * tab or carriage return, or with {@code '} itself) is written with a leading {@code '}, which
 * reading takes off again:
 * a spreadsheet opening the export would otherwise run it as a formula ({@code =HYPERLINK(…)}).
 */
final class LexiconCsv {

    private static final String HEADER = "term,category,severity";

    private LexiconCsv() {}

    /** A file that is not a word list, with what is wrong in both languages: compliance imports it from the UI. */
    static final class Unreadable extends IllegalArgumentException {

        final String messageZh;

        Unreadable(String message, String messageZh) {
            super(message);
            this.messageZh = messageZh;
        }
    }

    /**
     * Reads entries from CSV (format in the class comment).
     *
     * @throws Unreadable naming the line number when a line is malformed or the header is missing
     */
    static List<LexiconEntry> read(Reader csv) throws IOException {
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        List<LexiconEntry> out = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // BOM written by Excel
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> fields = splitCsvLine(line, lineNo);
            if (!headerSeen) {
                if (!String.join(",", fields).strip().equalsIgnoreCase(HEADER)) {
                    throw new Unreadable(
                            "lexicon CSV line " + lineNo + ": expected header '" + HEADER + "' but got '" + line + "'",
                            "词库 CSV 第 " + lineNo + " 行：应为表头“" + HEADER + "”，实际是“" + line + "”");
                }
                headerSeen = true;
                continue;
            }
            if (fields.size() != 3) {
                throw new Unreadable(
                        "lexicon CSV line " + lineNo + ": expected 3 fields (term,category,severity) but got "
                                + fields.size() + ": '" + line + "'",
                        "词库 CSV 第 " + lineNo + " 行：应有 3 列（词,类别,严重程度），实际 " + fields.size() + " 列：“" + line + "”");
            }
            String term = unguarded(fields.get(0).strip());
            if (term.isEmpty()) {
                throw new Unreadable("lexicon CSV line " + lineNo + ": empty term", "词库 CSV 第 " + lineNo + " 行：词是空的");
            }
            Category category = parseEnum(Category.class, fields.get(1), lineNo, "category");
            Severity severity = parseEnum(Severity.class, fields.get(2), lineNo, "severity");
            out.add(new LexiconEntry(term, category, severity));
        }
        if (!headerSeen) {
            throw new Unreadable("lexicon CSV: missing header '" + HEADER + "'", "词库 CSV：缺少表头“" + HEADER + "”");
        }
        return out;
    }

    /** Writes entries as CSV readable by {@link #read(Reader)}, quoting terms only when needed. */
    static String write(Collection<LexiconEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (LexiconEntry e : entries) {
            sb.append(quote(e.term()))
                    .append(',')
                    .append(e.category().name())
                    .append(',')
                    .append(e.severity().name())
                    .append('\n');
        }
        return sb.toString();
    }

    /** Characters a spreadsheet reads as the start of a formula when a cell begins with one. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * A term as exported behind the formula guard, back as written. A term that itself starts with
     * the guard is exported behind one more, so {@code '=x} and {@code =x} stay two terms.
     */
    private static String unguarded(String field) {
        if (!field.startsWith("'")) {
            return field;
        }
        String rest = field.substring(1);
        return startsLikeAFormula(rest) || rest.startsWith("'") ? rest : field;
    }

    private static String quote(String written) {
        String term = startsLikeAFormula(written) || written.startsWith("'") ? "'" + written : written;
        boolean needs = term.indexOf(',') >= 0
                || term.indexOf('"') >= 0
                || term.indexOf('\n') >= 0
                || term.indexOf('\r') >= 0
                || term.startsWith("#")
                || !term.equals(term.strip());
        return needs ? '"' + term.replace("\"", "\"\"") + '"' : term;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, int lineNo, String what) {
        String name = raw.strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException ex) {
            throw new Unreadable(
                    "lexicon CSV line " + lineNo + ": unknown " + what + " '" + raw.strip() + "'",
                    "词库 CSV 第 " + lineNo + " 行：未知的" + (what.equals("category") ? "类别" : "严重程度") + "“" + raw.strip()
                            + "”");
        }
    }

    private static List<String> splitCsvLine(String line, int lineNo) {
        List<String> fields = new ArrayList<>(3);
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            cur.setLength(0);
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cur.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cur.append(c);
                    }
                }
                if (!closed) {
                    throw new Unreadable(
                            "lexicon CSV line " + lineNo + ": unterminated quoted field",
                            "词库 CSV 第 " + lineNo + " 行：引号没有闭合");
                }
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new Unreadable(
                            "lexicon CSV line " + lineNo + ": unexpected character after quoted field at column "
                                    + (i + 1),
                            "词库 CSV 第 " + lineNo + " 行第 " + (i + 1) + " 列：引号内容之后有多余的字符");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    cur.append(line.charAt(i++));
                }
            }
            fields.add(cur.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
