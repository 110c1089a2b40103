package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.rules.Evaluation;
import io.qunflow.rules.OfflineRuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Moderation measured on public labelled corpora nobody here wrote (src/test/resources/corpora,
 * each with a README naming source, licence and sampling). The real pipeline decides every line:
 * the shipped word lists and variant data, the detectors, and the shipped {@code moderation.drl},
 * for a plain member three days in the group with a clean record. A line is caught when the rules
 * warn, remove or delete.
 *
 * <p>The test halves are only scored: their figures are printed and held to a floor set slightly
 * below their first honest run (for a corpus the detectors were tuned on, the first run after
 * tuning on its dev half). The dev halves are scored too, and their misses and false positives
 * written to {@code target/corpora} for whoever tunes next; so are the reserves, the source lines in
 * neither half (see each corpus README), a second sample to tune on whose first, untouched figures
 * stood within two points of the test halves'.
 *
 * <p>Two corpora are clean only (everyday task dialogues and chit-chat): they have no spam, so only
 * their false positives are printed, and their test halves are held to a ceiling set slightly above
 * their first honest run.
 */
class PublicCorpusQualityTest {

    private static final Set<String> ACTED = Set.of("WARN_MEMBER", "REMOVE_MEMBER", "DELETE_MESSAGE");

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));
    private static final OfflineRuleSet RULES = OfflineRuleSet.compile("moderation", TestData.shippedModerationRules());

    /** A corpus line. */
    record Line(boolean spam, String category, String text) {}

    /** What the pipeline made of one half. */
    record Score(int spam, int caught, int clean, int flagged, Map<String, int[]> perCategory) {
        double recall() {
            return 100.0 * caught / spam;
        }

        double falsePositiveRate() {
            return 100.0 * flagged / clean;
        }
    }

    @Test
    void decide_chineseHarmBenchTestHalf_recallAndFalsePositivesHoldTheirFloor() {
        Score score = score("chineseharm-bench", "test", false);
        assertThat(score.spam()).isEqualTo(1500);
        assertThat(score.clean()).isEqualTo(496);
        // First honest run after tuning on the dev half: 34.1 % recall, 0.8 % false positives;
        // 34.6 % and 0.8 % after the second pass, 36.5 % and 0.8 % after the third, 37.1 % and 0.8 % after
        // the fourth, 40.2 % and 1.0 % after the fifth (pornography and abuse), 42.1 % and 1.0 % after the
        // sixth (recruitment by pay rate), 42.5 % and 1.0 % after the seventh (gambling invitations),
        // 43.0 % and 1.0 % after the eighth (gig offers), 46.6 % and 1.0 % after the ninth (insults spelt
        // in slang), 47.1 % and 1.0 % after the tenth (porn solicitation phrases), 48.0 % and 1.0 % after
        // the eleventh (black-market services, insults, characters for words), 48.7 % and 1.0 % after the
        // fifteenth, 49.1 % and 1.0 % after the sixteenth (stand-ins for 加, 点 and 微), 49.8 % and 1.0 % after
        // session 29, 50.9 % and 1.0 % after session 30, 51.5 % and 1.0 % after session 31, 51.7 % and 1.0 % after
        // session 32, 53.0 % and 1.0 % after session 33, the first tuned on the reserves too (docs/benchmarks.md).
        assertThat(score.recall()).isGreaterThanOrEqualTo(47.0);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(1.2);
    }

    @Test
    void decide_chineseHarmBenchDevHalf_recallAndFalsePositivesHoldTheirFloor() {
        Score score = score("chineseharm-bench", "dev", true);
        assertThat(score.spam()).isEqualTo(1500);
        // Measured after tuning: 35.8 % recall, 0.6 % false positives; 37.1 % and 0.6 % after the second
        // pass, 38.7 % and 0.6 % after the third, 40.5 % and 0.6 % after the fourth, 45.8 % and 0.6 % after
        // the fifth, 47.3 % and 0.6 % after the sixth, 47.9 % and 0.6 % after the seventh, 48.9 % and
        // 0.6 % after the eighth, 52.5 % and 0.6 % after the ninth, 53.3 % and 0.6 % after the tenth,
        // 55.0 % and 0.6 % after the eleventh, 56.3 % and 0.6 % after the fifteenth, 56.7 % and 0.6 % after the
        // sixteenth.
        assertThat(score.recall()).isGreaterThanOrEqualTo(54.0);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void decide_chineseHarmBenchReserve_recallHoldsItsFloor() {
        Score score = score("chineseharm-bench", "reserve", true);
        assertThat(score.spam()).isEqualTo(1996);
        assertThat(score.clean()).isZero();
        // First run, before anything was tuned on it: 52.7 % recall.
        assertThat(score.recall()).isGreaterThanOrEqualTo(50.0);
    }

    @Test
    void decide_teleAntiFraudTestHalf_recallAndFalsePositivesHoldTheirFloor() {
        Score score = score("teleantifraud-dialogues", "test", false);
        assertThat(score.spam()).isEqualTo(1000);
        assertThat(score.clean()).isEqualTo(994);
        // First honest run, nothing tuned on this corpus: 5.8 % recall, 5.1 % false positives (5.2 %
        // once the paid-task detector came, tuned on the other corpus); 5.7 % and 3.8 % once everyday
        // phrases such as 联系我们 stopped counting as private-chat asks (tuned on the dev half); 59.5 % and
        // 4.0 % with the impersonation detector (tuned on the dev half); 71.4 % and 3.4 % after session 29,
        // 81.7 % and 1.9 % after session 30 (numbers a service reads out, e-mail domains, prize claims,
        // account alerts), 85.4 % and 1.9 % after session 31 (kidnapping calls, fake service agents), 85.8 % and
        // 1.9 % after session 32, 87.0 % and 1.7 % after session 33 (read-backs, kidnapping in the passive and
        // money alone only with a demand or a relative, prizes worth a fortune; tuned on the reserve).
        assertThat(score.recall()).isGreaterThanOrEqualTo(50.0);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(4.5);
    }

    @Test
    void decide_teleAntiFraudDevHalf_recallAndFalsePositivesHoldTheirFloor() {
        Score score = score("teleantifraud-dialogues", "dev", true);
        assertThat(score.spam()).isEqualTo(1000);
        assertThat(score.clean()).isEqualTo(994);
        // First run, nothing tuned on this corpus yet: 5.9 % recall, 4.6 % false positives; 5.6 % and
        // 3.2 % after its false positives were read and the everyday phrases listed; 60.1 % and 3.3 % with
        // the impersonation detector.
        assertThat(score.recall()).isGreaterThanOrEqualTo(52.0);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(4.0);
    }

    @Test
    void decide_teleAntiFraudReserve_recallAndFalsePositivesHoldTheirFloor() {
        Score score = score("teleantifraud-dialogues", "reserve", true);
        assertThat(score.spam()).isEqualTo(1000);
        assertThat(score.clean()).isEqualTo(460);
        // First run, before anything was tuned on it: 84.0 % recall, 1.7 % false positives (8 of 460).
        assertThat(score.recall()).isGreaterThanOrEqualTo(80.0);
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(2.5);
    }

    @Test
    void decide_crossWozTestHalf_falsePositivesHoldTheirCeiling() {
        Score score = score("crosswoz-dialogues", "test", false);
        assertThat(score.spam()).isZero();
        assertThat(score.clean()).isEqualTo(999);
        // Clean only (everyday task dialogues: hotels, restaurants, sights, metro, taxis; phone numbers,
        // prices and addresses read out by a service). First honest run: 0.1 % false positives (a
        // mobile number read out, warned on purpose: see the corpus README).
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void decide_crossWozDevHalf_falsePositivesHoldTheirCeiling() {
        Score score = score("crosswoz-dialogues", "dev", true);
        assertThat(score.spam()).isZero();
        assertThat(score.clean()).isEqualTo(999);
        // First run: 0.1 % false positives (the same kind of line).
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void decide_kdConvTestHalf_falsePositivesHoldTheirCeiling() {
        Score score = score("kdconv-chitchat", "test", false);
        assertThat(score.spam()).isZero();
        assertThat(score.clean()).isEqualTo(1002);
        // Clean only (chit-chat about films, music and travel). First honest run: 0.0 % false positives.
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void decide_kdConvDevHalf_falsePositivesHoldTheirCeiling() {
        Score score = score("kdconv-chitchat", "dev", true);
        assertThat(score.spam()).isZero();
        assertThat(score.clean()).isEqualTo(1002);
        // First run: 0.0 % false positives.
        assertThat(score.falsePositiveRate()).isLessThanOrEqualTo(0.3);
    }

    private static Score score(String corpus, String half, boolean writeMisses) {
        int spam = 0;
        int caught = 0;
        int clean = 0;
        int flagged = 0;
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Line line : read("/corpora/" + corpus + "/" + half + ".csv")) {
            boolean acted = acted(line.text());
            int[] c = perCategory.computeIfAbsent(line.category(), k -> new int[2]);
            c[1]++;
            if (acted) {
                c[0]++;
            }
            if (line.spam()) {
                spam++;
                caught += acted ? 1 : 0;
                if (!acted) {
                    misses.add("MISSED\t" + line.category() + "\t" + line.text());
                }
            } else {
                clean++;
                flagged += acted ? 1 : 0;
                if (acted) {
                    misses.add("FALSE POSITIVE\t" + line.text() + "\t"
                            + SCREENER.screen(line.text(), MessageFlags.NONE).hits());
                }
            }
        }
        Score score = new Score(spam, caught, clean, flagged, perCategory);
        if (spam == 0) {
            // a clean-only corpus: recall is undefined
            System.out.printf(
                    "%s %s: no spam, false positives %d/%d = %.1f%%%n",
                    corpus, half, flagged, clean, score.falsePositiveRate());
        } else if (clean == 0) {
            // a spam-only sample (a reserve of harmful lines): false positives are undefined
            System.out.printf(
                    "%s %s: recall %d/%d = %.1f%%, no clean lines%n", corpus, half, caught, spam, score.recall());
        } else {
            System.out.printf(
                    "%s %s: recall %d/%d = %.1f%%, false positives %d/%d = %.1f%%%n",
                    corpus, half, caught, spam, score.recall(), flagged, clean, score.falsePositiveRate());
        }
        perCategory.forEach((category, c) -> System.out.printf("  %-6s %3d/%3d acted on%n", category, c[0], c[1]));
        if (writeMisses) {
            write(Path.of("target", "corpora", corpus + "-" + half + "-misses.tsv"), misses);
        }
        return score;
    }

    private static boolean acted(String text) {
        ModerationPipeline.Outcome outcome = ModerationPipeline.decide(
                SCREENER,
                new ModerationPipeline.Input("g", "m", "MEMBER", null, 72, text, MessageFlags.NONE, 0, 30, 1, 30, 8),
                true,
                RULES::evaluate);
        Evaluation evaluation = outcome.evaluation();
        return evaluation != null && evaluation.decisions().stream().anyMatch(d -> ACTED.contains(d.outcome()));
    }

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        String csv = TestData.resource(resource);
        boolean header = true;
        for (String row : csv.split("\n")) {
            if (row.isEmpty()) {
                continue;
            }
            List<String> fields = fields(row);
            if (header) {
                assertThat(fields).containsExactly("label", "category", "text");
                header = false;
                continue;
            }
            assertThat(fields).hasSize(3);
            assertThat(fields.get(0)).isIn("spam", "clean");
            lines.add(new Line(fields.get(0).equals("spam"), fields.get(1), fields.get(2)));
        }
        return lines;
    }

    /** One RFC 4180 row without line breaks inside fields (the samples collapse whitespace). */
    private static List<String> fields(String row) {
        List<String> fields = new ArrayList<>(3);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
