package io.qunflow.members;

/**
 * Where a member's points balance comes from. Implemented by the rewards feature, so members can
 * show points without depending on it.
 */
public interface PointsBalances {

    /** The member's balance in the group: the sum of their ledger entries; 0 when they have none. */
    long balance(String groupId, String memberId);
}
