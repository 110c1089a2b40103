package io.qunflow.groups;

import java.time.OffsetDateTime;

/** Published when a group's workflow moves it into another phase. */
public record GroupPhaseChanged(String groupId, Phase from, Phase to, OffsetDateTime at) {}
