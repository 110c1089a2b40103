package io.qunflow.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the project's word lists and the quality set; shared by tests and the benchmark. */
public final class TestData {

    /** One labelled spam line. */
    public record Spam(String family, Category category, String text) {}

    private TestData() {}

    /** All entries of the shipped word lists, rules/lexicon/*.csv, in file-name order. */
    public static List<LexiconEntry> lexiconEntries() {
        return ShippedLexicon.all();
    }

    public static List<Spam> spam() {
        List<Spam> out = new ArrayList<>();
        for (String line : lines("/quality/spam.tsv")) {
            String[] p = line.split("\t", 3);
            out.add(new Spam(p[0], Category.valueOf(p[1]), p[2]));
        }
        return out;
    }

    public static List<String> clean() {
        return lines("/quality/clean.txt");
    }

    /** The shipped moderation rules, rules/moderation.drl. */
    public static String shippedModerationRules() {
        return resource("/rules/moderation.drl");
    }

    /** A resource on the test class path, whole, as UTF-8. */
    static String resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String l : resource(resource).split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }
}
