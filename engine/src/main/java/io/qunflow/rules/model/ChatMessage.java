package io.qunflow.rules.model;

/**
 * A message posted in a group, as moderation rules see it.
 *
 * @param role OWNER, ADMIN, STAFF, KOC or MEMBER
 * @param hoursSinceJoined hours since the member joined, or -1 when the join was never seen
 */
public record ChatMessage(
        String groupId, String memberId, String role, String text, String normalizedText, long hoursSinceJoined) {

    /** Owners, admins and staff (seeded accounts included) speak for the group and are not moderated. */
    public boolean isStaff() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role);
    }

    /** Key opinion consumers: trusted members whose shared links are welcome. */
    public boolean isKoc() {
        return "KOC".equals(role);
    }
}
