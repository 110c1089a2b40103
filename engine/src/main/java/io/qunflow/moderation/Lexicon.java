package io.qunflow.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An immutable word list, built once and shared by every thread. */
public final class Lexicon {

    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Lexicon of(Collection<LexiconEntry> entries) {
        return new Lexicon(new ArrayList<>(entries));
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * Reads {@code term,category,severity} lines after a header; {@code #} starts a comment line.
     *
     * @throws IllegalArgumentException naming the line of the first bad entry
     */
    public static List<LexiconEntry> parseCsv(Reader csv) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        int number = 0;
        boolean header = true;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.trim().equalsIgnoreCase("term,category,severity")) {
                    continue;
                }
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3 || fields[0].isBlank()) {
                throw new IllegalArgumentException("Line " + number + ": expected term,category,severity");
            }
            try {
                entries.add(new LexiconEntry(fields[0].strip(), Category.valueOf(fields[1].strip()),
                        Severity.valueOf(fields[2].strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + number + ": unknown category or severity", e);
            }
        }
        return entries;
    }
}
