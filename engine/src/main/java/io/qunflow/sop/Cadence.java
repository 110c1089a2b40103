package io.qunflow.sop;

/** How often an entry posts: every day, one weekday each week, or once on a date. */
public enum Cadence {
    DAILY,
    WEEKLY,
    ONCE
}
