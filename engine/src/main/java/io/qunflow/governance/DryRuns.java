package io.qunflow.governance;

import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Words;
import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.NewGroup;
import io.qunflow.groups.Phase;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import io.qunflow.rules.RuleCandidate;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleSets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dry-runs: the decisions and actions some events would get under a candidate source, found by
 * running them through the real event path in a transaction that is always rolled back.
 */
@Service
public class DryRuns {

    static final int MAX_EVENTS = 200;
    static final int MAX_MEMBERS = 500;
    static final int MAX_ERROR = 500;
    static final Duration MAX_DURATION = Duration.ofSeconds(10);

    private final RuleSets ruleSets;
    private final RuleEngine engine;
    private final EventService events;
    private final GroupService groups;
    private final MemberService members;
    private final TransactionTemplate rolledBack;
    private final Clock clock;
    private final Duration maxClockSkew;

    DryRuns(
            RuleSets ruleSets,
            RuleEngine engine,
            EventService events,
            GroupService groups,
            MemberService members,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${qunflow.events.max-clock-skew:PT5M}") Duration maxClockSkew) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.events = events;
        this.groups = groups;
        this.members = members;
        this.rolledBack = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * Runs the events in order and answers what each got; stores nothing and sends nothing. The
     * request is one whose constraints held (the API checks them where it arrives). Events not
     * begun within {@link #MAX_DURATION} are not tried; the first of them says so.
     *
     * @throws io.qunflow.common.NotFoundException when the rule set or the named group does not exist
     * @throws io.qunflow.common.InvalidRequestException when the source is refused, or an event is
     *     dated further ahead of the server's clock than {@code qunflow.events.max-clock-skew}
     */
    public DryRunResult run(String ruleSet, DryRunRequest request) {
        List<TrialEvent> trial = request.events();
        notAhead(trial);
        List<DryRunRequest.StateMember> present =
                request.state() == null || request.state().members() == null
                        ? List.of()
                        : request.state().members();
        if (request.groupId() != null) {
            groups.get(request.groupId());
        }
        RuleCandidate candidate = request.source() == null
                ? engine.activeCandidate(ruleSetOrThrow(ruleSet))
                : ruleSets.draft(ruleSet, request.source());
        try {
            List<DryRunResult.Outcome> outcomes = rolledBack.execute(status -> {
                status.setRollbackOnly();
                return engine.using(candidate, () -> replay(request, present, trial));
            });
            return new DryRunResult(ruleSet, candidate.version(), outcomes, candidate.warnings());
        } finally {
            ruleSets.discard(candidate);
        }
    }

    /**
     * Refuses an event the event path would refuse for being dated ahead: a dry-run answers what
     * events would get, and such an event gets a 400, not decisions.
     */
    private void notAhead(List<TrialEvent> trial) {
        Instant latest = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(maxClockSkew);
        for (int i = 0; i < trial.size(); i++) {
            if (TrialEvents.parse(trial.get(i).at()).toInstant().isAfter(latest)) {
                long minutes = maxClockSkew.toMinutes();
                String allowance = minutes > 0 ? minutes + " min" : maxClockSkew.toSeconds() + " s";
                String allowanceZh = minutes > 0 ? minutes + " 分钟" : maxClockSkew.toSeconds() + " 秒";
                throw new InvalidRequestException(
                        "events[" + i + "].at",
                        new Words("The event's time", "事件时间"),
                        new Words(
                                "is more than " + allowance + " ahead of the server's clock, as live events may not"
                                        + " be: date it when it would happen, with its offset",
                                "比服务器时钟快了 " + allowanceZh + "以上，实时事件不允许这样：请写事件发生的时间，并带上时区偏移"));
            }
        }
    }

    /** Why an event could not be decided, cut short: an answer carries the decisions' texts, not more. */
    private static String bounded(String message) {
        if (message == null) {
            return "the event could not be decided";
        }
        return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR - 1) + "…";
    }

    private String ruleSetOrThrow(String ruleSet) {
        ruleSets.get(ruleSet);
        return ruleSet;
    }

    private List<DryRunResult.Outcome> replay(
            DryRunRequest request, List<DryRunRequest.StateMember> present, List<TrialEvent> trial) {
        // The rows the events touch stay locked until the rollback, and live events of the same
        // group wait for them: however slowly the candidate decides, the dry-run ends in time.
        Instant deadline = clock.instant().plus(MAX_DURATION);
        String run = Ids.next("dry");
        String groupId = request.groupId();
        if (groupId == null) {
            groupId = groups.create(new NewGroup(
                            run,
                            "Dry run",
                            "A group that exists only for a dry-run",
                            request.groupType() == null ? GroupType.CONTENT : GroupType.valueOf(request.groupType()),
                            null,
                            List.of(),
                            null,
                            null,
                            null))
                    .id();
        }
        if (request.phase() != null) {
            // Rolled back with the rest of the dry-run: the group's real phase is not changed.
            groups.enterPhase(groupId, Phase.of(request.phase()));
        }
        for (DryRunRequest.StateMember m : present) {
            members.join(
                    groupId,
                    m.memberId(),
                    MemberRole.valueOf(m.role() == null ? "MEMBER" : m.role()),
                    m.nickname(),
                    null,
                    null,
                    m.joinedAt() == null ? null : TrialEvents.parse(m.joinedAt()));
        }
        List<DryRunResult.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < trial.size(); i++) {
            TrialEvent t = trial.get(i);
            String shownId = t.eventId() != null ? t.eventId() : "event-" + (i + 1);
            if (!clock.instant().isBefore(deadline)) {
                outcomes.add(new DryRunResult.Outcome(
                        shownId,
                        List.of(),
                        List.of(),
                        "not tried, nor the events after it: a dry-run runs for at most " + MAX_DURATION.toSeconds()
                                + " seconds; try fewer events"));
                break;
            }
            GroupEvent event = TrialEvents.toGroupEvent(run + ":" + shownId, groupId, t);
            try {
                EventAnswer answer = events.accept(event);
                outcomes.add(new DryRunResult.Outcome(shownId, answer.decisions(), answer.actions(), null));
            } catch (RuntimeException e) {
                // The transaction may no longer be usable (PostgreSQL aborts it on a failed statement).
                outcomes.add(new DryRunResult.Outcome(shownId, List.of(), List.of(), bounded(e.getMessage())));
                break;
            }
        }
        return outcomes;
    }
}
