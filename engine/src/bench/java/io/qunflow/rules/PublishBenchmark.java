package io.qunflow.rules;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Offence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long a warm publish of a 100-rule set takes: the sandbox check plus the executable-model
 * compile plus the first evaluation on the new version (storing it is a few inserts). Not a test;
 * run it by hand (the {@code bench} profile compiles {@code src/bench} with the tests):
 *
 * <pre>
 * ./mvnw -o -q -B -pl engine -am -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp engine/target/test-classes:engine/target/classes:$(cat engine/target/cp.txt) \
 *     io.qunflow.rules.PublishBenchmark
 * </pre>
 */
public final class PublishBenchmark {

    private static final int RULES = 100;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 10;

    private PublishBenchmark() {}

    public static void main(String[] args) {
        RuleSandbox sandbox = new RuleSandbox();
        RuleSetCompiler compiler = new RuleSetCompiler();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        List<Long> processCpuMillis = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < WARM_UP + MEASURED; run++) {
            // A different source each time, as each publish is: nothing can be cached between runs.
            String source = generated(run);
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long processCpuStarted = os.getProcessCpuTime();
            RuleSandbox.Findings findings = sandbox.check(source);
            if (!findings.errors().isEmpty()) {
                throw new IllegalStateException(findings.errors().toString());
            }
            CompiledRuleSet compiled = compiler.compile("bench", run + 1, source, RuleEngine.MAX_FIRINGS);
            Evaluation evaluation = compiled.evaluate(
                    List.of(
                            new ChatMessage("g", "m", "MEMBER", "词7 run" + run, "词7 run" + run, 3),
                            new Offence(
                                    "词7", "CONTACT", "HIGH", "lexicon", "词7", "词7", 1, List.of("CONTACT"), List.of()),
                            new MemberStanding("m", "MEMBER", null, 0, 30)),
                    List.of());
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            long cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            long processCpu = (os.getProcessCpuTime() - processCpuStarted) / 1_000_000;
            if (evaluation.decisions().isEmpty()) {
                throw new IllegalStateException("the generated rules decided nothing");
            }
            compiled.discard();
            if (run >= WARM_UP) {
                millis.add(elapsed);
                cpuMillis.add(cpu);
                processCpuMillis.add(processCpu);
            }
            System.out.printf(
                    "run %2d%s: %d ms wall, %d ms CPU of the publishing thread, %d ms CPU of the process%n",
                    run + 1, run < WARM_UP ? " (warm-up)" : "", elapsed, cpu, processCpu);
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        Collections.sort(processCpuMillis);
        // The wall time depends on what else the machine runs; the CPU time of the publishing thread does not.
        System.out.printf(
                "warm publish of %d rules: wall median %d ms (min %d, max %d), thread CPU median %d ms,"
                        + " process CPU median %d ms, over %d runs; %d cores, load average %.1f%n",
                RULES,
                millis.get(millis.size() / 2),
                millis.get(0),
                millis.get(millis.size() - 1),
                cpuMillis.get(cpuMillis.size() / 2),
                processCpuMillis.get(processCpuMillis.size() / 2),
                millis.size(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String generated(int run) {
        StringBuilder drl = new StringBuilder("""
                package io.qunflow.rules.bench;
                import io.qunflow.rules.model.ChatMessage;
                import io.qunflow.rules.model.MemberStanding;
                import io.qunflow.rules.model.Offence;
                import io.qunflow.rules.model.Verdict;
                """);
        for (int i = 0; i < RULES; i++) {
            drl.append("""

                    rule "Term %d of run %d is handled by its category"
                    when
                        ChatMessage( !staff, text contains "词%d" )
                        $o : Offence( category == "%s", hitCount >= 1 )
                        $s : MemberStanding( strikesInWindow < %d )
                        $v : Verdict( )
                    then
                        $v.decide("%s", "命中「" + $o.term() + "」，第" + ($s.strikesInWindow() + 1) + "次");
                    end
                    """.formatted(
                            i,
                            run,
                            i,
                            i % 2 == 0 ? "SCAM" : "CONTACT",
                            1 + i % 5,
                            i % 3 == 0 ? "REMOVE_MEMBER" : "WARN_MEMBER"));
        }
        return drl.toString();
    }
}
