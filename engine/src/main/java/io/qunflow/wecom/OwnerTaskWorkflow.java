package io.qunflow.wecom;

/**
 * The port to the workflow that runs each owner task ({@code owner-task.bpmn}): it notifies the
 * owner, reminds them and escalates on its timers, and records the outcome. Implemented by the
 * workflow adapter, so this feature never sees the process engine.
 */
public interface OwnerTaskWorkflow {

    /** Starts the task's workflow (keyed by the task id). */
    void start(OwnerTask task);

    /** Completes the task's user task with its outcome; the workflow then records it. */
    void complete(String taskId, OwnerTask.Outcome outcome, String note, String actor);
}
