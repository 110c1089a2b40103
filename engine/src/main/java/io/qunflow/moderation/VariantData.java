package io.qunflow.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variant data shipped in {@code rules/lexicon/variants/}: which characters stand for which
 * (characters.csv) and the cue words the detectors look for (cues.csv). Both are CSV with a
 * header, {@code #} comments and no quoting (no field needs a comma); a bad line is refused with
 * its number, so a broken file stops the start instead of weakening moderation.
 */
final class VariantData {

    static final String CHARACTERS = "rules/lexicon/variants/characters.csv";
    static final String CUES = "rules/lexicon/variants/cues.csv";

    private static final Set<String> CHARACTER_KINDS = Set.of("homophone", "lookalike", "symbol", "emoji", "numeral");

    private VariantData() {}

    /** The shipped character table, chains resolved (a variant of a variant maps to the end of the chain). */
    static Map<Integer, String> shippedCharacters() {
        try (Reader in = open(CHARACTERS)) {
            return parseCharacters(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CHARACTERS, e);
        }
    }

    /** The shipped cue words. */
    static List<Cue> shippedCues() {
        try (Reader in = open(CUES)) {
            return parseCues(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CUES, e);
        }
    }

    static Map<Integer, String> parseCharacters(Reader csv) throws IOException {
        Map<Integer, String> table = new HashMap<>();
        for (Row row : rows(csv, "variant,canonical,kind")) {
            String variant = row.fields().get(0);
            String canonical = row.fields().get(1);
            if (variant.codePointCount(0, variant.length()) != 1) {
                throw row.refused("the variant must be one character, not '" + variant + "'");
            }
            if (canonical.isEmpty() || canonical.codePointCount(0, canonical.length()) > 2) {
                throw row.refused("the canonical form must be one or two characters, not '" + canonical + "'");
            }
            if (!CHARACTER_KINDS.contains(row.fields().get(2))) {
                throw row.refused("unknown kind '" + row.fields().get(2) + "', expected one of " + CHARACTER_KINDS);
            }
            if (table.put(variant.codePointAt(0), canonical) != null) {
                throw row.refused("'" + variant + "' is listed twice");
            }
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
                    throw new IllegalArgumentException(CHARACTERS + ": '" + new String(Character.toChars(variant))
                            + "' and '" + end + "' stand for each other");
                }
                end = next;
            }
            resolved.put(variant, end);
        });
        return resolved;
    }

    static List<Cue> parseCues(Reader csv) throws IOException {
        List<Cue> cues = new ArrayList<>();
        for (Row row : rows(csv, "cue,kind")) {
            String kind = row.fields().get(1);
            Cue.Kind parsed;
            try {
                parsed =
                        Cue.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.refused("unknown kind '" + kind + "'");
            }
            if (row.fields().get(0).isEmpty()) {
                throw row.refused("empty cue");
            }
            cues.add(new Cue(row.fields().get(0), parsed));
        }
        return cues;
    }

    private record Row(int number, List<String> fields, String file) {
        IllegalArgumentException refused(String why) {
            return new IllegalArgumentException(file + " line " + number + ": " + why);
        }
    }

    private static List<Row> rows(Reader csv, String header) throws IOException {
        BufferedReader in = new BufferedReader(csv);
        int columns = header.split(",").length;
        String file = columns == 3 ? CHARACTERS : CUES;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!trimmed.equals(header)) {
                    throw new IllegalArgumentException(
                            file + " line " + number + ": expected header '" + header + "' but got '" + trimmed + "'");
                }
                headerSeen = true;
                continue;
            }
            List<String> fields = List.of(line.split(",", -1));
            if (fields.size() != columns) {
                throw new Row(number, fields, file)
                        .refused("expected " + columns + " fields (" + header + ") but got " + fields.size());
            }
            rows.add(new Row(number, fields.stream().map(String::strip).toList(), file));
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(file + ": missing header '" + header + "'");
        }
        return rows;
    }

    private static Reader open(String resource) {
        InputStream in = VariantData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource + " on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
