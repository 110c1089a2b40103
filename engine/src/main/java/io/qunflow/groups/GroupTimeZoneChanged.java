package io.qunflow.groups;

import java.time.ZoneId;

/**
 * Published in the transaction of an edit that moves a group to another time zone: whatever was
 * planned by the group's clocks (its SOP calendar's next post) is now planned for the wrong hour.
 */
public record GroupTimeZoneChanged(String groupId, ZoneId from, ZoneId to) {}
