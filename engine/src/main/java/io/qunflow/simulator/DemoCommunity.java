package io.qunflow.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.ConflictException;
import io.qunflow.events.EventService;
import io.qunflow.groups.GroupService;
import io.qunflow.security.DemoMode;
import io.qunflow.sop.SopCalendarService;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The demo community (加载演示社群) on the embedded default: loaded on request in the background,
 * one load at a time, with its progress for the dashboard's bar. A production install refuses it:
 * it would mix made-up members into real data.
 */
@Service
class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    enum State {
        /** Not loaded on this install. */
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * How the load stands.
     *
     * @param available whether this install may load the demo at all (the embedded default only)
     * @param groupIds the demo groups, once they exist
     */
    record Progress(State state, int percent, boolean available, List<String> groupIds, String detail) {}

    private final DemoMode demoMode;
    private final DemoCommunityPlan plan;
    private final EventService events;
    private final GroupService groups;
    private final SopCalendarService sop;
    private final Clock clock;
    private final ThreadPoolTaskExecutor loader;

    private State state = State.IDLE;
    private int daysDone;
    private String detail;

    DemoCommunity(
            DemoMode demoMode,
            ObjectMapper json,
            EventService events,
            GroupService groups,
            SopCalendarService sop,
            Clock clock,
            BackgroundThreads threads) {
        this.demoMode = demoMode;
        this.plan = DemoCommunityPlan.read(json);
        this.events = events;
        this.groups = groups;
        this.sop = sop;
        this.clock = clock;
        this.loader = threads.pool("qunflow-demo-loader", 1);
    }

    /**
     * Starts loading in the background and answers at once.
     *
     * @throws ConflictException outside the embedded default, while a load runs, or once the demo groups exist
     */
    synchronized Progress start(String actor) {
        if (!demoMode.active()) {
            throw new ConflictException(
                    "The demo community loads only on the embedded default (H2 on this machine);"
                            + " this install keeps real data, so made-up members are not mixed into it",
                    "演示社群只能装在内置数据库（本机 H2）上；这套安装存有真实数据，不把虚构成员混进去");
        }
        if (state == State.RUNNING) {
            throw new ConflictException("The demo community is loading already", "演示社群正在装入");
        }
        if (loaded()) {
            throw new ConflictException(
                    "The demo community is loaded already: its groups are on the dashboard", "演示社群已经装好：它的社群就在概览页上");
        }
        state = State.RUNNING;
        daysDone = 0;
        detail = null;
        log.info(
                "{} is loading the demo community ({} groups, {} days)",
                actor,
                plan.groups().size(),
                plan.days());
        loader.submit(this::load);
        return progress();
    }

    synchronized Progress progress() {
        State shown = state == State.IDLE && loaded() ? State.DONE : state;
        int percent = shown == State.DONE ? 100 : daysDone * 100 / plan.days();
        List<String> ids = shown == State.IDLE
                ? List.of()
                : plan.groups().stream()
                        .map(DemoCommunityPlan.Group::id)
                        .filter(id -> groups.find(id).isPresent())
                        .toList();
        return new Progress(shown, percent, demoMode.active(), ids, detail);
    }

    private void load() {
        try {
            DemoRun run = new DemoRun(plan, events, groups, sop, clock.instant());
            run.run(this::dayDone);
            log.info("The demo community is loaded: {} events through the engine", run.eventsAccepted());
            finish(State.DONE, null);
        } catch (RuntimeException e) {
            log.error("Loading the demo community failed", e);
            finish(State.FAILED, "Loading stopped: " + e.getMessage());
        }
    }

    private synchronized void dayDone(int day) {
        daysDone = day;
    }

    private synchronized void finish(State end, String why) {
        state = end;
        detail = why;
    }

    /** Any demo group present counts: a load that failed half-way is not loaded again over it. */
    private boolean loaded() {
        return plan.groups().stream().anyMatch(g -> groups.find(g.id()).isPresent());
    }

    /** A load under way gets the pool's grace to go on; one cut short is not loaded again over ({@link #loaded()}). */
    @PreDestroy
    void stop() {
        loader.shutdown();
    }
}
