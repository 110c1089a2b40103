package io.qunflow.members;

import io.qunflow.QunflowApplication;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test: the layering + pruning pass (both rule sets, as the pruning run does
 * them) over generated members. Activity is generated in memory, so the figure is the rules pass
 * itself; the per-group SQL of a real run is not in it. Run it as docs/benchmarks.md says:
 * {@code ./mvnw -o -q -B -pl engine -am -Pbench verify} (members: {@code -Dbench.members=1000000}).
 */
public final class LayeringPruningBenchmark {

    private LayeringPruningBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QunflowApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:qunflow-bench;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.job-execution.enabled=false",
                        "logging.level.root=WARN")
                .run()) {
            Layering layering = context.getBean(Layering.class);
            Pruning pruning = context.getBean(Pruning.class);
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<LayerState> states = new ArrayList<>(count);
            Map<String, ActivityFigures> figures = new HashMap<>(count * 2);
            generate(count, now, zone, states, figures);
            System.out.printf(
                    "generated %,d members; %d cores, max heap %d MB%n",
                    count,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= rounds; round++) {
                long started = System.nanoTime();
                List<Layering.Classified> classified = layering.classify("bench", zone, now, states, figures);
                long layered = System.nanoTime();
                Map<String, String> layers = new HashMap<>(count * 2);
                Map<String, Integer> byLayer = new HashMap<>();
                int changed = 0;
                for (Layering.Classified c : classified) {
                    layers.put(c.before().memberId(), c.layer());
                    byLayer.merge(String.valueOf(c.layer()), 1, Integer::sum);
                    changed += c.changed() ? 1 : 0;
                }
                Evaluation decided = pruning.decide("bench", zone, now, states, figures, layers);
                long pruned = System.nanoTime();
                Map<String, Integer> byOutcome = new HashMap<>();
                for (Decision d : decided.decisions()) {
                    byOutcome.merge(d.outcome(), 1, Integer::sum);
                }
                System.out.printf(
                        "round %d: layering %.1f s + pruning %.1f s = %.1f s for %,d members;"
                                + " layers %s, %,d changed; pruning %s%n",
                        round,
                        (layered - started) / 1e9,
                        (pruned - layered) / 1e9,
                        (pruned - started) / 1e9,
                        count,
                        byLayer,
                        changed,
                        byOutcome);
            }
        }
    }

    private static void generate(
            int count, OffsetDateTime now, ZoneId zone, List<LayerState> states, Map<String, ActivityFigures> figures) {
        Random random = new Random(42);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        String[] layers = {null, "core", "active", "silent", "churned"};
        MemberRole[] roles = MemberRole.values();
        for (int i = 0; i < count; i++) {
            String id = "m" + i;
            int kind = random.nextInt(100);
            int m30 = kind < 5
                    ? 25 + random.nextInt(60)
                    : kind < 25 ? 8 + random.nextInt(22) : kind < 60 ? random.nextInt(8) : 0;
            int rr30 = kind < 5 ? 15 + random.nextInt(50) : random.nextInt(6);
            int lastActiveDays = m30 > 0 ? random.nextInt(7) : 20 + random.nextInt(200);
            MemberRole role = random.nextInt(100) == 0 ? roles[random.nextInt(roles.length)] : MemberRole.MEMBER;
            OffsetDateTime joined = now.minusDays(random.nextInt(400));
            OffsetDateTime warned = random.nextInt(20) == 0 ? now.minusDays(random.nextInt(6)) : null;
            OffsetDateTime pending = random.nextInt(10) == 0 ? now.minusDays(random.nextInt(10)) : null;
            String layer = layers[random.nextInt(layers.length)];
            states.add(new LayerState(
                    id,
                    role,
                    layer,
                    null,
                    layer != null && random.nextInt(500) == 0,
                    pending,
                    joined,
                    now.minusDays(lastActiveDays),
                    warned,
                    null));
            if (m30 > 0 || random.nextBoolean()) {
                figures.put(
                        id,
                        new ActivityFigures(
                                id,
                                Math.min(m30, random.nextInt(m30 + 1)),
                                m30,
                                m30 + random.nextInt(10),
                                random.nextInt(4),
                                random.nextInt(4),
                                random.nextInt(10),
                                rr30,
                                random.nextInt(3),
                                random.nextInt(8),
                                random.nextInt(2),
                                0,
                                random.nextInt(5),
                                m30 > 0 ? today.minusDays(lastActiveDays) : null));
            }
        }
    }
}
