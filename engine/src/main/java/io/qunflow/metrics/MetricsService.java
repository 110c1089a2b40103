package io.qunflow.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.events.EventLog;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberDay;
import io.qunflow.members.MemberService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.RuleParameters;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Per post and per group metrics, computed from stored state by the events' own times: the same
 * events give the same figures whatever order they arrived in. Windows are whole days ending
 * today in the group's time zone.
 */
@Service
public class MetricsService {

    /** Layers as the series name them, in chart order. */
    static final List<String> LAYERS = List.of("core", "active", "silent", "churned");

    private final GroupService groups;
    private final SopCalendarService sop;
    private final EventLog events;
    private final MemberService members;
    private final RewardService rewards;
    private final MetricsStore store;
    private final RuleParameters parameters;
    private final Clock clock;

    MetricsService(
            GroupService groups,
            SopCalendarService sop,
            EventLog events,
            MemberService members,
            RewardService rewards,
            MetricsStore store,
            RuleParameters parameters,
            Clock clock) {
        this.groups = groups;
        this.sop = sop;
        this.events = events;
        this.members = members;
        this.rewards = rewards;
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * Reach, clicks and attributed orders of the posts sent in the last {@code days} days, newest
     * first. An order counts for the post its member last clicked, when that click was at most
     * {@code attribution} before the order (last click wins).
     */
    public List<PostMetrics> posts(String groupId, int days, Duration attribution) {
        Group group = groups.get(groupId);
        Window window = window(group, days);
        List<SopPost> posts = sop.postsSentBetween(groupId, window.start(), window.end());
        if (posts.isEmpty()) {
            return List.of();
        }
        OffsetDateTime first = posts.get(posts.size() - 1).dueAt();
        Map<String, Tally> byPost = new HashMap<>();
        posts.forEach(p -> byPost.put(p.id(), new Tally()));
        Map<String, List<Click>> clicksByMember = new HashMap<>();
        for (GroupEvent click : events.ofType(groupId, EventType.LINK_CLICKED, first, window.end())) {
            String postId = text(click.payload(), "postId");
            Tally tally = postId == null ? null : byPost.get(postId);
            if (tally != null) {
                tally.clicks++;
                tally.clickers.add(click.memberId());
                clicksByMember
                        .computeIfAbsent(click.memberId(), m -> new ArrayList<>())
                        .add(new Click(postId, click.at()));
            }
        }
        for (GroupEvent order : events.ofType(groupId, EventType.ORDER_PAID, first, window.end())) {
            List<Click> clicks = clicksByMember.getOrDefault(order.memberId(), List.of());
            for (int i = clicks.size() - 1; i >= 0; i--) {
                Click click = clicks.get(i);
                if (click.at().isAfter(order.at())) {
                    continue;
                }
                if (!click.at().plus(attribution).isBefore(order.at())) {
                    Tally tally = byPost.get(click.postId());
                    tally.orders++;
                    tally.gmvCents += order.payload().path("amountCents").asLong(0);
                }
                break;
            }
        }
        return posts.stream()
                .map(p -> {
                    Tally t = byPost.get(p.id());
                    return new PostMetrics(
                            p.id(),
                            p.entryId(),
                            p.dueAt(),
                            p.purpose().name(),
                            p.text(),
                            p.reach(),
                            t.clicks,
                            t.clickers.size(),
                            t.orders,
                            t.gmvCents);
                })
                .toList();
    }

    private record Click(String postId, OffsetDateTime at) {}

    private static final class Tally {
        int clicks;
        final Set<String> clickers = new HashSet<>();
        int orders;
        long gmvCents;
    }

    /** The group's daily series and its source, process and result figures over the last {@code days} days. */
    public GroupMetrics group(String groupId, int days) {
        Group group = groups.get(groupId);
        ZoneId zone = group.timeZone();
        Window window = window(group, days);
        LocalDate from = window.from();
        LocalDate to = window.to();

        Replay replay = new Replay(store.changes(groupId, window.end()));
        replay.advanceTo(window.start());
        int membersAtStart = replay.inGroup.size();
        Set<String> everIn = new HashSet<>(replay.inGroup);

        Map<String, TreeSet<LocalDate>> spoke = new HashMap<>();
        Map<LocalDate, int[]> daily = new HashMap<>();
        Map<LocalDate, Long> dailyCents = new HashMap<>();
        Set<String> buyers = new TreeSet<>();
        for (MemberDay d : members.days(groupId, from.minusDays(6), to)) {
            if (d.messages() > 0) {
                spoke.computeIfAbsent(d.memberId(), m -> new TreeSet<>()).add(d.day());
            }
            if (!d.day().isBefore(from)) {
                int[] sums = daily.computeIfAbsent(d.day(), k -> new int[2]);
                sums[0] += d.messages();
                sums[1] += d.orders();
                dailyCents.merge(d.day(), d.orderCents(), Long::sum);
                if (d.orders() > 0) {
                    buyers.add(d.memberId());
                }
            }
        }
        Map<LocalDate, Long> points = new HashMap<>();
        rewards.pointsGranted(groupId, window.start(), window.end())
                .forEach(g -> points.merge(g.earnedAt().atZoneSameInstant(zone).toLocalDate(), g.points(), Long::sum));
        Map<LocalDate, Long> envelopes = rewards.redEnvelopeCentsSent(groupId, from, to);

        List<MetricsStore.PhaseEntered> phases = store.phases(groupId, window.end());
        int nextPhase = 0;
        String phase = null;
        SeriesBuilder s = new SeriesBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            OffsetDateTime dayEnd = startOf(day.plusDays(1), zone);
            while (nextPhase < phases.size() && phases.get(nextPhase).at().isBefore(dayEnd)) {
                phase = phases.get(nextPhase++).phase();
            }
            int[] moves = replay.advanceTo(dayEnd);
            everIn.addAll(replay.inGroup);
            everIn.addAll(replay.joinedSinceLastAdvance);
            Map<String, Integer> layers = replay.layerCounts();
            LocalDate weekStart = day.minusDays(6);
            int active7 = 0;
            for (String member : replay.inGroup) {
                TreeSet<LocalDate> spokeOn = spoke.get(member);
                LocalDate last = spokeOn == null ? null : spokeOn.floor(day);
                if (last != null && !last.isBefore(weekStart)) {
                    active7++;
                }
            }
            int members = replay.inGroup.size();
            int[] sums = daily.getOrDefault(day, new int[2]);
            s.days.add(day);
            s.phase.add(phase);
            s.members.add(members);
            s.core.add(layers.get("core"));
            s.active.add(layers.get("active"));
            s.silent.add(layers.get("silent"));
            s.churned.add(layers.get("churned"));
            s.activeMembers7d.add(active7);
            s.activityRate.add(members == 0 ? 0.0 : round((double) active7 / members));
            s.joined.add(moves[0]);
            s.left.add(moves[1]);
            s.messages.add(sums[0]);
            s.orders.add(sums[1]);
            s.gmvCents.add(dailyCents.getOrDefault(day, 0L));
            s.pointsGranted.add(points.getOrDefault(day, 0L));
            s.redEnvelopeCents.add(envelopes.getOrDefault(day, 0L));
        }

        int joined = s.joined.stream().mapToInt(Integer::intValue).sum();
        int membersAtEnd = replay.inGroup.size();
        GroupMetrics.Process process = new GroupMetrics.Process(
                ratio(joined, membersAtStart + joined),
                retention(replay, window, 7),
                retention(replay, window, 30),
                membersAtStart == 0 ? null : round((double) (membersAtEnd - membersAtStart) / membersAtStart));
        int orders = s.orders.stream().mapToInt(Integer::intValue).sum();
        long gmv = s.gmvCents.stream().mapToLong(Long::longValue).sum();
        long rewardsCost =
                s.redEnvelopeCents.stream().mapToLong(Long::longValue).sum();
        GroupMetrics.Result result = new GroupMetrics.Result(
                orders, buyers.size(), gmv, ratio(buyers.size(), everIn.size()), rewardsCost, (long)
                        parameters.number("rewards.daily-budget-cents"));
        return new GroupMetrics(
                groupId, from, to, s.build(), moderation(groupId, window), source(groupId, window), process, result);
    }

    /**
     * Of the members whose first join in the window lies at least {@code after} days before its
     * end, the share in the group {@code after} days after that join; null when there are none.
     */
    private static Double retention(Replay replay, Window window, int after) {
        int cohort = 0;
        int retained = 0;
        for (Map.Entry<String, List<MemberChange>> member : replay.membershipByMember.entrySet()) {
            MemberChange join = member.getValue().stream()
                    .filter(c -> c.kind().equals("JOINED") && !c.at().isBefore(window.start()))
                    .findFirst()
                    .orElse(null);
            if (join == null || join.at().plusDays(after).isAfter(window.end())) {
                continue;
            }
            cohort++;
            OffsetDateTime check = join.at().plusDays(after);
            MemberChange latest = join;
            for (MemberChange c : member.getValue()) {
                if (!c.at().isAfter(check)) {
                    latest = c;
                }
            }
            if (latest.kind().equals("JOINED")) {
                retained++;
            }
        }
        return ratio(retained, cohort);
    }

    private List<GroupMetrics.Moderation> moderation(String groupId, Window window) {
        Map<String, int[]> byCategory = new TreeMap<>();
        for (MetricsStore.Moderated m : store.moderation(groupId, window.start(), window.end())) {
            String category =
                    m.category() != null ? m.category() : m.actionType().equals("MUTE_MEMBER") ? "FLOOD" : "OTHER";
            int[] counts = byCategory.computeIfAbsent(category, c -> new int[4]);
            switch (m.actionType()) {
                case "WARN_MEMBER" -> counts[0]++;
                case "DELETE_MESSAGE" -> counts[1]++;
                case "REMOVE_MEMBER" -> counts[2]++;
                default -> counts[3]++;
            }
        }
        return byCategory.entrySet().stream()
                .map(e -> new GroupMetrics.Moderation(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    private List<GroupMetrics.Source> source(String groupId, Window window) {
        Map<String, int[]> byChannel = new TreeMap<>();
        for (MetricsStore.Join join : store.joins(groupId, window.start(), window.end())) {
            int[] counts =
                    byChannel.computeIfAbsent(join.channel() == null ? "unknown" : join.channel(), c -> new int[2]);
            counts[join.firstSeen() ? 0 : 1]++;
        }
        return byChannel.entrySet().stream()
                .map(e -> new GroupMetrics.Source(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private Window window(Group group, int days) {
        LocalDate to =
                OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate();
        LocalDate from = to.minusDays(days - 1L);
        return new Window(from, to, startOf(from, group.timeZone()), startOf(to.plusDays(1), group.timeZone()));
    }

    /** Whole days {@code from..to} in the group's zone; {@code [start, end)} as instants. */
    private record Window(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {}

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    /** Four decimals: enough for a chart, and the same text for the same figures everywhere. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    /** Walks the membership and layer history forward in time. */
    private static final class Replay {
        private final List<MemberChange> changes;
        private int next;
        final Set<String> inGroup = new TreeSet<>();
        final Map<String, String> layer = new HashMap<>();
        final Set<String> joinedSinceLastAdvance = new HashSet<>();
        final Map<String, List<MemberChange>> membershipByMember = new LinkedHashMap<>();

        Replay(List<MemberChange> changes) {
            this.changes = changes;
            changes.stream()
                    .filter(MemberChange::membership)
                    .forEach(c -> membershipByMember
                            .computeIfAbsent(c.memberId(), m -> new ArrayList<>())
                            .add(c));
        }

        /** Applies the changes before {@code until}; answers how many joins and leaves that were. */
        int[] advanceTo(OffsetDateTime until) {
            int[] moves = new int[2];
            joinedSinceLastAdvance.clear();
            while (next < changes.size() && changes.get(next).at().isBefore(until)) {
                MemberChange c = changes.get(next++);
                switch (c.kind()) {
                    case "JOINED" -> {
                        inGroup.add(c.memberId());
                        joinedSinceLastAdvance.add(c.memberId());
                        moves[0]++;
                    }
                    case "LEFT" -> {
                        inGroup.remove(c.memberId());
                        moves[1]++;
                    }
                    default -> layer.put(c.memberId(), c.layer());
                }
            }
            return moves;
        }

        /** Members in the group per layer; a member never moved is in the layer every member starts in. */
        Map<String, Integer> layerCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            LAYERS.forEach(l -> counts.put(l, 0));
            for (String member : inGroup) {
                counts.merge(layer.getOrDefault(member, "silent"), 1, Integer::sum);
            }
            return counts;
        }
    }

    /** The series' columns as they fill, day by day. */
    private static final class SeriesBuilder {
        final List<LocalDate> days = new ArrayList<>();
        final List<String> phase = new ArrayList<>();
        final List<Integer> members = new ArrayList<>();
        final List<Integer> core = new ArrayList<>();
        final List<Integer> active = new ArrayList<>();
        final List<Integer> silent = new ArrayList<>();
        final List<Integer> churned = new ArrayList<>();
        final List<Integer> activeMembers7d = new ArrayList<>();
        final List<Double> activityRate = new ArrayList<>();
        final List<Integer> joined = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> messages = new ArrayList<>();
        final List<Integer> orders = new ArrayList<>();
        final List<Long> gmvCents = new ArrayList<>();
        final List<Long> pointsGranted = new ArrayList<>();
        final List<Long> redEnvelopeCents = new ArrayList<>();

        GroupMetrics.Series build() {
            return new GroupMetrics.Series(
                    days,
                    phase,
                    members,
                    core,
                    active,
                    silent,
                    churned,
                    activeMembers7d,
                    activityRate,
                    joined,
                    left,
                    messages,
                    orders,
                    gmvCents,
                    pointsGranted,
                    redEnvelopeCents);
        }
    }
}
