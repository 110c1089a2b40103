package io.qunflow.members;

/**
 * What one event adds to a member's day. Counts, not flags: a batch import may add several.
 *
 * @param shares messages that carried a link or a mini-program
 * @param questions messages that asked something
 */
public record ActivityCounts(
        int messages,
        int shares,
        int questions,
        int reactionsGiven,
        int reactionsReceived,
        int checkIns,
        int orders,
        long orderCents,
        int linkClicks) {

    /** An event that counts for nothing (a second check-in the same day) but still marks the member active. */
    public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ActivityCounts message(String text, boolean shared) {
        return new ActivityCounts(1, shared ? 1 : 0, asksSomething(text) ? 1 : 0, 0, 0, 0, 0, 0, 0);
    }

    public static ActivityCounts reactionGiven() {
        return new ActivityCounts(0, 0, 0, 1, 0, 0, 0, 0, 0);
    }

    public static ActivityCounts reactionReceived() {
        return new ActivityCounts(0, 0, 0, 0, 1, 0, 0, 0, 0);
    }

    public static ActivityCounts checkIn() {
        return new ActivityCounts(0, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    public static ActivityCounts order(long amountCents) {
        return new ActivityCounts(0, 0, 0, 0, 0, 0, 1, amountCents, 0);
    }

    public static ActivityCounts linkClick() {
        return new ActivityCounts(0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    /** Both counts added up: what two events did to one member's day. */
    ActivityCounts plus(ActivityCounts o) {
        return new ActivityCounts(
                messages + o.messages,
                shares + o.shares,
                questions + o.questions,
                reactionsGiven + o.reactionsGiven,
                reactionsReceived + o.reactionsReceived,
                checkIns + o.checkIns,
                orders + o.orders,
                orderCents + o.orderCents,
                linkClicks + o.linkClicks);
    }

    /** A question mark (half or full width) or a closing 吗/呢 marks a question; good enough for a persona. */
    static boolean asksSomething(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.indexOf('?') >= 0 || t.indexOf('？') >= 0 || t.endsWith("吗") || t.endsWith("呢");
    }
}
