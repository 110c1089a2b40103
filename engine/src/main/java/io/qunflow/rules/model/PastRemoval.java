package io.qunflow.rules.model;

/**
 * A member joining a group that moderation removed them from before, for a violation; absent for
 * everyone else (a member who left on their own, or was pruned for being inactive, has none).
 *
 * @param removals how many times moderation has removed the member from this group
 * @param daysAgo whole days since the latest of those removals
 * @param rule the rule that decided the latest removal
 * @param category the offence category of the latest removal (CONTACT, LINK, SCAM…)
 * @param term the term or detector value the latest removal was for
 * @param matchedOriginal what the member wrote that time, as written
 */
public record PastRemoval(
        String memberId,
        int removals,
        long daysAgo,
        String rule,
        String category,
        String term,
        String matchedOriginal) {}
