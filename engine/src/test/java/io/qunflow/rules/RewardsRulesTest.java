package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.GroupMilestone;
import io.qunflow.rules.model.Holiday;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardsRulesTest {

    private static final CompiledRuleSet REWARDS = ShippedRules.compile("rewards");

    @Test
    void holidaysAndMilestones_payTheGroupARedEnvelope_onlyAtListedCounts() {
        Evaluation evaluation = REWARDS.evaluate(
                List.of(
                        new Holiday("g", "春节", LocalDate.of(2027, 2, 6)),
                        new GroupMilestone("g", "吃货群", "m", 1000),
                        new GroupMilestone("g", "吃货群", "m", 999)),
                ShippedRules.parameters("rewards"));

        assertThat(evaluation.decisions())
                .extracting(Decision::outcome, Decision::memberId, Decision::amountCents)
                .containsExactlyInAnyOrder(
                        tuple("SEND_RED_ENVELOPE", null, 1888L), tuple("SEND_RED_ENVELOPE", null, 8800L));
        assertThat(evaluation.decisions())
                .extracting(Decision::text)
                .containsExactlyInAnyOrder("春节快乐！群红包来啦🧧", "「吃货群」成员突破1000人啦！感谢大家，红包雨来袭🧧");
    }

    @Test
    void checkInStreaks_earnTieredBonuses_onDays3_7_30_andARepeatCheckInEarnsNothing() {
        List<CheckInStreak> days = List.of(
                new CheckInStreak("g", "d1", true, 1, 1),
                new CheckInStreak("g", "d3", true, 3, 5),
                new CheckInStreak("g", "d7", true, 7, 9),
                new CheckInStreak("g", "d30", true, 30, 40),
                new CheckInStreak("g", "again", false, 3, 5));

        Evaluation evaluation = REWARDS.evaluate(days, ShippedRules.parameters("rewards"));

        assertThat(evaluation.decisions())
                .extracting(Decision::memberId, Decision::outcome, Decision::points, Decision::amountCents)
                .containsExactlyInAnyOrder(
                        tuple("d1", "GRANT_POINTS", 5, null),
                        tuple("d3", "GRANT_POINTS", 5, null),
                        tuple("d3", "GRANT_POINTS", 20, null),
                        tuple("d7", "GRANT_POINTS", 5, null),
                        tuple("d7", "GRANT_POINTS", 50, null),
                        tuple("d30", "GRANT_POINTS", 5, null),
                        tuple("d30", "GRANT_POINTS", 300, null),
                        tuple("d30", "SEND_RED_ENVELOPE", null, 888L));
    }
}
