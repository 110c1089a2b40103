package io.qunflow.rewards;

import io.qunflow.common.Words;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleParameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one way a reward is booked, whatever decided it (an event's rules, a workflow step, a
 * population run): each reward keyed by rule, member (or the group) and occasion, so the same
 * occasion never pays twice, and red envelopes kept within the group's budgets.
 */
@Component
class Settlement {

    static final String REFUSED = "RED_ENVELOPE_REFUSED";

    private final RuleParameters parameters;
    private final GroupService groups;

    Settlement(RuleParameters parameters, GroupService groups) {
        this.parameters = parameters;
        this.groups = groups;
    }

    /**
     * What was decided for an occasion, to book.
     *
     * @param eventId the event that earned it, or null when none did
     * @param eventMember who points go to when a decision names nobody
     * @param memberScope the occasion in the keys of a member's rewards
     * @param groupScope the occasion in the keys of the group's rewards
     * @param now when it is booked
     */
    record Decided(
            String eventId,
            OffsetDateTime at,
            String eventMember,
            LocalDate day,
            String memberScope,
            String groupScope,
            Evaluation evaluation,
            OffsetDateTime now) {

        /** The key that books a decision once. */
        String key(Group group, Decision d) {
            return group.id() + "|" + d.rule() + "|"
                    + (d.memberId() == null ? "group|" + groupScope : d.memberId() + "|" + memberScope);
        }
    }

    /**
     * Books what the rules decided. A reward already booked for its key is left out of the
     * answer; a red envelope over budget is stored as refused and answered as {@value #REFUSED}
     * (not an action), with the figures. Points are earned at {@code at}, the time of the event
     * that earned them; without an event, when they are booked.
     *
     * <p>A red envelope is weighed against the budgets with the group's row locked (until the
     * caller's transaction ends): two events of one group at once (two nodes, two check-ins) would
     * otherwise each read the same sum sent, each find room, and together pay over the budget.
     */
    Evaluation settle(Group group, Decided decided, Ledger ledger) {
        Evaluation evaluation = decided.evaluation();
        List<Decision> settled = new ArrayList<>(evaluation.decisions().size());
        OffsetDateTime now = decided.now();
        String eventId = decided.eventId();
        OffsetDateTime earnedAt = eventId == null ? now : decided.at();
        boolean budgetLocked = false;
        for (Decision d : evaluation.decisions()) {
            String key = decided.key(group, d);
            switch (d.outcome()) {
                case "GRANT_POINTS" -> {
                    if (ledger.hasPoints(key)) {
                        continue;
                    }
                    String who = d.memberId() != null ? d.memberId() : decided.eventMember();
                    ledger.addPoints(group.id(), who, d.points(), d.reason(), d.rule(), eventId, key, now, earnedAt);
                    settled.add(d);
                }
                case "SEND_RED_ENVELOPE" -> {
                    if (ledger.hasEnvelope(key)) {
                        continue;
                    }
                    if (!budgetLocked) {
                        groups.lock(group.id());
                        budgetLocked = true;
                    }
                    // The budgets weigh the day the money leaves, not the occasion's: a backfill of
                    // last month's joins would otherwise pay each into an untouched old day's budget.
                    LocalDate paidDay = now.atZoneSameInstant(group.timeZone()).toLocalDate();
                    Words refusal = d.amountCents() <= 0
                            ? new Words(
                                    "a red envelope must be worth more than ¥0.00, the rule gave "
                                            + RewardService.yuan(d.amountCents()),
                                    "红包金额须大于 ¥0.00，规则给的是 " + RewardService.yuan(d.amountCents()))
                            : overBudget(group.id(), paidDay, d.amountCents(), ledger);
                    ledger.addEnvelope(
                            group.id(),
                            d.memberId(),
                            d.amountCents(),
                            d.reason(),
                            d.rule(),
                            eventId,
                            key,
                            decided.day(),
                            paidDay,
                            refusal == null ? "SENT" : "REFUSED",
                            refusal,
                            now);
                    settled.add(
                            refusal == null
                                    ? d
                                    : new Decision(
                                            d.ruleSet(),
                                            d.ruleSetVersion(),
                                            d.rule(),
                                            REFUSED,
                                            d.reason() + "; refused: " + refusal.en() + " / 未发出：" + refusal.zh(),
                                            d.memberId(),
                                            null,
                                            d.amountCents(),
                                            null));
                }
                default -> settled.add(d);
            }
        }
        return new Evaluation(evaluation.ruleSet(), evaluation.version(), settled);
    }

    private Words overBudget(String groupId, LocalDate day, long amountCents, Ledger ledger) {
        long dailyCap = (long) parameters.number("rewards.daily-budget-cents");
        long today = ledger.sent(groupId, day, day);
        if (today + amountCents > dailyCap) {
            String figures = RewardService.yuan(today) + " sent on " + day + " + " + RewardService.yuan(amountCents)
                    + " > " + RewardService.yuan(dailyCap);
            return new Words(
                    "over the daily budget: " + figures + " (rewards.daily-budget-cents)",
                    "超出每日预算：" + day + " 已发 " + RewardService.yuan(today) + "，加上这个 "
                            + RewardService.yuan(amountCents) + " 超过上限 " + RewardService.yuan(dailyCap)
                            + "（参数 rewards.daily-budget-cents）");
        }
        long monthlyCap = (long) parameters.number("rewards.monthly-budget-cents");
        LocalDate first = day.withDayOfMonth(1);
        long month = ledger.sent(groupId, first, first.plusMonths(1).minusDays(1));
        if (month + amountCents > monthlyCap) {
            String yearMonth = first.getYear() + "-" + String.format("%02d", first.getMonthValue());
            return new Words(
                    "over the monthly budget: " + RewardService.yuan(month) + " sent in " + yearMonth + " + "
                            + RewardService.yuan(amountCents) + " > " + RewardService.yuan(monthlyCap)
                            + " (rewards.monthly-budget-cents)",
                    "超出每月预算：" + yearMonth + " 已发 " + RewardService.yuan(month) + "，加上这个 "
                            + RewardService.yuan(amountCents) + " 超过上限 " + RewardService.yuan(monthlyCap)
                            + "（参数 rewards.monthly-budget-cents）");
        }
        return null;
    }
}
