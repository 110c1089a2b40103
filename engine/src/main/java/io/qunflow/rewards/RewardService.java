package io.qunflow.rewards;

import io.qunflow.groups.Group;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.members.PointsBalances;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleParameters;
import io.qunflow.rules.model.Birthday;
import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.GroupMilestone;
import io.qunflow.rules.model.Holiday;
import io.qunflow.rules.model.MemberJoin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the {@code rewards} rule set what an occasion earns and books it: points into the
 * append-only ledger, red envelopes within the group's budget. Every reward is keyed by rule,
 * member (or the group) and occasion, so the same occasion never pays twice — not on a replayed
 * event, not when a member count reaches a milestone a second time.
 *
 * <p>Dated occasions (birthdays, holidays) are paid on the first event of that day in the
 * group's time zone, or by the {@link OccasionSweep} every quarter hour when nobody posts; only
 * for today: a late backfill of last year's events pays no birthday.
 *
 * <p>Why this class is long: every way a reward is booked (events, occasions, check-ins, workflow
 * steps, population runs) goes through the one settle path that keeps each occasion paid once and
 * within budget; the entry points stay beside it.
 */
@Service
public class RewardService implements PointsBalances {

    static final String RULE_SET = "rewards";
    static final String REFUSED = "RED_ENVELOPE_REFUSED";

    private final RuleEngine rules;
    private final RuleParameters parameters;
    private final RewardStore ledger;
    private final HolidayCalendar calendar;
    private final MemberService members;
    private final Clock clock;

    RewardService(
            RuleEngine rules,
            RuleParameters parameters,
            RewardStore ledger,
            HolidayCalendar calendar,
            MemberService members,
            Clock clock) {
        this.rules = rules;
        this.parameters = parameters;
        this.ledger = ledger;
        this.calendar = calendar;
        this.members = members;
        this.clock = clock;
    }

    /** What a join earns: the member's welcome rewards (once per member) and a milestone (once per group). */
    @Transactional
    public Evaluation joined(Group group, String eventId, MemberJoin join, OffsetDateTime at) {
        Evaluation evaluation = rules.evaluate(
                RULE_SET,
                List.of(join, new GroupMilestone(group.id(), group.name(), join.memberId(), join.memberNumber())));
        return settle(
                group,
                eventId,
                at,
                join.memberId(),
                day(group, at),
                "join",
                "members-" + join.memberNumber(),
                evaluation);
    }

    /** What today earns the member or the group: a birthday, a holiday. Nothing on other days. */
    @Transactional
    public Evaluation occasions(Group group, String eventId, Member member, OffsetDateTime at) {
        LocalDate day = day(group, at);
        if (!day.equals(
                OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate())) {
            return nothing();
        }
        String memberId = member.memberId();
        List<Object> facts = new ArrayList<>(2);
        if (isBirthday(member.birthday(), day)) {
            facts.add(new Birthday(
                    group.id(), memberId, member.nickname(), member.role().name(), day));
        }
        calendar.on(day).ifPresent(name -> facts.add(new Holiday(group.id(), name, day)));
        if (facts.isEmpty()) {
            return nothing();
        }
        return settle(group, eventId, at, memberId, day, "day-" + day, "day-" + day, rules.evaluate(RULE_SET, facts));
    }

    /** What a check-in earns: daily points and streak bonuses, once per member per day. */
    @Transactional
    public Evaluation checkedIn(Group group, String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day) {
        return settle(
                group,
                eventId,
                at,
                streak.memberId(),
                day,
                "checkin-" + day,
                "checkin-" + day,
                rules.evaluate(RULE_SET, List.of(streak)));
    }

    /**
     * What a workflow step grants (a group red envelope, or points to every member), booked like
     * the rules' rewards: points into the ledger, the envelope within the group's daily and monthly
     * budget (refused over it, with the figures), each once per step visit ({@code runId}). Answers
     * the decisions to carry out.
     *
     * @param step the BPMN step, named in each decision's rule so the ledger says where it came from
     */
    @Transactional
    public Evaluation grantFromWorkflow(
            Group group, String step, String runId, Long envelopeCents, String text, Integer points) {
        String rule = "Workflow step " + step + " grants a reward";
        List<Decision> decided = new ArrayList<>();
        if (envelopeCents != null) {
            decided.add(new Decision(
                    "workflow",
                    0,
                    rule,
                    "SEND_RED_ENVELOPE",
                    "流程发放群红包 " + yuan(envelopeCents),
                    null,
                    text,
                    envelopeCents,
                    null));
        }
        if (points != null) {
            for (Member member : members.inGroup(group.id())) {
                decided.add(new Decision(
                        "workflow",
                        0,
                        rule,
                        "GRANT_POINTS",
                        "流程发放积分 " + points,
                        member.memberId(),
                        null,
                        null,
                        points));
            }
        }
        OffsetDateTime now = now();
        return settle(group, null, now, null, day(group, now), runId, runId, new Evaluation("workflow", 0, decided));
    }

    /**
     * Books the points and red envelopes a rule set decided in a workflow's run over a population,
     * once per run and within the budgets, like an event's; answers the decisions to carry out.
     */
    @Transactional
    public Evaluation settleRun(Group group, String runId, Evaluation decided) {
        OffsetDateTime now = now();
        return settle(group, null, now, null, day(group, now), runId, runId, decided);
    }

    /**
     * Books points outside the rules (lottery prizes, redemptions), once per key.
     *
     * @return false when an entry with that key exists
     */
    @Transactional
    public boolean book(String groupId, String memberId, int points, String reason, String rule, String key) {
        if (ledger.hasPoints(key)) {
            return false;
        }
        OffsetDateTime now = now();
        ledger.addPoints(groupId, memberId, points, reason, rule, null, key, now, now);
        return true;
    }

    /** Whether a ledger entry with that key exists. */
    public boolean hasEntry(String key) {
        return ledger.hasPoints(key);
    }

    @Override
    public long balance(String groupId, String memberId) {
        return ledger.balance(groupId, memberId);
    }

    /** The member's ledger, oldest first. */
    public List<PointsEntry> entries(String groupId, String memberId) {
        return ledger.entries(groupId, memberId);
    }

    /**
     * Points granted to the group's members (positive entries) earned in {@code [from, to)}: at the
     * time of the event that earned them, or when they were booked for those no event caused.
     */
    public List<GrantedPoints> pointsGranted(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return ledger.pointsGranted(groupId, from, to);
    }

    /** Cents of the red envelopes sent (not refused) per day of their occasion, from {@code from} to {@code to}. */
    public Map<LocalDate, Long> redEnvelopeCentsSent(String groupId, LocalDate from, LocalDate to) {
        return ledger.sentByDay(groupId, from, to);
    }

    /** Every red envelope decided for the group, sent or refused, oldest first. */
    public List<RedEnvelope> envelopes(String groupId) {
        return ledger.envelopes(groupId);
    }

    /**
     * Books what the rules decided. A reward already booked for its key is left out of the
     * answer; a red envelope over budget is stored as refused and answered as
     * {@value #REFUSED} (not an action), with the figures. Points are earned at {@code at}, the
     * time of the event that earned them; without an event, when they are booked.
     */
    private Evaluation settle(
            Group group,
            String eventId,
            OffsetDateTime at,
            String eventMember,
            LocalDate day,
            String memberScope,
            String groupScope,
            Evaluation evaluation) {
        List<Decision> settled = new ArrayList<>(evaluation.decisions().size());
        OffsetDateTime now = now();
        OffsetDateTime earnedAt = eventId == null ? now : at;
        for (Decision d : evaluation.decisions()) {
            String key = group.id() + "|" + d.rule() + "|"
                    + (d.memberId() == null ? "group|" + groupScope : d.memberId() + "|" + memberScope);
            switch (d.outcome()) {
                case "GRANT_POINTS" -> {
                    if (ledger.hasPoints(key)) {
                        continue;
                    }
                    String who = d.memberId() != null ? d.memberId() : eventMember;
                    ledger.addPoints(group.id(), who, d.points(), d.reason(), d.rule(), eventId, key, now, earnedAt);
                    settled.add(d);
                }
                case "SEND_RED_ENVELOPE" -> {
                    if (ledger.hasEnvelope(key)) {
                        continue;
                    }
                    String refusal = overBudget(group.id(), day, d.amountCents());
                    ledger.addEnvelope(
                            group.id(),
                            d.memberId(),
                            d.amountCents(),
                            d.reason(),
                            d.rule(),
                            eventId,
                            key,
                            day,
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
                                            d.reason() + "; refused: " + refusal,
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

    private String overBudget(String groupId, LocalDate day, long amountCents) {
        long dailyCap = (long) parameters.number("rewards.daily-budget-cents");
        long today = ledger.sent(groupId, day, day);
        if (today + amountCents > dailyCap) {
            return "over the daily budget: " + yuan(today) + " sent on " + day + " + " + yuan(amountCents) + " > "
                    + yuan(dailyCap) + " (rewards.daily-budget-cents)";
        }
        long monthlyCap = (long) parameters.number("rewards.monthly-budget-cents");
        LocalDate first = day.withDayOfMonth(1);
        long month = ledger.sent(groupId, first, first.plusMonths(1).minusDays(1));
        if (month + amountCents > monthlyCap) {
            return "over the monthly budget: " + yuan(month) + " sent in " + first.getYear() + "-"
                    + String.format("%02d", first.getMonthValue()) + " + " + yuan(amountCents) + " > "
                    + yuan(monthlyCap)
                    + " (rewards.monthly-budget-cents)";
        }
        return null;
    }

    /** MM-DD or YYYY-MM-DD; a 29 February birthday is celebrated on the 28th in other years. */
    static boolean isBirthday(String birthday, LocalDate day) {
        if (birthday == null || birthday.length() < 5) {
            return false;
        }
        MonthDay born = MonthDay.parse("--" + birthday.substring(birthday.length() - 5));
        if (born.equals(MonthDay.of(2, 29)) && !day.isLeapYear()) {
            return day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
        }
        return born.equals(MonthDay.from(day));
    }

    private static String yuan(long cents) {
        return String.format("¥%d.%02d", cents / 100, cents % 100);
    }

    private static LocalDate day(Group group, OffsetDateTime at) {
        return at.atZoneSameInstant(group.timeZone()).toLocalDate();
    }

    private Evaluation nothing() {
        return new Evaluation(RULE_SET, rules.activeVersion(RULE_SET), List.of());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
