package io.qunflow.groups;

/** The kinds of post a group's lifecycle makes on its own. */
public enum LifecycleContent {
    POSITIONING,
    DAILY_TOPIC,
    CAMPAIGN
}
