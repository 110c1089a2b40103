package io.qunflow.groups;

/**
 * The workflow that carries a group through its life. Implemented by the workflow adapter, so
 * this feature never sees the process engine.
 */
public interface GroupLifecycle {

    /** Starts the group's lifecycle; answers the id of the running instance. */
    String start(Group group);

    /** Tells the lifecycle the group was dissolved, so it archives the group. */
    void dissolve(Group group);

    /** The version of the workflow the running instance follows; empty once it has ended. */
    java.util.Optional<Integer> workflowVersion(String processInstanceId);
}
