package io.qunflow.rules;

/**
 * One decision made by one rule of one rule-set version: what it decided and why.
 *
 * @param memberId the member the decision concerns, or null for the member of the event
 * @param text the words to send with the action, or null
 */
public record Decision(
        String ruleSet,
        int ruleSetVersion,
        String rule,
        String outcome,
        String reason,
        String memberId,
        String text,
        Long amountCents,
        Integer points) {}
