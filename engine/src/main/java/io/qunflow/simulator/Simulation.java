package io.qunflow.simulator;

import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.NewGroup;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import io.qunflow.workflow.WorkflowTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One run of a synthetic community through the engine: members join over the days, talk, react,
 * check in, click the SOP posts the group's workflow sends and sometimes pay, spammers spam, some
 * leave (what they do is {@link Behaviour}'s). Its {@link Connector} posts events by their own
 * times and carries out removals by posting the member's leave; the simulation moves the clock from
 * one event to the next, running the workflow timers and the background duties that fall due on
 * the way.
 */
final class Simulation {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] TEMPLATES = {"restaurant", "education", "beauty", "mother-baby"};
    private static final Duration ATTRIBUTION = Duration.ofHours(24);
    /** How often the application's background duties run, in simulated hours. */
    private static final int DUTY_HOURS = 3;

    private final SimulationOptions options;
    private final SimulatedClock clock;
    private final ManualScheduler duties;
    private final GroupService groups;
    private final MemberService members;
    private final SopCalendarService sop;
    private final WorkflowTime workflowTime;

    private final Agenda agenda = new Agenda();
    private final Behaviour behaviour = new Behaviour(agenda);
    private final Connector connector;
    private final List<SimGroup> simGroups = new ArrayList<>();
    private Instant nextJobDue;
    final Map<EventType, Long> accepted;
    long jobs;
    long jobPasses;
    long jobFailures;

    Simulation(
            SimulationOptions options,
            SimulatedClock clock,
            ManualScheduler duties,
            EventService events,
            GroupService groups,
            MemberService members,
            SopCalendarService sop,
            WorkflowTime workflowTime) {
        this.options = options;
        this.clock = clock;
        this.duties = duties;
        this.groups = groups;
        this.members = members;
        this.sop = sop;
        this.workflowTime = workflowTime;
        this.connector = new Connector(events, behaviour, "sim-e");
        this.accepted = connector.accepted;
    }

    List<SimGroup> groups() {
        return simGroups;
    }

    /** Where a run begins and ends in time. */
    record SimulatedStart(SimulationOptions options) {

        Instant first() {
            return options.start().atStartOfDay(ZONE).toInstant();
        }

        /** The last simulated moment: the end of the last day, so "today" is still the last simulated day. */
        Instant last() {
            return options.start()
                    .plusDays(options.days())
                    .atStartOfDay(ZONE)
                    .toInstant()
                    .minusSeconds(1);
        }
    }

    long acceptedTotal() {
        return connector.acceptedTotal();
    }

    long refused() {
        return connector.refused;
    }

    /** Runs every day; {@code dayDone} hears each finished day's number (1-based). */
    void run(IntConsumer dayDone) {
        advance(new SimulatedStart(options).first());
        openGroups();
        for (int day = 0; day < options.days(); day++) {
            Instant dayStart = options.start().plusDays(day).atStartOfDay(ZONE).toInstant();
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            for (SimGroup g : simGroups) {
                behaviour.planDay(g, day, dayStart);
            }
            for (int hour = 0; hour < 24; hour += DUTY_HOURS) {
                agenda.tick(dayStart.plus(Duration.ofHours(hour)));
            }
            for (Agenda.Planned next = agenda.nextBefore(dayEnd); next != null; next = agenda.nextBefore(dayEnd)) {
                advance(next.at());
                if (next.type() == null) {
                    duties.runDuties();
                    // A duty (the milestone watcher) may have moved a workflow on to a new timer.
                    nextJobDue = workflowTime.nextDue().orElse(Instant.MAX);
                } else {
                    connector.post(next);
                }
            }
            dayDone.accept(day + 1);
        }
        advance(new SimulatedStart(options).last());
        agenda.clear();
    }

    private void openGroups() {
        Random seeds = new Random(options.seed());
        List<String> previous = List.of();
        for (int i = 0; i < options.groups(); i++) {
            String template = TEMPLATES[i % TEMPLATES.length];
            SimGroup g = new SimGroup("sim-g%03d".formatted(i + 1), template, new Random(seeds.nextLong()));
            groups.create(new NewGroup(
                    g.id,
                    "模拟社群 %d · %s".formatted(i + 1, template),
                    "模拟的私域社群，用于演示",
                    i % 2 == 0 ? GroupType.CONTENT : GroupType.CHECKIN,
                    500,
                    List.of("simulated", template),
                    null,
                    null,
                    ZONE));
            sop.applyTemplate(g.id, template, "simulator");
            int number = i + 1;
            g.drawMembers(options.members(), options.days(), previous, m -> "sim-u%03d-%04d".formatted(number, m));
            previous = g.members.stream().map(m -> m.id).toList();
            simGroups.add(g);
        }
        nextJobDue = null;
    }

    /** Moves the clock on, running the workflow timers due by then and reacting to what they did. */
    private void advance(Instant to) {
        clock.advanceTo(to);
        if (nextJobDue != null && nextJobDue.isAfter(to)) {
            return;
        }
        WorkflowTime.Ran ran = workflowTime.runDueJobs(clock.instant());
        jobPasses++;
        jobs += ran.jobs();
        jobFailures += ran.failures();
        for (SimGroup g : simGroups) {
            if (ran.businessKeys().contains(g.id)) {
                discoverPosts(g);
                syncPruned(g);
            }
        }
        nextJobDue = workflowTime.nextDue().orElse(Instant.MAX);
    }

    private void discoverPosts(SimGroup g) {
        Instant now = clock.instant();
        for (SopPost post : sop.postsSentBetween(
                g.id,
                OffsetDateTime.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(now.plusMillis(1), ZoneOffset.UTC))) {
            if (g.seenPosts.add(post.id())) {
                behaviour.planClicks(g, post);
            }
        }
    }

    /** Members pruning removed are gone for the simulation too. */
    private void syncPruned(SimGroup g) {
        if (groups.get(g.id).memberCount() == g.inGroup()) {
            return;
        }
        Set<String> stillIn = new HashSet<>();
        for (Member member : members.inGroup(g.id)) {
            stillIn.add(member.memberId());
        }
        for (SimGroup.SimMember m : g.members) {
            if (m.in && !stillIn.contains(m.id)) {
                m.in = false;
                m.gone = true;
            }
        }
    }

    static Duration attribution() {
        return ATTRIBUTION;
    }
}
