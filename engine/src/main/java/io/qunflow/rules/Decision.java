package io.qunflow.rules;

/**
 * One decision made by one rule of one rule-set version: what it decided and why. Its texts are
 * cut to a bounded length when the engine builds it, whatever a rule wrote: a decision is stored,
 * sent and shown, and a rule must not be able to make any of those unbounded.
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
        Integer points) {

    /** Characters of a reason kept; more is cut and marked with an ellipsis. */
    public static final int MAX_REASON = 1_000;
    /** Characters of the words to send kept. */
    public static final int MAX_TEXT = 4_000;
    /** Characters of an outcome or a member id kept. */
    public static final int MAX_CODE = 200;

    static Decision bounded(
            String ruleSet,
            int version,
            String rule,
            String outcome,
            String reason,
            String memberId,
            String text,
            Long amountCents,
            Integer points) {
        return new Decision(
                ruleSet,
                version,
                rule,
                bounded(outcome, MAX_CODE),
                bounded(reason, MAX_REASON),
                bounded(memberId, MAX_CODE),
                bounded(text, MAX_TEXT),
                amountCents,
                points);
    }

    /** The text cut to at most {@code max} characters (an ellipsis marks the cut), never inside a surrogate pair. */
    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
