package io.qunflow.rules.model;

/**
 * The group's member count right after a join, for milestone rewards (破百, 破千).
 *
 * @param memberCount members in the group after the join
 */
public record GroupMilestone(String groupId, String groupName, String memberId, int memberCount) {}
