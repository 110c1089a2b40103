package io.qunflow.actions;

/** What a connector can be asked to carry out in a group. */
public enum ActionType {
    SEND_MESSAGE,
    WARN_MEMBER,
    DELETE_MESSAGE,
    REMOVE_MEMBER,
    MUTE_MEMBER,
    GRANT_POINTS,
    SEND_RED_ENVELOPE,
    TAG_MEMBER,
    /** Invite back a member who was removed by a decision a person has since overturned. */
    RESTORE_MEMBER,
    /** Lift a mute that a person has since overturned. */
    UNMUTE_MEMBER;

    /** The action type a decision outcome names, or null when the outcome is not an action. */
    public static ActionType fromOutcome(String outcome) {
        for (ActionType type : values()) {
            if (type.name().equals(outcome)) {
                return type;
            }
        }
        return null;
    }

    /**
     * The action that undoes this one in the group, or null when a connector cannot undo it: a
     * warning has been read and a deleted message is gone, but a removed member can be invited
     * back and a mute lifted.
     */
    public ActionType undoneBy() {
        return switch (this) {
            case REMOVE_MEMBER -> RESTORE_MEMBER;
            case MUTE_MEMBER -> UNMUTE_MEMBER;
            default -> null;
        };
    }
}
