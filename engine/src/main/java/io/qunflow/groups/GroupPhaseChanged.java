package io.qunflow.groups;

import java.time.OffsetDateTime;

/**
 * Published in the transaction of the change when a group enters a phase: its first one when it
 * is opened ({@code from} is null), then each one its workflow moves it into.
 */
public record GroupPhaseChanged(String groupId, Phase from, Phase to, OffsetDateTime at) {}
