package io.qunflow.moderation;

/**
 * Facts about a message that are not in its text, as reported by the WeChat/WeCom gateway.
 *
 * @param miniProgramCard the message is a mini-program card
 * @param qrImage         the message is an image in which a QR code was detected
 * @param link            the message is a link card (title + URL)
 * @param contactCard     the message shares the contact card (名片) of someone outside the shop: a
 *                        way to reach them, as a QR code is
 * @param contactCardOwner whose card it is, as the gateway names them (WeCom: the card's userid,
 *                        its company in brackets when the card names one), for the person who
 *                        reviews the decision; null when the gateway does not say
 */
public record MessageFlags(
        boolean miniProgramCard, boolean qrImage, boolean link, boolean contactCard, String contactCardOwner) {
    /** A plain text message. */
    public static final MessageFlags NONE = new MessageFlags(false, false, false, false);

    /** Flags that do not say whose card a shared card is. */
    public MessageFlags(boolean miniProgramCard, boolean qrImage, boolean link, boolean contactCard) {
        this(miniProgramCard, qrImage, link, contactCard, null);
    }
}
