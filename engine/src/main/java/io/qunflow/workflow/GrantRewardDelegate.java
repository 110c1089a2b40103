package io.qunflow.workflow;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Grants a reward from a workflow: input {@code reward} RED_ENVELOPE (a group red envelope of
 * {@code amountCents}, with an optional {@code text} greeting) or POINTS ({@code points} to every
 * member in the group, e.g. on an anniversary).
 */
@Component("grantRewardDelegate")
class GrantRewardDelegate implements JavaDelegate {

    private final MemberService members;
    private final ActionOutbox outbox;

    GrantRewardDelegate(MemberService members, ActionOutbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String groupId = execution.getProcessBusinessKey();
        // The activity instance id is unique per visit of the task, so a retried job rewards once.
        String key = execution.getActivityInstanceId();
        String reward = String.valueOf(execution.getVariableLocal("reward"));
        if (reward.equals("RED_ENVELOPE")) {
            long cents = Long.parseLong(
                    String.valueOf(execution.getVariableLocal("amountCents")).trim());
            Object text = execution.getVariableLocal("text");
            outbox.enqueue(List.of(new NewAction(
                    key + ":SEND_RED_ENVELOPE",
                    ActionType.SEND_RED_ENVELOPE,
                    groupId,
                    null,
                    null,
                    text == null ? null : text.toString(),
                    cents,
                    null)));
        } else if (reward.equals("POINTS")) {
            int points = Integer.parseInt(
                    String.valueOf(execution.getVariableLocal("points")).trim());
            List<Member> everyone = members.inGroup(groupId);
            outbox.enqueue(everyone.stream()
                    .map(m -> new NewAction(
                            key + ":GRANT_POINTS:" + m.memberId(),
                            ActionType.GRANT_POINTS,
                            groupId,
                            null,
                            m.memberId(),
                            null,
                            null,
                            points))
                    .toList());
        } else {
            throw new IllegalArgumentException("Input 'reward' must be RED_ENVELOPE or POINTS, not '" + reward + "'");
        }
    }
}
