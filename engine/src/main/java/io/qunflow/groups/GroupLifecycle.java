package io.qunflow.groups;

/**
 * The workflow that carries a group through its life. Implemented by the workflow adapter, so
 * this feature never sees the process engine.
 */
public interface GroupLifecycle {

    /**
     * Starts the group's lifecycle — the one for its type when one is deployed, else the general
     * one — and answers the id of the running instance.
     */
    String start(Group group);

    /** Tells the lifecycle the group was dissolved, so it archives the group. */
    void dissolve(Group group);

    /** The workflow and version the running instance follows; empty once it has ended. */
    java.util.Optional<RunningWorkflow> workflow(String processInstanceId);

    /** A workflow by its key, at one version. */
    record RunningWorkflow(String key, int version) {}
}
