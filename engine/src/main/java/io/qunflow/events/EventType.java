package io.qunflow.events;

/** The events connectors post from a group. */
public enum EventType {
    MEMBER_JOINED,
    MEMBER_LEFT,
    MESSAGE_POSTED,
    CHECKED_IN,
    REACTION_GIVEN,
    ORDER_PAID,
    LINK_CLICKED
}
