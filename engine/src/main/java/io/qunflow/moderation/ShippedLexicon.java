package io.qunflow.moderation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The word lists shipped in {@code rules/lexicon/*.csv}, the defaults a new installation starts with. */
final class ShippedLexicon {

    private ShippedLexicon() {}

    /** Entries by file name, in file-name order. */
    static Map<String, List<LexiconEntry>> byFile() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources("classpath*:rules/lexicon/*.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped word lists", e);
        }
        Map<String, List<LexiconEntry>> byFile = new LinkedHashMap<>();
        Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).forEach(file -> {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                byFile.put(file.getFilename(), LexiconCsv.read(reader));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read rules/lexicon/" + file.getFilename(), e);
            }
        });
        return byFile;
    }

    /** Every shipped entry. */
    static List<LexiconEntry> all() {
        return byFile().values().stream().flatMap(List::stream).toList();
    }

    /**
     * The terms a release took out of the shipped files, as they were shipped: an installation
     * that still lists one of them just so takes it out ({@link ShippedWordLists}).
     */
    static List<LexiconEntry> withdrawn() {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:" + WITHDRAWN);
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return LexiconCsv.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WITHDRAWN, e);
        }
    }

    static final String WITHDRAWN = "rules/lexicon/withdrawn/terms.csv";
}
