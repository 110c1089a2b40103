package io.qunflow.rules;

/** What a parameter holds; numbers are checked against the parameter's bounds. */
public enum ParameterKind {
    INTEGER,
    DECIMAL,
    TEXT
}
