package io.qunflow.moderation;

import io.qunflow.common.Words;
import io.qunflow.moderation.VariantData.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The variant files' CSV: a header, {@code #} comments and blank lines, and no quoting (no field
 * needs a comma); a byte-order mark before the header is allowed.
 */
final class VariantCsv {

    private VariantCsv() {}

    /** A data row: its line in the file and its fields, stripped. */
    record Row(int line, List<String> fields) {}

    /** The data rows; a missing header, a wrong field count or a file too large is a problem. */
    static List<Row> rows(String csv, String header, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            problems.add(new Problem(
                    0,
                    new Words(
                            "the file is empty: it needs the header '" + header + "'",
                            "文件是空的：第一行须是表头「" + header + "」")));
            return rows;
        }
        if (csv.length() > VariantData.MAX_LENGTH) {
            problems.add(new Problem(
                    0,
                    new Words(
                            "the file is longer than " + VariantData.MAX_LENGTH + " characters",
                            "文件超过 " + VariantData.MAX_LENGTH + " 个字符")));
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
                    problems.add(new Problem(
                            number,
                            new Words(
                                    "expected the header '" + header + "' but got '" + trimmed + "'",
                                    "表头应为「" + header + "」，实际是「" + trimmed + "」")));
                    return rows;
                }
                headerSeen = true;
                continue;
            }
            List<String> fields = List.of(line.split(",", -1));
            if (fields.size() != columns) {
                problems.add(new Problem(
                        number,
                        new Words(
                                "expected " + columns + " fields (" + header + ") but got " + fields.size(),
                                "应有 " + columns + " 列（" + header + "），实际有 " + fields.size() + " 列")));
                continue;
            }
            if (rows.size() == VariantData.MAX_ROWS) {
                problems.add(new Problem(
                        number,
                        new Words(
                                "a file holds at most " + VariantData.MAX_ROWS + " rows",
                                "一个文件最多 " + VariantData.MAX_ROWS + " 行")));
                return rows;
            }
            rows.add(new Row(number, fields.stream().map(String::strip).toList()));
        }
        if (!headerSeen) {
            problems.add(new Problem(0, new Words("missing the header '" + header + "'", "缺少表头「" + header + "」")));
        }
        return rows;
    }
}
