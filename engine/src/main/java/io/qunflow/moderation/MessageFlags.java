package io.qunflow.moderation;

/**
 * Facts about a message that are not in its text, as reported by the WeChat/WeCom gateway.
 *
 * @param miniProgramCard the message is a mini-program card
 * @param qrImage         the message is an image in which a QR code was detected
 * @param link            the message is a link card (title + URL)
 */
public record MessageFlags(boolean miniProgramCard, boolean qrImage, boolean link) {
    /** A plain text message. */
    public static final MessageFlags NONE = new MessageFlags(false, false, false);
}
