package io.qunflow.rewards;

import io.qunflow.groups.Group;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.members.PointsBalances;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final RuleEngine rules;
    private final RewardStore ledger;
    private final Settlement settlement;
    private final HolidayCalendar calendar;
    private final MemberService members;
    private final Clock clock;

    RewardService(
            RuleEngine rules,
            RewardStore ledger,
            Settlement settlement,
            HolidayCalendar calendar,
            MemberService members,
            Clock clock) {
        this.rules = rules;
        this.ledger = ledger;
        this.settlement = settlement;
        this.calendar = calendar;
        this.members = members;
        this.clock = clock;
    }

    /** What a join earns: the member's welcome rewards (once per member) and a milestone (once per group). */
    @Transactional
    public Evaluation joined(Group group, String eventId, MemberJoin join, OffsetDateTime at) {
        return settlement.settle(group, decidedJoin(group, eventId, join, at), ledger);
    }

    /** What today earns the member or the group: a birthday, a holiday. Nothing on other days. */
    @Transactional
    public Evaluation occasions(Group group, String eventId, Member member, OffsetDateTime at) {
        Settlement.Decided decided = decidedOccasions(group, eventId, member, at);
        return decided == null ? nothing() : settlement.settle(group, decided, ledger);
    }

    /** What a check-in earns: daily points and streak bonuses, once per member per day. */
    @Transactional
    public Evaluation checkedIn(Group group, String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day) {
        return settlement.settle(group, decidedCheckIn(group, eventId, at, streak, day), ledger);
    }

    /**
     * The rewards of a batch of the group's events: each event's rewards decided by the rules as
     * {@link #joined}, {@link #occasions} and {@link #checkedIn} decide them, in the events' order,
     * and booked together on {@link RewardBatch#flush}: the ledger's keys looked up at once, the
     * entries inserted in batch statements, in the caller's transaction.
     */
    public RewardBatch batch(Group group) {
        return new RewardBatch(group, this, settlement, ledger);
    }

    Settlement.Decided decidedJoin(Group group, String eventId, MemberJoin join, OffsetDateTime at) {
        Evaluation evaluation = rules.evaluate(
                RULE_SET,
                List.of(join, new GroupMilestone(group.id(), group.name(), join.memberId(), join.memberNumber())));
        return new Settlement.Decided(
                eventId,
                at,
                join.memberId(),
                day(group, at),
                "join",
                "members-" + join.memberNumber(),
                evaluation,
                now());
    }

    /** Null when the day is not today or nothing is celebrated on it. */
    Settlement.Decided decidedOccasions(Group group, String eventId, Member member, OffsetDateTime at) {
        LocalDate day = day(group, at);
        if (!day.equals(
                OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate())) {
            return null;
        }
        String memberId = member.memberId();
        List<Object> facts = new ArrayList<>(2);
        if (isBirthday(member.birthday(), day)) {
            facts.add(new Birthday(
                    group.id(), memberId, member.nickname(), member.role().name(), day));
        }
        calendar.on(day).ifPresent(name -> facts.add(new Holiday(group.id(), name, day)));
        if (facts.isEmpty()) {
            return null;
        }
        return new Settlement.Decided(
                eventId, at, memberId, day, "day-" + day, "day-" + day, rules.evaluate(RULE_SET, facts), now());
    }

    Settlement.Decided decidedCheckIn(
            Group group, String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day) {
        return decidedCheckIn(eventId, at, streak, day, rules.evaluate(RULE_SET, List.of(streak)), now());
    }

    Settlement.Decided decidedCheckIn(
            String eventId,
            OffsetDateTime at,
            CheckInStreak streak,
            LocalDate day,
            Evaluation evaluation,
            OffsetDateTime now) {
        return new Settlement.Decided(
                eventId, at, streak.memberId(), day, "checkin-" + day, "checkin-" + day, evaluation, now);
    }

    /**
     * What the rules decide on each check-in (one per member), in one evaluation when the rules
     * decide each check-in alone ({@link RuleEngine#decidesEachAlone}) and every decision names
     * one of the members, each check-in on its own otherwise.
     */
    List<Evaluation> evaluateCheckIns(List<CheckInStreak> checkIns) {
        if (checkIns.size() > 1 && rules.decidesEachAlone(RULE_SET, CheckInStreak.class)) {
            Evaluation together = rules.evaluate(RULE_SET, checkIns);
            Map<String, List<Decision>> byMember = new HashMap<>();
            checkIns.forEach(c -> byMember.put(c.memberId(), new ArrayList<>(2)));
            boolean attributable = true;
            for (Decision d : together.decisions()) {
                List<Decision> of = d.memberId() == null ? null : byMember.get(d.memberId());
                if (of == null) {
                    attributable = false;
                    break;
                }
                of.add(d);
            }
            if (attributable) {
                return checkIns.stream()
                        .map(c -> new Evaluation(together.ruleSet(), together.version(), byMember.get(c.memberId())))
                        .toList();
            }
        }
        return checkIns.stream().map(c -> rules.evaluate(RULE_SET, List.of(c))).toList();
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
        return settlement.settle(
                group,
                new Settlement.Decided(
                        null, now, null, day(group, now), runId, runId, new Evaluation("workflow", 0, decided), now),
                ledger);
    }

    /**
     * Books the points and red envelopes a rule set decided in a workflow's run over a population,
     * once per run and within the budgets, like an event's; answers the decisions to carry out.
     */
    @Transactional
    public Evaluation settleRun(Group group, String runId, Evaluation decided) {
        OffsetDateTime now = now();
        return settlement.settle(
                group, new Settlement.Decided(null, now, null, day(group, now), runId, runId, decided, now), ledger);
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

    /** Who the ledger entry with that key was booked for, and why, if there is one. */
    public Optional<BookedEntry> entry(String key) {
        return ledger.entry(key);
    }

    /** A ledger entry's member and reason. */
    public record BookedEntry(String memberId, String reason) {}

    @Override
    public long balance(String groupId, String memberId) {
        return ledger.balance(groupId, memberId);
    }

    /** A page of the member's ledger, the latest entry first, and how many entries there are in all. */
    public Page<PointsEntry> entries(String groupId, String memberId, int page, int size) {
        return new Page<>(ledger.entries(groupId, memberId, page * size, size), ledger.entryCount(groupId, memberId));
    }

    /** One page of a list and the number of items in the whole list. */
    public record Page<T>(List<T> items, int total) {}

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

    /** A page of the red envelopes decided for the group, sent or refused, the latest first. */
    public Page<RedEnvelope> envelopes(String groupId, int page, int size) {
        return new Page<>(ledger.envelopes(groupId, page * size, size), ledger.envelopeCount(groupId));
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

    static String yuan(long cents) {
        return String.format("%s¥%d.%02d", cents < 0 ? "-" : "", Math.abs(cents / 100), Math.abs(cents % 100));
    }

    private static LocalDate day(Group group, OffsetDateTime at) {
        return at.atZoneSameInstant(group.timeZone()).toLocalDate();
    }

    Evaluation nothing() {
        return new Evaluation(RULE_SET, rules.activeVersion(RULE_SET), List.of());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
