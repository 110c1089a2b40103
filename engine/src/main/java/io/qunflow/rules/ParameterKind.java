package io.qunflow.rules;

/** What a parameter holds; numbers are checked against the parameter's bounds. */
public enum ParameterKind {
    INTEGER,
    DECIMAL,
    TEXT,
    /** Host names separated by spaces, each standing for itself and its subdomains ({@link HostList}). */
    HOSTS;

    /** Whether rules read the value as a number, not as text. */
    boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
