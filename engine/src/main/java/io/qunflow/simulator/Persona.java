package io.qunflow.simulator;

/**
 * How a simulated member behaves (from the seeds: 意见领袖 / 分享者 / 围观者, and the spammers
 * every group gets). Rates are expected counts a day, or chances.
 *
 * @param share the share of members with this persona
 * @param messagesPerDay expected messages a day
 * @param reactionsPerDay expected reactions to others a day
 * @param checkInChance chance of checking in on a day
 * @param clickChance chance of clicking an SOP post's link
 * @param buyAfterClick chance of paying after a click
 * @param organicOrderChance chance of an order a day with no post behind it
 * @param leaveChance chance of leaving the group on a day
 */
enum Persona {
    LURKER(0.60, 0.02, 0.02, 0.02, 0.012, 0.10, 0.002, 0.004),
    SHARER(0.25, 0.25, 0.12, 0.15, 0.05, 0.15, 0.004, 0.002),
    OPINION_LEADER(0.10, 0.6, 0.25, 0.35, 0.08, 0.20, 0.006, 0.0005),
    SPAMMER(0.05, 0.3, 0, 0, 0, 0, 0, 0);

    final double share;
    final double messagesPerDay;
    final double reactionsPerDay;
    final double checkInChance;
    final double clickChance;
    final double buyAfterClick;
    final double organicOrderChance;
    final double leaveChance;

    Persona(
            double share,
            double messagesPerDay,
            double reactionsPerDay,
            double checkInChance,
            double clickChance,
            double buyAfterClick,
            double organicOrderChance,
            double leaveChance) {
        this.share = share;
        this.messagesPerDay = messagesPerDay;
        this.reactionsPerDay = reactionsPerDay;
        this.checkInChance = checkInChance;
        this.clickChance = clickChance;
        this.buyAfterClick = buyAfterClick;
        this.organicOrderChance = organicOrderChance;
        this.leaveChance = leaveChance;
    }

    /** The persona a uniform draw in [0, 1) falls on. */
    static Persona draw(double u) {
        double edge = 0;
        for (Persona p : values()) {
            edge += p.share;
            if (u < edge) {
                return p;
            }
        }
        return LURKER;
    }
}
