package io.qunflow.rules.model;

/**
 * One outcome a rule wrote into the verdict. When {@code outcome} names an action type
 * (WARN_MEMBER, REMOVE_MEMBER, SEND_MESSAGE…), the engine turns it into an action to carry out.
 *
 * @param memberId the member it concerns, or null for the member of the event
 * @param text the words to send (a welcome, a warning), or null
 */
public record Ruling(String outcome, String reason, String memberId, String text, Long amountCents, Integer points) {}
