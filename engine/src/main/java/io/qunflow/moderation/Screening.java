package io.qunflow.moderation;

import java.util.List;

/**
 * Result of screening one message.
 *
 * @param normalized the canonical form the matchers saw (lower-case, half-width, simplified,
 *                   separators removed, numerals as digits); useful for logs and rule debugging
 * @param hits       findings ordered by start offset; empty when the message is clean
 */
public record Screening(String normalized, List<Hit> hits) {
    public Screening {
        hits = List.copyOf(hits);
    }

    /** True when nothing was found. */
    public boolean clean() {
        return hits.isEmpty();
    }
}
