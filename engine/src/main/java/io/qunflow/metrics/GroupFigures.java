package io.qunflow.metrics;

import io.qunflow.groups.Group;
import io.qunflow.members.MemberDay;
import io.qunflow.members.MemberService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.RuleParameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A group's daily series and its source, process and result figures (来源/进程/结果): replayed
 * from metrics' own history, with each member's days from the members module and the points and
 * red envelopes from the rewards module.
 */
@Component
class GroupFigures {

    private final MetricsStore store;
    private final MemberService members;
    private final RewardService rewards;
    private final RuleParameters parameters;

    GroupFigures(MetricsStore store, MemberService members, RewardService rewards, RuleParameters parameters) {
        this.store = store;
        this.members = members;
        this.rewards = rewards;
        this.parameters = parameters;
    }

    /** The group's figures over the window's days. */
    GroupMetrics group(Group group, Window window) {
        String groupId = group.id();
        ZoneId zone = group.timeZone();
        LocalDate from = window.from();
        LocalDate to = window.to();

        MembershipReplay replay = new MembershipReplay(store.changes(groupId, window.end()));
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
            OffsetDateTime dayEnd = Window.startOf(day.plusDays(1), zone);
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
            s.activityRate.add(members == 0 ? 0.0 : Window.round((double) active7 / members));
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
                Window.ratio(joined, membersAtStart + joined),
                replay.retention(window, 7),
                replay.retention(window, 30),
                membersAtStart == 0 ? null : Window.round((double) (membersAtEnd - membersAtStart) / membersAtStart));
        int orders = s.orders.stream().mapToInt(Integer::intValue).sum();
        long gmv = s.gmvCents.stream().mapToLong(Long::longValue).sum();
        long rewardsCost =
                s.redEnvelopeCents.stream().mapToLong(Long::longValue).sum();
        GroupMetrics.Result result = new GroupMetrics.Result(
                orders, buyers.size(), gmv, Window.ratio(buyers.size(), everIn.size()), rewardsCost, (long)
                        parameters.number("rewards.daily-budget-cents"));
        return new GroupMetrics(
                groupId, from, to, s.build(), moderation(groupId, window), source(groupId, window), process, result);
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
}
