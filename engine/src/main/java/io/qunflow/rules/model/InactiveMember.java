package io.qunflow.rules.model;

/**
 * A member as pruning rules see them: how recently and how much they spoke.
 *
 * @param daysSinceLastMessage whole days since the member last spoke, or since joining if never
 * @param daysSinceJoined whole days since joining, or -1 when the join was never seen
 */
public record InactiveMember(
        String groupId,
        String memberId,
        String role,
        long daysSinceLastMessage,
        long daysSinceJoined,
        int messagesIn30Days) {

    /** Owners, admins, staff and KOC keep the group going and are never pruned. */
    public boolean isProtectedRole() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role) || "KOC".equals(role);
    }
}
