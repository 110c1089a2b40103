package io.qunflow.sop;

/** The port to the workflow that delivers a group's calendar on timers. */
public interface SopDelivery {

    /** Starts delivery for the group if it is not running, or has it re-plan after a change. */
    void calendarChanged(String groupId);
}
