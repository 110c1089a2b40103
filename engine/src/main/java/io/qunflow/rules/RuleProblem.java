package io.qunflow.rules;

/** A problem found in rule source, at a line and column (1-based; 0 when Drools does not say). */
public record RuleProblem(int line, int column, String message) {}
