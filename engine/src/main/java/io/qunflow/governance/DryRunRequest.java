package io.qunflow.governance;

import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.OffsetTime;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Required;
import io.qunflow.common.constraints.Text;
import io.qunflow.groups.GroupType;
import io.qunflow.members.MemberRole;
import jakarta.validation.Valid;
import java.util.List;

/**
 * What to try: a candidate source (or the active version when absent), events in order, and the
 * group they happen in: an existing group (its real state, nothing of it changed) or, without
 * {@code groupId}, a fresh group holding the members of {@code state}. {@code phase} (and, for a
 * fresh group, {@code groupType}) say where in its lifecycle the group is for the trial, so rules
 * and parameters scoped to a phase or type decide as they would there.
 */
@RequestSubject(value = "The dry-run", zh = "试运行")
public record DryRunRequest(
        String source,
        @Identifier String groupId,

        @Items(
                min = 1,
                max = DryRuns.MAX_EVENTS,
                required = true,
                en = "must hold 1 to " + DryRuns.MAX_EVENTS + " events",
                zh = "须有 1 到 " + DryRuns.MAX_EVENTS + " 个事件")
        List<@Required @Valid TrialEvent> events,

        @Valid State state,
        @PhaseName String phase,
        @OneOf(GroupType.class) String groupType) {

    /** Members present before the first event. */
    public record State(
            @Items(
                    max = DryRuns.MAX_MEMBERS,
                    en = "must hold at most " + DryRuns.MAX_MEMBERS + " members",
                    zh = "最多 " + DryRuns.MAX_MEMBERS + " 名成员")
            List<@Required @Valid StateMember> members) {}

    /** A member already in the group, with when they joined (null when the join was never seen); a MEMBER unless a role is given. */
    public record StateMember(
            @Identifier(required = true) String memberId,
            @OneOf(MemberRole.class) String role,
            @Text(max = 100) String nickname,
            @OffsetTime String joinedAt) {}
}
