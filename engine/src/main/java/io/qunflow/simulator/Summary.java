package io.qunflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventType;
import io.qunflow.metrics.GroupMetrics;
import io.qunflow.metrics.MetricsService;
import io.qunflow.metrics.PostMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run, and nothing about the machine it ran on: the same options give the same
 * summary, byte for byte. Each group's {@code metrics} is what the metrics API answers for it.
 */
final class Summary {

    private static final List<String> SUMMED = List.of(
            "members",
            "core",
            "active",
            "silent",
            "churned",
            "activeMembers7d",
            "joined",
            "left",
            "messages",
            "orders",
            "gmvCents",
            "pointsGranted",
            "redEnvelopeCents");

    private Summary() {}

    static ObjectNode of(SimulationOptions options, Simulation run, MetricsService metrics, ObjectMapper json) {
        ObjectNode summary = json.createObjectNode();
        ObjectNode parameters = summary.putObject("parameters");
        parameters.put("groups", options.groups());
        parameters.put("membersPerGroup", options.members());
        parameters.put("days", options.days());
        parameters.put("seed", options.seed());
        parameters.put("start", options.start().toString());
        parameters.put("attributionHours", Simulation.attribution().toHours());

        ObjectNode engine = summary.putObject("engine");
        engine.put("eventsAccepted", run.acceptedTotal());
        ObjectNode byType = engine.putObject("eventsByType");
        for (EventType type : EventType.values()) {
            byType.put(type.name(), run.accepted.getOrDefault(type, 0L));
        }
        engine.put("eventsRefused", run.refused());
        engine.put("workflowJobs", run.jobs);
        engine.put("workflowJobFailures", run.jobFailures);

        ObjectNode daily = json.createObjectNode();
        ArrayNode days = daily.putArray("days");
        for (int d = 0; d < options.days(); d++) {
            days.add(options.start().plusDays(d).toString());
        }
        SUMMED.forEach(name -> zeros(daily.putArray(name), options.days()));
        ArrayNode reach = zeros(daily.putArray("sopReach"), options.days());
        ArrayNode clicks = zeros(daily.putArray("sopClicks"), options.days());
        ArrayNode orders = zeros(daily.putArray("sopOrders"), options.days());
        ArrayNode gmv = zeros(daily.putArray("sopGmvCents"), options.days());
        Map<String, int[]> moderation = new TreeMap<>();
        long posts = 0;

        ArrayNode groups = json.createArrayNode();
        for (SimGroup g : run.groups()) {
            GroupMetrics figures = metrics.group(g.id, options.days());
            List<PostMetrics> sent = metrics.posts(g.id, options.days(), Simulation.attribution());
            ObjectNode group = groups.addObject();
            group.put("groupId", g.id);
            group.put("template", g.template);
            JsonNode tree = json.valueToTree(figures);
            group.set("metrics", tree);
            ObjectNode sop = group.putObject("sop");
            sop.put("posts", sent.size());
            sop.put("reach", sent.stream().mapToLong(PostMetrics::reach).sum());
            sop.put("clicks", sent.stream().mapToLong(PostMetrics::clicks).sum());
            sop.put("clickers", sent.stream().mapToLong(PostMetrics::clickers).sum());
            sop.put("orders", sent.stream().mapToLong(PostMetrics::orders).sum());
            sop.put("gmvCents", sent.stream().mapToLong(PostMetrics::gmvCents).sum());
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            for (PostMetrics p : sent) {
                LocalDate day = p.sentAt().atZoneSameInstant(Simulation.ZONE).toLocalDate();
                perDay.merge(day, 1, Integer::sum);
                int i = (int) (day.toEpochDay() - options.start().toEpochDay());
                if (i >= 0 && i < options.days()) {
                    add(reach, i, p.reach());
                    add(clicks, i, p.clicks());
                    add(orders, i, p.orders());
                    add(gmv, i, p.gmvCents());
                }
            }
            sop.put(
                    "mostPostsInADay",
                    perDay.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            posts += sent.size();
            for (String name : SUMMED) {
                JsonNode values = tree.path("series").path(name);
                for (int i = 0; i < options.days(); i++) {
                    add((ArrayNode) daily.get(name), i, values.path(i).asLong());
                }
            }
            for (GroupMetrics.Moderation m : figures.moderation()) {
                int[] counts = moderation.computeIfAbsent(m.category(), c -> new int[4]);
                counts[0] += m.warnings();
                counts[1] += m.deletions();
                counts[2] += m.removals();
                counts[3] += m.mutes();
            }
        }
        ArrayNode rate = daily.putArray("activityRate");
        for (int i = 0; i < options.days(); i++) {
            long members = daily.get("members").get(i).asLong();
            long active = daily.get("activeMembers7d").get(i).asLong();
            rate.add(members == 0 ? 0.0 : Math.round(active * 10_000.0 / members) / 10_000.0);
        }

        ObjectNode totals = summary.putObject("totals");
        int last = options.days() - 1;
        totals.put("membersAtEnd", daily.get("members").get(last).asLong());
        for (String name :
                List.of("joined", "left", "messages", "orders", "gmvCents", "pointsGranted", "redEnvelopeCents")) {
            long sum = 0;
            for (JsonNode v : daily.get(name)) {
                sum += v.asLong();
            }
            totals.put(name, sum);
        }
        totals.put("sopPosts", posts);
        totals.put("sopReach", sum(reach));
        totals.put("sopClicks", sum(clicks));
        totals.put("sopOrders", sum(orders));
        totals.put("sopGmvCents", sum(gmv));
        ArrayNode byCategory = summary.putArray("moderation");
        moderation.forEach((category, c) -> byCategory
                .addObject()
                .put("category", category)
                .put("warnings", c[0])
                .put("deletions", c[1])
                .put("removals", c[2])
                .put("mutes", c[3]));
        summary.set("daily", daily);
        summary.set("groups", groups);
        return summary;
    }

    private static ArrayNode zeros(ArrayNode array, int n) {
        for (int i = 0; i < n; i++) {
            array.add(0L);
        }
        return array;
    }

    private static void add(ArrayNode array, int i, long value) {
        array.set(i, array.get(i).asLong() + value);
    }

    private static long sum(ArrayNode array) {
        long sum = 0;
        for (JsonNode v : array) {
            sum += v.asLong();
        }
        return sum;
    }
}
