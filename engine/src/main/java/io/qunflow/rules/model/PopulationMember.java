package io.qunflow.rules.model;

/**
 * A member of the population a workflow runs a rule set over ("Run rule set" with a population):
 * every member of the group, or those of one layer. A rule picks the members it acts on with its
 * own conditions, e.g. {@code PopulationMember( layer == "core", daysSinceLastActive < 7 )}.
 *
 * @param layer core, active, silent or churned; null before the member's first layering
 * @param channel where the member came from, or null
 * @param daysSinceJoined days since the join was seen, {@code -1} when it never was
 * @param daysSinceLastActive days since the member last posted, {@code -1} when they never did
 */
public record PopulationMember(
        String groupId,
        String memberId,
        String role,
        String layer,
        String channel,
        long daysSinceJoined,
        long daysSinceLastActive,
        int messageCount) {

    public boolean isStaff() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role);
    }
}
