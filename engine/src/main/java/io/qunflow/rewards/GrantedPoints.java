package io.qunflow.rewards;

import java.time.OffsetDateTime;

/** Points granted to a member, at the time they were earned. */
public record GrantedPoints(OffsetDateTime earnedAt, long points) {}
