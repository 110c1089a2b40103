package io.qunflow.governance;

import java.util.List;

/**
 * What to try: a candidate source (or the active version when absent), events in order, and the
 * group they happen in: an existing group (its real state, nothing of it changed) or, without
 * {@code groupId}, a fresh group holding the members of {@code state}. {@code phase} (and, for a
 * fresh group, {@code groupType}) say where in its lifecycle the group is for the trial, so rules
 * and parameters scoped to a phase or type decide as they would there.
 */
public record DryRunRequest(
        String source, String groupId, List<TrialEvent> events, State state, String phase, String groupType) {

    /** Members present before the first event. */
    public record State(List<StateMember> members) {}

    /** A member already in the group, with when they joined (null when the join was never seen). */
    public record StateMember(String memberId, String role, String nickname, String joinedAt) {}
}
