package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every detector a screening can name has a plain label on the review page, in Chinese and in
 * English: a reviewer reads 私聊求交易, not trade-solicitation. The detectors are those that fire on
 * the quality set, the public corpora's dev halves and the message kinds that carry no text (a
 * mini-program card, a QR image, a link card, a contact card), so a new detector with test lines of
 * its own cannot ship without its labels.
 */
class DetectorLabelsTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));
    private static final Path I18N = Path.of("..", "ui", "src", "main", "frontend", "src", "i18n.js");

    @Test
    void everyDetectorThatFires_hasAReviewPageLabelInChineseAndEnglish() throws IOException {
        Set<String> detectors = new TreeSet<>();
        Stream.concat(
                        TestData.spam().stream().map(TestData.Spam::text),
                        Stream.of("chineseharm-bench", "teleantifraud-dialogues")
                                .flatMap(corpus ->
                                        PublicCorpusQualityTest.read("/corpora/" + corpus + "/dev.csv").stream()
                                                .map(PublicCorpusQualityTest.Line::text)))
                .forEach(text ->
                        SCREENER.screen(text, MessageFlags.NONE).hits().forEach(h -> detectors.add(h.detector())));
        for (MessageFlags flags : List.of(
                new MessageFlags(true, false, false, false),
                new MessageFlags(false, true, false, false),
                new MessageFlags(false, false, true, false),
                new MessageFlags(false, false, false, true))) {
            SCREENER.screen("", flags).hits().forEach(h -> detectors.add(h.detector()));
        }
        String i18n = Files.readString(I18N, StandardCharsets.UTF_8);

        assertThat(detectors).hasSizeGreaterThanOrEqualTo(20);
        assertThat(detectors)
                .allSatisfy(detector -> assertThat(occurrences(i18n, "'rv.detector." + detector + "':"))
                        .as("labels of detector %s (zh and en)", detector)
                        .isEqualTo(2));
    }

    private static int occurrences(String text, String key) {
        int count = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            count++;
        }
        return count;
    }
}
