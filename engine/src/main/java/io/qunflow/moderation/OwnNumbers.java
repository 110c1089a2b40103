package io.qunflow.moderation;

/**
 * A customer's own phone number or WeChat id, given so the shop can find their order (我手机号13812345678，
 * 麻烦帮我改下地址; 我微信号abc123，帮我开下发票): the {@code phone}, {@code contact-number} and {@code wechat-id}
 * detectors pass it over. The own-number cues are matched in every message; the order words (kinds
 * {@code order-matter} and {@code reader-order}) are looked up only here, beside such a number, since one
 * chat line in eleven names an order.
 */
final class OwnNumbers {

    private OwnNumbers() {}

    /**
     * Whether the number from {@code s} to {@code e} is the writer's own, given for an order: an
     * own-number cue ends right before it (or one 是 or 为 before it) or starts right after it (or one
     * char after it: 13812345678这是我下单的手机号), and the message names an order matter, asks for no
     * private chat and speaks of no order of the reader's. A member who adds 有需要联系我 or 加我 is pushing
     * the number, whatever else they say, and so is one who tells the reader 您的快递丢失了.
     */
    static boolean givenForAnOrder(Normalized nz, CueHits cues, int s, int e) {
        if (!aboutTheWritersOrder(nz, cues)) {
            return false;
        }
        int from = ownCueEnd(nz.text(), s);
        for (int q = cues.firstEndingFrom(from); q < cues.size() && cues.end(q) <= e + 1 + cues.longest(); q++) {
            if (cues.is(q, Cue.Kind.OWN_NUMBER)
                    && (cues.end(q) == from || cues.end(q) == s || cues.begin(q) == e || cues.begin(q) == e + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the WeChat id starting at {@code k} is the writer's own, given for an order: 我微信号abc123，
     * 帮我开下发票. As {@link #givenForAnOrder}, but the own-number cue must come before the id (我的微信是
     * abc123): an id runs on into the letters after it, so nothing after it can be told apart.
     */
    static boolean idGivenForAnOrder(Normalized nz, CueHits cues, int k) {
        if (!aboutTheWritersOrder(nz, cues)) {
            return false;
        }
        int from = ownCueEnd(nz.text(), k);
        for (int q = cues.firstEndingFrom(from); q < cues.size() && cues.end(q) <= k; q++) {
            if (cues.is(q, Cue.Kind.OWN_NUMBER) && (cues.end(q) == from || cues.end(q) == k)) {
                return true;
            }
        }
        return false;
    }

    /** An order matter named, no order of the reader's spoken of, and no private chat asked for. */
    private static boolean aboutTheWritersOrder(Normalized nz, CueHits cues) {
        if (cues == null
                || !cues.any(Cue.Kind.OWN_NUMBER)
                || cues.any(Cue.Kind.PRIVATE_CHAT)
                || cues.any(Cue.Kind.CLOSING_ASK)) {
            return false;
        }
        String t = nz.text();
        return nz.variants().orderMatters().anyWithin(t, 0, t.length())
                && !nz.variants().readerOrders().anyWithin(t, 0, t.length());
    }

    /** Where an own-number cue before {@code s} ends: right before it, or before one 是 or 为. */
    private static int ownCueEnd(String t, int s) {
        return s > 0 && PhoneAndQqNumbers.READ_BACK_FILLER.indexOf(t.charAt(s - 1)) >= 0 ? s - 1 : s;
    }
}
