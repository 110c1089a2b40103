package io.qunflow.moderation;

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
            problems.add(new Problem(0, "the file is empty: it needs the header '" + header + "'"));
            return rows;
        }
        if (csv.length() > VariantData.MAX_LENGTH) {
            problems.add(new Problem(0, "the file is longer than " + VariantData.MAX_LENGTH + " characters"));
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
            if (rows.size() == VariantData.MAX_ROWS) {
                problems.add(new Problem(number, "a file holds at most " + VariantData.MAX_ROWS + " rows"));
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
