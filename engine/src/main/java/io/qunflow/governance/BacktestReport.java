package io.qunflow.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.GroupEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a backtest found, as the JSON {@link BacktestView#report()} holds: see that record for its fields. */
final class BacktestReport {

    static final int MAX_CHANGED_MEMBERS = 500;

    private final ObjectMapper json;

    BacktestReport(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The report of a backtest: the outcomes of each side counted, and the events whose outcomes
     * differ, by member (at most {@value #MAX_CHANGED_MEMBERS} members listed, all counted).
     *
     * @param before the sorted outcomes per event id on the active version
     * @param after the same on the candidate
     */
    ObjectNode of(List<GroupEvent> stored, Map<String, List<String>> before, Map<String, List<String>> after) {
        ObjectNode report = json.createObjectNode();
        report.put("events", stored.size());
        report.set("active", counts(before));
        report.set("candidate", counts(after));
        Map<String, ObjectNode> members = new TreeMap<>();
        int changed = 0;
        for (GroupEvent event : stored) {
            List<String> a = before.getOrDefault(event.eventId(), List.of());
            List<String> c = after.getOrDefault(event.eventId(), List.of());
            if (Objects.equals(a, c)) {
                continue;
            }
            changed++;
            ObjectNode member = members.computeIfAbsent(event.groupId() + "/" + event.memberId(), key -> {
                ObjectNode m = json.createObjectNode();
                m.put("groupId", event.groupId());
                m.put("memberId", event.memberId());
                m.putArray("eventIds");
                m.putObject("active");
                m.putObject("candidate");
                return m;
            });
            ((ArrayNode) member.get("eventIds")).add(event.eventId());
            a.forEach(o -> increment((ObjectNode) member.get("active"), o));
            c.forEach(o -> increment((ObjectNode) member.get("candidate"), o));
        }
        report.put("changedEvents", changed);
        report.put("changedMemberCount", members.size());
        ArrayNode list = report.putArray("changedMembers");
        members.values().stream().limit(MAX_CHANGED_MEMBERS).forEach(list::add);
        return report;
    }

    private ObjectNode counts(Map<String, List<String>> outcomes) {
        ObjectNode counts = json.createObjectNode();
        new TreeMap<>(outcomes).values().forEach(list -> list.forEach(o -> increment(counts, o)));
        return counts;
    }

    private static void increment(ObjectNode counts, String outcome) {
        counts.put(outcome, counts.path(outcome).asInt(0) + 1);
    }
}
