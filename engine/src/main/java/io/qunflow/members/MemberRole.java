package io.qunflow.members;

/** A member's standing in the group; KOC are trusted customer voices, STAFF includes seeded accounts. */
public enum MemberRole {
    OWNER,
    ADMIN,
    STAFF,
    KOC,
    MEMBER;

    /**
     * Owners, admins, staff and KOC keep the group going, and the published pruning rule spares
     * them. The runner holds to it whatever a later version of the rule decides, as the rules'
     * {@code InactiveMember.isProtectedRole} says.
     */
    boolean neverPruned() {
        return this != MEMBER;
    }

    /**
     * The role a known member comes back in: the less trusted of the role stored and the role a
     * join reports. A join's role is only what a connector's key says, so it may lower a member's
     * standing but never raise it: a member removed for a violation who rejoins reported as an admin
     * stays a member (moderated, and pruned when inactive). A member really promoted gets the role
     * through {@link MemberService#changeRole}. The enum lists the most trusted first.
     */
    MemberRole onRejoinReportedAs(MemberRole reported) {
        return reported.ordinal() > ordinal() ? reported : this;
    }
}
