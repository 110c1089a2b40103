package io.qunflow.rules.model;

/**
 * How fast the member is posting, by event time.
 *
 * @param messagesInWindow the member's messages within the flood window, this one included
 * @param windowSeconds the flood window ({@code moderation.flood-seconds})
 */
public record MessageRate(String memberId, int messagesInWindow, int windowSeconds) {}
