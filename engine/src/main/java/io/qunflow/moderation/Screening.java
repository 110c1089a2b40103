package io.qunflow.moderation;

import java.util.List;

/** The normalised text of a message and everything found in it. */
public record Screening(String normalized, List<Hit> hits) {

    public boolean clean() {
        return hits.isEmpty();
    }
}
