package io.qunflow.moderation;

/** How bad a hit is; ordered from mildest to worst so {@code compareTo} can pick the strongest hit. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    SEVERE
}
