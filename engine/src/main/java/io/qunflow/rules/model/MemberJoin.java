package io.qunflow.rules.model;

/**
 * A member who just joined a group, with what the group wants new members to read.
 *
 * @param memberNumber the member count of the group after this join
 */
public record MemberJoin(
        String groupId,
        String groupName,
        String memberId,
        String role,
        String nickname,
        String welcomeMessage,
        String groupRules,
        int memberNumber) {

    public boolean isStaff() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role);
    }
}
