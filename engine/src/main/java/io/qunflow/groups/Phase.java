package io.qunflow.groups;

/** Where a group is in its lifecycle; the group's workflow moves it. */
public enum Phase {
    LAUNCH,
    WARM_UP,
    PROMOTION,
    PRUNING,
    ARCHIVED
}
