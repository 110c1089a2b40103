package io.qunflow.moderation;

/** What kind of harm a hit stands for. */
public enum Category {
    CONTACT,
    LINK,
    SCAM,
    GAMBLING,
    PORN,
    FRAUD,
    ABUSE,
    COMPETITOR,
    FLOOD
}
