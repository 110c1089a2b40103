package io.qunflow.rules.model;

/**
 * A member as layering rules see them: what they did in rolling windows ending today (by the
 * events' own times, in the group's time zone) and the layer they hold now.
 *
 * @param layer the layer held now (core, active, silent, churned), or "" before the first layering
 * @param layerLocked true when staff fixed the layer; rules keep it
 * @param daysSinceLastActive whole days since the member last did anything, or since joining
 * @param daysSinceJoined whole days since joining, or -1 when the join was never seen
 * @param demotionPendingDays days since the member first fell below 90% of their layer's
 *     thresholds, or -1 when they have not
 */
public record MemberActivity(
        String groupId,
        String memberId,
        String role,
        String layer,
        boolean layerLocked,
        int messages7d,
        int messages30d,
        int messages100d,
        int shares30d,
        int questions30d,
        int reactionsGiven30d,
        int reactionsReceived30d,
        int checkIns30d,
        int orders30d,
        int linkClicks30d,
        long daysSinceLastActive,
        long daysSinceJoined,
        long demotionPendingDays) {

    public boolean isLayer(String name) {
        return name.equals(layer);
    }
}
