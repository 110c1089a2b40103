package io.qunflow.rules.model;

/**
 * A group's SOP calendar as a whole.
 *
 * @param groupType TRAFFIC, CONTENT, FLASH or CHECKIN
 */
public record SopCalendar(String groupId, String groupType, int entries) {}
