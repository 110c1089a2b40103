package io.qunflow.groups;

import java.time.ZoneId;
import java.util.List;

/** What it takes to open a group; the service fills in defaults for what is left out. */
public record NewGroup(
        String id,
        String name,
        String intro,
        GroupType type,
        Integer capacity,
        List<String> tags,
        String welcomeMessage,
        String groupRules,
        ZoneId timeZone) {}
