package io.qunflow.workflow;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.groups.GroupService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.Evaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Grants a reward from a workflow: input {@code reward} RED_ENVELOPE (a group red envelope of
 * {@code amountCents}, with an optional {@code text} greeting) or POINTS ({@code points} to every
 * member in the group, e.g. on an anniversary). Booked through the rewards ledger and budget like
 * the rules' rewards, and carried out on the same action path as events' decisions.
 */
@Component("grantRewardDelegate")
class GrantRewardDelegate implements JavaDelegate {

    private final GroupService groups;
    private final RewardService rewards;
    private final ActionOutbox outbox;

    GrantRewardDelegate(GroupService groups, RewardService rewards, ActionOutbox outbox) {
        this.groups = groups;
        this.rewards = rewards;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String groupId = execution.getProcessBusinessKey();
        // The activity instance id is unique per visit of the task, so a retried job rewards once.
        String runId = execution.getActivityInstanceId();
        String reward = String.valueOf(execution.getVariableLocal("reward"));
        Evaluation granted;
        if (reward.equals("RED_ENVELOPE")) {
            long cents = Long.parseLong(
                    String.valueOf(execution.getVariableLocal("amountCents")).trim());
            Object text = execution.getVariableLocal("text");
            granted = rewards.grantFromWorkflow(
                    groups.get(groupId),
                    execution.getCurrentActivityId(),
                    runId,
                    cents,
                    text == null ? null : text.toString(),
                    null);
        } else if (reward.equals("POINTS")) {
            int points = Integer.parseInt(
                    String.valueOf(execution.getVariableLocal("points")).trim());
            granted = rewards.grantFromWorkflow(
                    groups.get(groupId), execution.getCurrentActivityId(), runId, null, null, points);
        } else {
            throw new IllegalArgumentException("Input 'reward' must be RED_ENVELOPE or POINTS, not '" + reward + "'");
        }
        outbox.enqueue(NewAction.fromDecisions(runId, groupId, null, null, granted.decisions()));
        execution.setVariable("rewardDecisions", granted.decisions().size());
    }
}
