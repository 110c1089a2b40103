package io.qunflow.workflow;

import io.qunflow.lottery.Lottery;
import io.qunflow.lottery.LotteryService;
import io.qunflow.lottery.Prize;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The "Start a lottery" step: opens a lottery for the group through the lottery module, announced
 * in the group and drawn at its closing time among the members the {@code lottery} rules make
 * eligible. Leaves {@code lotteryId} for the steps that follow.
 */
@Component("startLotteryDelegate")
class StartLotteryDelegate implements JavaDelegate {

    private final LotteryService lotteries;
    private final Clock clock;

    StartLotteryDelegate(LotteryService lotteries, Clock clock) {
        this.lotteries = lotteries;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LotteryInputs inputs = LotteryInputs.read(StepInputs.of(execution));
        Lottery lottery = lotteries.start(
                execution.getProcessBusinessKey(),
                inputs.title(),
                List.of(new Prize("p1", inputs.prize(), inputs.winners(), inputs.winners(), inputs.points(), null)),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(inputs.closesAfter()),
                "workflow step " + execution.getCurrentActivityId(),
                // The activity instance id is unique per visit of the task, so a retried job announces once.
                execution.getActivityInstanceId());
        execution.setVariable("lotteryId", lottery.id());
    }
}
