package io.qunflow.members;

/** A member's standing in the group; KOC are trusted customer voices, STAFF includes seeded accounts. */
public enum MemberRole {
    OWNER,
    ADMIN,
    STAFF,
    KOC,
    MEMBER
}
