package io.qunflow.moderation;

import java.util.Objects;

/**
 * One word-list entry. The term is written the way a human would write it (e.g. {@code 加微信});
 * the screener normalises it the same way it normalises messages, so variant spellings of the
 * term itself need not be listed.
 */
public record LexiconEntry(String term, Category category, Severity severity) {
    public LexiconEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        if (term.isBlank()) {
            throw new IllegalArgumentException("term must not be blank");
        }
    }
}
