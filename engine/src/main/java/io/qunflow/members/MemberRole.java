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
}
