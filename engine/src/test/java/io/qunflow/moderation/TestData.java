package io.qunflow.moderation;

import io.qunflow.rules.Decision;
import io.qunflow.rules.OfflineRuleSet;
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

    /** The shipped word lists and variant data, as the server screens with them. */
    static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));

    /** What the shipped word lists, variant data and detectors find in a plain text message. */
    static List<Hit> hits(String text) {
        return SCREENER.screen(text, MessageFlags.NONE).hits();
    }

    /**
     * What the shipped moderation rules decide on a plain text message from a plain member three days
     * in the group with a clean record; empty when nothing is decided.
     */
    static List<String> outcomes(String text) {
        ModerationPipeline.Outcome outcome = ModerationPipeline.decide(
                SCREENER,
                new ModerationPipeline.Input("g", "m", "MEMBER", null, 72, text, MessageFlags.NONE, 0, 30, 1, 30, 8),
                true,
                ShippedRules.MODERATION::evaluate);
        return outcome.evaluation() == null
                ? List.of()
                : outcome.evaluation().decisions().stream()
                        .map(Decision::outcome)
                        .toList();
    }

    /** Compiled once, on first use, by the tests that decide. */
    private static final class ShippedRules {
        static final OfflineRuleSet MODERATION = OfflineRuleSet.compile("moderation", shippedModerationRules());
    }

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
