package io.qunflow.rewards;

import java.time.OffsetDateTime;

/**
 * One line of a member's points ledger.
 *
 * @param points positive when granted, negative when spent
 * @param eventId the event that caused it, or null (a lottery draw, a redemption)
 */
public record PointsEntry(int points, String reason, String rule, String eventId, OffsetDateTime at) {}
