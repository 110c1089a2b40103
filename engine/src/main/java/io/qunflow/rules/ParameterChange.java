package io.qunflow.rules;

import java.time.OffsetDateTime;

/** One version of a parameter's value. */
public record ParameterChange(int version, String value, String author, String comment, OffsetDateTime changedAt) {}
