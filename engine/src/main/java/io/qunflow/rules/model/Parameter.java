package io.qunflow.rules.model;

/**
 * A threshold compliance can change without editing rules, e.g.
 * {@code Parameter( name == "moderation.flood-messages", $limit : number )}.
 *
 * @param name dotted name, prefixed with the rule set that reads it
 * @param value the value as entered
 * @param number the value as a number, or {@code NaN} for text parameters
 */
public record Parameter(String name, String value, double number) {}
