package io.qunflow.groups;

import java.util.Map;

/** How many of a group's members are in each layer; implemented by the members feature. */
public interface LayerCounts {

    /** Members in the group per layer name (core, active, silent, churned), zero included. */
    Map<String, Integer> byLayer(String groupId);
}
