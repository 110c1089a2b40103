package io.qunflow.members;

import java.time.OffsetDateTime;

/**
 * Published when a member comes into a group (a join, or first seen speaking) or goes out of it
 * (left, or removed by pruning), at the event's own time, so membership can be replayed as of any day.
 *
 * @param inGroup true for a member who came in, false for one who went out
 * @param channel the join channel the connector named, or null
 * @param at null for a member a dry-run places in its group as present before anything was seen
 */
public record MembershipChanged(String groupId, String memberId, boolean inGroup, String channel, OffsetDateTime at) {}
