package io.qunflow.moderation;

/** How serious a hit is; SEVERE hits are acted on at once. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    SEVERE
}
