package io.qunflow.sop;

/**
 * How often an entry posts: every day, one weekday each week, one day each month (the month's last
 * day in a month without it), or once on a date.
 */
public enum Cadence {
    DAILY,
    WEEKLY,
    MONTHLY,
    ONCE
}
