package io.qunflow.moderation;

/** What the connector saw in a message besides its text. */
public record MessageFlags(boolean miniProgramCard, boolean qrImage, boolean link) {

    public static final MessageFlags NONE = new MessageFlags(false, false, false);
}
