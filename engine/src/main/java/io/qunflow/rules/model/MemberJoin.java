package io.qunflow.rules.model;

/**
 * A member who just joined a group, with what the group wants new members to read.
 *
 * @param memberNumber the member count of the group after this join
 * @param channel where the member came from (a live code's {@code state}, a campaign…), or null
 */
public record MemberJoin(
        String groupId,
        String groupName,
        String memberId,
        String role,
        String nickname,
        String welcomeMessage,
        String groupRules,
        int memberNumber,
        String channel) {

    public boolean isStaff() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role);
    }
}
