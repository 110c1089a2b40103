package io.qunflow.events;

/**
 * Published when an event has been applied and stored, inside its transaction: listeners that
 * keep read models write in the same transaction, so an event that rolls back leaves nothing
 * behind in them either. Duplicates are not applied again and publish nothing.
 */
public record EventApplied(GroupEvent event, EventAnswer answer) {}
