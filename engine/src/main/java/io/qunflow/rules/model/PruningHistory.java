package io.qunflow.rules.model;

/**
 * What pruning already did to a member, joined to {@link InactiveMember} by member id.
 *
 * @param layer the member's layer (core members are spared), or "" when not yet layered
 * @param daysSinceWarned whole days since the pruning warning, or -1 when not warned
 */
public record PruningHistory(String memberId, String layer, long daysSinceWarned) {

    public boolean warned() {
        return daysSinceWarned >= 0;
    }

    public boolean core() {
        return "core".equals(layer);
    }
}
