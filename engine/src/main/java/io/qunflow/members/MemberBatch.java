package io.qunflow.members;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * One group's members as a batch of the group's events changes them, in the caller's transaction:
 * the members the events name are read in one statement with their activity windows, every join,
 * leave, first appearance and activity is applied in memory in the events' order, exactly as
 * {@link MemberService} applies it to the stored rows one event at a time, and {@link #flush}
 * writes the outcome back with a few JDBC batch statements.
 *
 * <p>Layering is the exception to "at once": an event's layering is kept waiting, with the inputs
 * it would have had (the member's state and windows as of that event, and the moment), until
 * {@link #layerAll} evaluates the waiting layerings of all members together, one evaluation per
 * round (each member's first waiting layering, then each one's second…), which is what the
 * pruning pass does for a whole group. A member's layer that is needed earlier (moderation judges
 * a message by it) is brought up to date on its own by {@link #layer}.
 */
public final class MemberBatch {

    private final Group group;
    private final MemberStore store;
    private final ActivityStore activity;
    private final Layering layering;
    private final LayerChanges layerChanges;
    private final RuleEngine rules;
    private final GroupService groups;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final LocalDate today;
    private final Map<String, MemberStore.Stored> stored;
    private final Map<String, ActivityFigures> figures;
    private final Map<String, BatchedMember> members = new LinkedHashMap<>();
    private final Map<Day, ActivityCounts> days = new LinkedHashMap<>();
    private boolean countLocked;
    private int memberCount;
    private int countDelta;

    MemberBatch(
            Group group,
            Collection<String> memberIds,
            MemberStore store,
            ActivityStore activity,
            Layering layering,
            LayerChanges layerChanges,
            RuleEngine rules,
            GroupService groups,
            ApplicationEventPublisher published,
            Clock clock) {
        this.group = group;
        this.store = store;
        this.activity = activity;
        this.layering = layering;
        this.layerChanges = layerChanges;
        this.rules = rules;
        this.groups = groups;
        this.published = published;
        this.clock = clock;
        this.today = now().atZoneSameInstant(group.timeZone()).toLocalDate();
        this.stored = store.lockAll(group.id(), memberIds);
        this.figures = activity.figures(group.id(), memberIds, today);
    }

    /** See {@link MemberService#join}. */
    public MemberService.Joined join(
            String memberId, MemberRole role, String nickname, String birthday, String channel, OffsetDateTime at) {
        BatchedMember m = find(memberId);
        if (m != null && m.inGroup()) {
            return new MemberService.Joined(m.member(), false, countLocked ? memberCount : group.memberCount());
        }
        if (m == null) {
            m = create(memberId);
            m.role = role;
        } else {
            m.role = m.role.onRejoinReportedAs(role);
        }
        m.nickname = nickname;
        m.birthday = birthday;
        m.channel = channel;
        m.status = "IN_GROUP";
        m.joinedAt = at;
        m.leftAt = null;
        m.membershipChanged = true;
        int count = count(1);
        published.publishEvent(new MembershipChanged(group.id(), memberId, true, channel, at));
        return new MemberService.Joined(m.member(), true, count);
    }

    /** See {@link MemberService#leave}. */
    public void leave(String memberId, OffsetDateTime at) {
        BatchedMember m = find(memberId);
        if (m != null && m.inGroup()) {
            m.status = "LEFT";
            m.leftAt = at;
            m.membershipChanged = true;
            count(-1);
            published.publishEvent(new MembershipChanged(group.id(), memberId, false, null, at));
        }
    }

    /**
     * See {@link MemberService#speaker}. The member's layer is the last one evaluated: when the
     * layer matters, ask {@link #layer}, which evaluates the member's waiting layerings first.
     */
    public Member speaker(String memberId, OffsetDateTime at) {
        BatchedMember m = find(memberId);
        if (m == null) {
            count(1);
            m = create(memberId);
            published.publishEvent(new MembershipChanged(group.id(), memberId, true, null, at));
        }
        return m.member();
    }

    /**
     * See {@link MemberService#recordActivity(Group, String, OffsetDateTime, ActivityCounts)}: the
     * activity is counted at once, the layering waits; its evaluation is ready after {@link #layerAll}.
     */
    public Supplier<Evaluation> recordActivity(String memberId, OffsetDateTime at, ActivityCounts counts) {
        speaker(memberId, at);
        BatchedMember m = members.get(memberId);
        if (counts != null) {
            LocalDate day = at.atZoneSameInstant(group.timeZone()).toLocalDate();
            days.merge(new Day(memberId, day), counts, ActivityCounts::plus);
            m.figures = m.figures.plus(day, counts, today);
            m.messageCount += counts.messages();
            m.messagesAdded += counts.messages();
            m.lastActiveAt = m.lastActiveAt == null || m.lastActiveAt.isBefore(at) ? at : m.lastActiveAt;
            m.activeAt = m.activeAt == null || m.activeAt.isBefore(at) ? at : m.activeAt;
        }
        OffsetDateTime now = now();
        if (!now.atZoneSameInstant(group.timeZone()).toLocalDate().equals(today)) {
            // The windows were read for the day the batch began; one by one, each event reads its own.
            throw new ConcurrencyFailureException("The day changed in the group's time zone while a batch was applied");
        }
        BatchedMember.Pending pending = new BatchedMember.Pending(m, now);
        m.pending.add(pending);
        return () -> {
            if (pending.evaluation == null) {
                throw new IllegalStateException("Layering of " + memberId + " was not evaluated yet");
            }
            return pending.evaluation;
        };
    }

    /** The member's layer now, once the layerings of the member's earlier events are evaluated. */
    public String layer(String memberId) {
        BatchedMember m = find(memberId);
        if (m == null) {
            return null;
        }
        while (!m.pending.isEmpty()) {
            evaluate(List.of(m.pending.poll()));
        }
        return m.layer;
    }

    /** Evaluates every waiting layering: the members' first ones together, then their second ones… */
    public void layerAll() {
        while (true) {
            List<BatchedMember.Pending> round = new ArrayList<>();
            for (BatchedMember m : members.values()) {
                if (!m.pending.isEmpty()) {
                    round.add(m.pending.poll());
                }
            }
            if (round.isEmpty()) {
                return;
            }
            evaluate(round);
        }
    }

    /**
     * Writes what the batch did, after evaluating what still waits: new members inserted, changed
     * memberships updated (failing on a row a concurrent call changed meanwhile), each member's
     * messages, last activity and last layering in one write, the days' counts, the member count.
     */
    public void flush() {
        layerAll();
        List<Member> created = new ArrayList<>();
        List<LayerUpdate> createdLayered = new ArrayList<>();
        List<Member> moved = new ArrayList<>();
        List<String> movedFrom = new ArrayList<>();
        List<MemberStore.ActivityWrite> writes = new ArrayList<>();
        for (BatchedMember m : members.values()) {
            if (m.created()) {
                created.add(m.member());
                createdLayered.add(m.layeredToWrite());
                continue;
            }
            if (m.membershipChanged) {
                moved.add(m.member());
                movedFrom.add(m.statusRead);
            }
            if (m.activeAt != null || m.layered != null) {
                writes.add(new MemberStore.ActivityWrite(m.memberId, m.messagesAdded, m.activeAt, m.layeredToWrite()));
            }
        }
        if (!created.isEmpty()) {
            store.insertAll(created, createdLayered);
        }
        if (!moved.isEmpty()) {
            store.updateMemberships(moved, movedFrom);
        }
        if (!writes.isEmpty()) {
            store.addActivities(group.id(), writes);
        }
        if (!days.isEmpty()) {
            List<ActivityStore.DayAdded> added = new ArrayList<>(days.size());
            days.forEach((key, counts) -> added.add(new ActivityStore.DayAdded(key.memberId(), key.day(), counts)));
            activity.addAll(group.id(), added);
        }
        if (countDelta != 0) {
            groups.countMembers(group.id(), countDelta);
        }
    }

    private void evaluate(List<BatchedMember.Pending> round) {
        List<Layering.Subject> subjects = new ArrayList<>(round.size());
        for (BatchedMember.Pending p : round) {
            subjects.add(new Layering.Subject(p.state(), p.figures, p.now));
        }
        List<Layering.Classified> classified = layering.classifyEach(group.id(), group.timeZone(), subjects);
        int version = rules.activeVersion(Layering.RULE_SET);
        for (int i = 0; i < round.size(); i++) {
            BatchedMember.Pending p = round.get(i);
            Layering.Classified c = classified.get(i);
            LayerUpdate update = LayerChanges.layerUpdate(c, p.now);
            if (update != null) {
                p.member.store(update);
            }
            p.evaluation = new Evaluation(
                    Layering.RULE_SET,
                    version,
                    layerChanges.tag(group.id(), c, p.now).map(List::of).orElse(List.of()));
        }
    }

    private BatchedMember find(String memberId) {
        BatchedMember m = members.get(memberId);
        if (m == null) {
            MemberStore.Stored read = stored.get(memberId);
            if (read != null) {
                m = new BatchedMember(read, figuresOf(memberId));
                members.put(memberId, m);
            }
        }
        return m;
    }

    private BatchedMember create(String memberId) {
        BatchedMember m = new BatchedMember(group.id(), memberId, figuresOf(memberId));
        members.put(memberId, m);
        return m;
    }

    private ActivityFigures figuresOf(String memberId) {
        return figures.getOrDefault(memberId, ActivityFigures.none(memberId));
    }

    /**
     * Moves the member count, locking the group's row on the first change as a single join does,
     * so that the joins of concurrent calls take turns and each answers the count its join made.
     */
    private int count(int delta) {
        if (!countLocked) {
            memberCount = groups.countMembers(group.id(), 0);
            countLocked = true;
        }
        memberCount += delta;
        countDelta += delta;
        return memberCount;
    }

    /** A member's day in the group's time zone. */
    private record Day(String memberId, LocalDate day) {}

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
