package io.qunflow.rules.model;

/**
 * A group member as lottery eligibility rules see them.
 *
 * @param checkIns7d days the member checked in within the last 7 days (this week)
 */
public record LotteryEntrant(
        String lotteryId, String memberId, String role, int checkIns7d, int messages7d, int messages30d) {

    public boolean isStaff() {
        return "OWNER".equals(role) || "ADMIN".equals(role) || "STAFF".equals(role);
    }
}
