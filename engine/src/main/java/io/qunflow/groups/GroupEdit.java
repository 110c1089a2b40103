package io.qunflow.groups;

import java.time.ZoneId;
import java.util.List;

/**
 * What an operator may change about a group once it is open: its positioning (name, intro, type),
 * what new members are told (welcome message, group rules), its capacity, tags and time zone. A
 * null part keeps its value.
 */
public record GroupEdit(
        String name,
        String intro,
        GroupType type,
        Integer capacity,
        List<String> tags,
        String welcomeMessage,
        String groupRules,
        ZoneId timeZone,
        String comment) {}
