package io.qunflow.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.NewGroup;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.sop.Purpose;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import io.qunflow.workflow.WorkflowTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One run of a synthetic community through the engine: members join over the days, talk, react,
 * check in, click the SOP posts the group's workflow sends and sometimes pay, spammers spam, some
 * leave. The simulation is the connector: it posts events by their own times, carries out
 * removals by posting the member's leave, and moves the clock from one event to the next, running
 * the workflow timers and the background duties that fall due on the way.
 */
final class Simulation {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] TEMPLATES = {"restaurant", "education", "beauty", "mother-baby"};
    private static final String[] CHANNELS = {"poster", "store-qr", "live", "referral"};
    private static final String[] CHAT = {
        "今天的菜品看起来不错",
        "请问周末营业吗？",
        "已下单，期待～",
        "分享一个小技巧：先预约再到店",
        "谢谢群主的福利🎉",
        "这个活动什么时候结束？",
        "打卡第一天",
        "刚收到货，质量很好👍",
        "有没有人一起拼单",
        "早上好☀️",
        "孩子很喜欢这个",
        "上次买的已经用完了，回购",
        "这个怎么用？",
        "推荐给朋友了",
        "晚安🌙"
    };
    private static final String[] SPAM = {"加我微信领红包", "兼职刷单日结300", "网赌上分稳赚不赔", "淘宝更便宜，别在这买", "点击链接领取优惠券"};
    private static final double SHARED_MEMBER_CHANCE = 0.08;
    private static final double INITIAL_SHARE = 0.6;
    private static final Duration ATTRIBUTION = Duration.ofHours(24);
    /** How often the application's background duties run, in simulated hours. */
    private static final int DUTY_HOURS = 3;

    private final SimulationOptions options;
    private final SimulatedClock clock;
    private final ManualScheduler duties;
    private final EventService events;
    private final GroupService groups;
    private final MemberService members;
    private final SopCalendarService sop;
    private final WorkflowTime workflowTime;

    private final PriorityQueue<Planned> queue =
            new PriorityQueue<>(Comparator.comparing(Planned::at).thenComparingLong(Planned::seq));
    private final List<SimGroup> simGroups = new ArrayList<>();
    private long seq;
    private Instant nextJobDue;
    final Map<EventType, Long> accepted = new EnumMap<>(EventType.class);
    long refused;
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
        this.events = events;
        this.groups = groups;
        this.members = members;
        this.sop = sop;
        this.workflowTime = workflowTime;
    }

    /** A member as the simulation plays them. */
    static final class SimMember {
        final String id;
        final Persona persona;
        final String channel;
        final int joinDay;
        boolean in;
        boolean removing;
        boolean gone;

        SimMember(String id, Persona persona, String channel, int joinDay) {
            this.id = id;
            this.persona = persona;
            this.channel = channel;
            this.joinDay = joinDay;
        }
    }

    /** A group as the simulation plays it, with its own random stream so groups do not disturb each other. */
    static final class SimGroup {
        final String id;
        final String template;
        final Random random;
        final List<SimMember> members = new ArrayList<>();
        final Set<String> seenPosts = new HashSet<>();

        SimGroup(String id, String template, Random random) {
            this.id = id;
            this.template = template;
            this.random = random;
        }

        int inGroup() {
            return (int) members.stream().filter(m -> m.in).count();
        }
    }

    /** Something to happen at a time: an event to post, or (without a type) a tick for background duties. */
    private record Planned(
            Instant at, long seq, SimGroup group, SimMember member, EventType type, ObjectNode payload) {}

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
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Runs every day; {@code dayDone} hears each finished day's number (1-based). */
    void run(IntConsumer dayDone) {
        advance(new SimulatedStart(options).first());
        openGroups();
        for (int day = 0; day < options.days(); day++) {
            Instant dayStart = options.start().plusDays(day).atStartOfDay(ZONE).toInstant();
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            for (SimGroup g : simGroups) {
                planDay(g, day, dayStart);
            }
            for (int hour = 0; hour < 24; hour += DUTY_HOURS) {
                plan(dayStart.plus(Duration.ofHours(hour)), null, null, null, null);
            }
            while (!queue.isEmpty() && queue.peek().at().isBefore(dayEnd)) {
                Planned next = queue.poll();
                advance(next.at());
                if (next.type() == null) {
                    duties.runDuties();
                    // A duty (the milestone watcher) may have moved a workflow on to a new timer.
                    nextJobDue = workflowTime.nextDue().orElse(Instant.MAX);
                } else {
                    post(next);
                }
            }
            dayDone.accept(day + 1);
        }
        advance(new SimulatedStart(options).last());
        queue.clear();
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
            Set<String> ids = new HashSet<>();
            for (int m = 0; m < options.members(); m++) {
                String id = !previous.isEmpty() && g.random.nextDouble() < SHARED_MEMBER_CHANCE
                        ? previous.get(g.random.nextInt(previous.size()))
                        : "sim-u%03d-%04d".formatted(i + 1, m + 1);
                if (!ids.add(id)) {
                    id = "sim-u%03d-%04d".formatted(i + 1, m + 1);
                    ids.add(id);
                }
                int joinDay = g.random.nextDouble() < INITIAL_SHARE || options.days() == 1
                        ? 0
                        : 1 + g.random.nextInt(options.days() - 1);
                g.members.add(new SimMember(
                        id, Persona.draw(g.random.nextDouble()), CHANNELS[g.random.nextInt(CHANNELS.length)], joinDay));
            }
            previous = g.members.stream().map(m -> m.id).toList();
            simGroups.add(g);
        }
        nextJobDue = null;
    }

    private void planDay(SimGroup g, int day, Instant dayStart) {
        Random r = g.random;
        List<SimMember> present =
                g.members.stream().filter(m -> m.in && !m.gone).toList();
        for (SimMember m : g.members) {
            if (m.joinDay == day && !m.in && !m.gone) {
                plan(
                        at(dayStart, r, 8, 22),
                        g,
                        m,
                        EventType.MEMBER_JOINED,
                        payload()
                                .put("nickname", "会员" + m.id.substring(m.id.length() - 4))
                                .put("channel", m.channel)
                                .put("role", "MEMBER"));
            }
        }
        for (SimMember m : present) {
            Persona p = m.persona;
            if (r.nextDouble() < p.leaveChance) {
                plan(at(dayStart, r, 8, 23), g, m, EventType.MEMBER_LEFT, payload());
            }
            for (int i = poisson(r, p.messagesPerDay); i > 0; i--) {
                String text = p == Persona.SPAMMER && r.nextDouble() < 0.7
                        ? SPAM[r.nextInt(SPAM.length)]
                        : CHAT[r.nextInt(CHAT.length)];
                plan(
                        at(dayStart, r, 7, 23),
                        g,
                        m,
                        EventType.MESSAGE_POSTED,
                        payload().put("text", text));
            }
            if (p == Persona.SPAMMER && r.nextDouble() < 0.05) {
                Instant burst = at(dayStart, r, 9, 22);
                for (int i = 0; i < 10; i++) {
                    plan(
                            burst.plusSeconds(2L * i),
                            g,
                            m,
                            EventType.MESSAGE_POSTED,
                            payload().put("text", CHAT[r.nextInt(CHAT.length)]));
                }
            }
            for (int i = poisson(r, p.reactionsPerDay); i > 0 && present.size() > 1; i--) {
                SimMember target = present.get(r.nextInt(present.size()));
                if (target != m) {
                    plan(
                            at(dayStart, r, 7, 23),
                            g,
                            m,
                            EventType.REACTION_GIVEN,
                            payload().put("targetMemberId", target.id));
                }
            }
            if (r.nextDouble() < p.checkInChance) {
                plan(at(dayStart, r, 6, 10), g, m, EventType.CHECKED_IN, payload());
            }
            if (r.nextDouble() < p.organicOrderChance) {
                plan(at(dayStart, r, 9, 23), g, m, EventType.ORDER_PAID, order(r));
            }
        }
    }

    /** Members who see a post may click it, and some of those pay within two hours. */
    private void planClicks(SimGroup g, SopPost post) {
        Random r = g.random;
        double boost = post.purpose() == Purpose.ACTIVITY ? 1.5 : 1.0;
        Instant sent = post.dueAt().toInstant();
        for (SimMember m : g.members) {
            if (!m.in || m.gone || r.nextDouble() >= m.persona.clickChance * boost) {
                continue;
            }
            long delaySeconds = Math.min(6 * 3600, (long) (-Math.log(1 - r.nextDouble()) * 45 * 60));
            Instant click = sent.plusSeconds(1 + delaySeconds);
            plan(click, g, m, EventType.LINK_CLICKED, payload().put("postId", post.id()));
            if (r.nextDouble() < m.persona.buyAfterClick) {
                plan(click.plusSeconds(180 + r.nextInt(117 * 60)), g, m, EventType.ORDER_PAID, order(r));
            }
        }
    }

    private ObjectNode order(Random r) {
        return payload().put("amountCents", 990 + 100L * r.nextInt(200)).put("orderId", "sim-o" + (seq + 1));
    }

    private void post(Planned p) {
        SimMember m = p.member();
        boolean joining = p.type() == EventType.MEMBER_JOINED;
        boolean leaving = p.type() == EventType.MEMBER_LEFT;
        // A member who is not (or no longer) in the group does nothing there, nor one being removed.
        if (m.gone || m.in == joining || m.removing && !leaving) {
            return;
        }
        EventAnswer answer;
        try {
            answer = events.accept(new GroupEvent(
                    "sim-e" + p.seq(),
                    p.group().id,
                    p.type(),
                    m.id,
                    OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC),
                    p.payload()));
        } catch (RuntimeException refusedByEngine) {
            refused++;
            return;
        }
        accepted.merge(p.type(), 1L, Long::sum);
        if (joining) {
            m.in = true;
        } else if (leaving) {
            m.in = false;
            m.gone = true;
        }
        for (EventAnswer.ActionView action : answer.actions()) {
            if (action.type().equals("REMOVE_MEMBER") && m.id.equals(action.memberId()) && m.in && !m.removing) {
                // The connector carries the removal out and reports the member gone.
                m.removing = true;
                plan(p.at().plusSeconds(5), p.group(), m, EventType.MEMBER_LEFT, payload());
            }
        }
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
                planClicks(g, post);
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
        for (SimMember m : g.members) {
            if (m.in && !stillIn.contains(m.id)) {
                m.in = false;
                m.gone = true;
            }
        }
    }

    private void plan(Instant at, SimGroup g, SimMember m, EventType type, ObjectNode payload) {
        queue.add(new Planned(at, ++seq, g, m, type, payload));
    }

    private static ObjectNode payload() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static Instant at(Instant dayStart, Random r, int fromHour, int toHour) {
        return dayStart.plusSeconds(fromHour * 3600L + r.nextInt((toHour - fromHour) * 3600));
    }

    /** A Poisson draw (Knuth's method: the rates here are small). */
    private static int poisson(Random r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    static Duration attribution() {
        return ATTRIBUTION;
    }
}
