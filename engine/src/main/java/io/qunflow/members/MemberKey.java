package io.qunflow.members;

/** Names one member of one group: a member id is only unique within its group. */
public record MemberKey(String groupId, String memberId) {}
