package io.qunflow.rules;

import java.time.OffsetDateTime;

/**
 * A shadow candidate running beside the active version: how many live evaluations it has seen,
 * how often it disagreed, and how many it skipped because it could not keep up.
 */
public record ShadowStatus(
        String ruleSet,
        String startedBy,
        String comment,
        OffsetDateTime startedAt,
        long evaluated,
        long disagreements,
        long skipped) {}
