package io.qunflow.sop;

/** What a post is for; sales groups need enough ACTIVITY posts (promotions, games, flash sales). */
public enum Purpose {
    ACTIVITY,
    CONTENT,
    TOPIC,
    NOTICE
}
