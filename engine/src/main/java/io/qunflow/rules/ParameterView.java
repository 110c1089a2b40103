package io.qunflow.rules;

import java.time.OffsetDateTime;

/** A parameter as compliance sees it: what it is, its bounds, and who set the current value. */
public record ParameterView(
        String name,
        String ruleSet,
        ParameterKind kind,
        String value,
        Double min,
        Double max,
        String description,
        int version,
        String changedBy,
        OffsetDateTime changedAt) {}
