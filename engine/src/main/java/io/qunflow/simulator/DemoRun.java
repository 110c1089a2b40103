package io.qunflow.simulator;

import io.qunflow.common.ApplicationClock;
import io.qunflow.events.EventService;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.NewGroup;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * One load of the demo community into the running application: the plan's groups are opened as
 * they were {@code days} ago, given their SOP calendars, and their members' days are played
 * through the real engine up to now (joins, talk, spam, reactions, check-ins, clicks on the posts
 * the calendar sent, orders). The run replays the past on its own thread ({@link ApplicationClock}),
 * so what the engine stamps lands on the right day while the rest of the application keeps real
 * time. The posts fall due in the past, so the run sends them itself, in time order, as the
 * group's SOP workflow would have; from now on the workflow sends them. The groups' lifecycles
 * start at load time: Camunda's clock is never moved.
 */
final class DemoRun {

    private final DemoCommunityPlan plan;
    private final GroupService groups;
    private final SopCalendarService sop;
    private final Instant end;

    private final Agenda agenda = new Agenda();
    private final Behaviour behaviour = new Behaviour(agenda);
    private final Connector connector;
    private final List<SimGroup> simGroups = new ArrayList<>();

    DemoRun(DemoCommunityPlan plan, EventService events, GroupService groups, SopCalendarService sop, Instant end) {
        this.plan = plan;
        this.groups = groups;
        this.sop = sop;
        this.end = end;
        this.connector = new Connector(events, behaviour, "demo-e");
    }

    /** Plays every day up to {@code end}; {@code dayDone} hears each finished day's number (1-based). */
    void run(IntConsumer dayDone) {
        LocalDate today = end.atZone(Simulation.ZONE).toLocalDate();
        LocalDate first = today.minusDays(plan.days() - 1L);
        try {
            ApplicationClock.replayAt(first.atStartOfDay(Simulation.ZONE).toInstant());
            openGroups();
            for (int day = 0; day < plan.days(); day++) {
                Instant dayStart =
                        first.plusDays(day).atStartOfDay(Simulation.ZONE).toInstant();
                Instant dayEnd = day == plan.days() - 1 ? end : dayStart.plus(Duration.ofDays(1));
                for (SimGroup g : simGroups) {
                    behaviour.planDay(g, day, dayStart);
                    planPosts(g, dayStart, dayEnd);
                }
                for (Agenda.Planned next = agenda.nextBefore(dayEnd); next != null; next = agenda.nextBefore(dayEnd)) {
                    ApplicationClock.replayAt(next.at());
                    if (next.type() == null) {
                        sendPosts(next.group(), next.at());
                    } else {
                        connector.post(next);
                    }
                }
                dayDone.accept(day + 1);
            }
            agenda.clear();
        } finally {
            ApplicationClock.endReplay();
        }
    }

    long eventsAccepted() {
        return connector.acceptedTotal();
    }

    private void openGroups() {
        Random seeds = new Random(plan.seed());
        List<String> previous = List.of();
        for (DemoCommunityPlan.Group spec : plan.groups()) {
            SimGroup g = new SimGroup(spec.id(), spec.template(), new Random(seeds.nextLong()));
            groups.create(new NewGroup(
                    spec.id(), spec.name(), spec.intro(), spec.type(), 500, spec.tags(), null, null, Simulation.ZONE));
            sop.applyTemplate(spec.id(), spec.template(), "demo");
            String prefix = spec.id().replace("demo-", "demo-u-");
            g.drawMembers(plan.membersPerGroup(), plan.days(), previous, n -> "%s-%03d".formatted(prefix, n));
            previous = g.members.stream().map(m -> m.id).toList();
            simGroups.add(g);
        }
    }

    /** Puts the day's SOP posts on the agenda at their due times: a planned item without an event type. */
    private void planPosts(SimGroup g, Instant dayStart, Instant dayEnd) {
        OffsetDateTime after = OffsetDateTime.ofInstant(dayStart.minusMillis(1), ZoneOffset.UTC);
        for (Optional<OffsetDateTime> due = sop.nextDue(g.id, after);
                due.isPresent() && due.get().toInstant().isBefore(dayEnd);
                due = sop.nextDue(g.id, due.get())) {
            agenda.plan(due.get().toInstant(), g, null, null, null);
        }
    }

    /** Sends what falls due, as the group's SOP workflow would, and lets the members see it. */
    private void sendPosts(SimGroup g, Instant at) {
        for (SopPost post : sop.deliver(g.id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))) {
            behaviour.planClicks(g, post);
        }
    }
}
