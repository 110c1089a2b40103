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
    TAG_MEMBER;

    /** The action type a decision outcome names, or null when the outcome is not an action. */
    public static ActionType fromOutcome(String outcome) {
        for (ActionType type : values()) {
            if (type.name().equals(outcome)) {
                return type;
            }
        }
        return null;
    }
}
