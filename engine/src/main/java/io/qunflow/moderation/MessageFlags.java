package io.qunflow.moderation;

/**
 * Facts about a message that are not in its text, as reported by the WeChat/WeCom gateway.
 *
 * @param miniProgramCard the message is a mini-program card
 * @param qrImage         the message is an image in which a QR code was detected
 * @param link            the message is a link card (title + URL)
 * @param contactCard     the message shares the contact card (名片) of someone outside the shop: a
 *                        way to reach them, as a QR code is
 */
public record MessageFlags(boolean miniProgramCard, boolean qrImage, boolean link, boolean contactCard) {
    /** A plain text message. */
    public static final MessageFlags NONE = new MessageFlags(false, false, false, false);
}
