package io.qunflow.metrics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Walks a group's membership and layer history forward in time, answering who was in it and in which layer. */
final class MembershipReplay {

    /** Layers as the series name them, in chart order. */
    static final List<String> LAYERS = List.of("core", "active", "silent", "churned");

    private final List<MemberChange> changes;
    private int next;
    final Set<String> inGroup = new TreeSet<>();
    final Map<String, String> layer = new HashMap<>();
    final Set<String> joinedSinceLastAdvance = new HashSet<>();
    final Map<String, List<MemberChange>> membershipByMember = new LinkedHashMap<>();

    MembershipReplay(List<MemberChange> changes) {
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

    /**
     * Of the members whose first join in the window lies at least {@code after} days before its
     * end, the share in the group {@code after} days after that join; null when there are none.
     */
    Double retention(Window window, int after) {
        int cohort = 0;
        int retained = 0;
        for (Map.Entry<String, List<MemberChange>> member : membershipByMember.entrySet()) {
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
        return Window.ratio(retained, cohort);
    }
}
