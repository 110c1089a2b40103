package io.qunflow.rules.model;

/**
 * What moderation knows of a member's past conduct.
 *
 * @param strikesInWindow offences recorded within the strike window, this message not counted
 * @param windowDays the length of the strike window in days (older strikes are forgiven)
 */
public record MemberStanding(String memberId, String role, String layer, int strikesInWindow, int windowDays) {}
