package io.qunflow.workflow;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code activityRate} (share of members who spoke in the last 7 days) and
 * {@code daysInPhase} for the lifecycle's gateways.
 */
@Component("measureActivityDelegate")
class MeasureActivityDelegate implements JavaDelegate {

    private final GroupService groups;
    private final MemberService members;
    private final Clock clock;

    MeasureActivityDelegate(GroupService groups, MemberService members, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Group group = groups.get(execution.getProcessBusinessKey());
        execution.setVariable("activityRate", members.activityRate(group.id(), Duration.ofDays(7)));
        execution.setVariable(
                "daysInPhase",
                Duration.between(group.phaseSince(), OffsetDateTime.now(clock)).toDays());
    }
}
