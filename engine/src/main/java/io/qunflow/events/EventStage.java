package io.qunflow.events;

/**
 * One named step of applying an event. Each stage does its part for the event types it concerns
 * and leaves the others alone; the {@link EventPipeline} runs them in order, in one transaction.
 */
interface EventStage {

    void apply(EventInProgress event);
}
