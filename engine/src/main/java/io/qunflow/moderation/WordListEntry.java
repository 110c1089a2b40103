package io.qunflow.moderation;

import java.time.OffsetDateTime;

/** A live word-list entry with who added or last changed it. */
public record WordListEntry(String term, Category category, Severity severity, String addedBy, OffsetDateTime addedAt) {

    LexiconEntry entry() {
        return new LexiconEntry(term, category, severity);
    }
}
