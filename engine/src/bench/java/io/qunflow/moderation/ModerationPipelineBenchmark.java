package io.qunflow.moderation;

import io.qunflow.rules.Evaluation;
import io.qunflow.rules.OfflineRuleSet;
import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Parameter;
import io.qunflow.rules.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.runtime.KieContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Moderation decisions per second: normalise + match + the shipped {@code moderation.drl}, on
 * the same corpus and 10,000-entry word list as {@link ScreenerBenchmark}, against (c) a
 * stateless KieSession per message with the same rules and facts. Run both classes in one JMH
 * run so (a) and (b) are measured beside it (docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModerationPipelineBenchmark {

    private static final int CORPUS = 4096;
    private static final ThreadLocal<List<Object>> lastFacts = new ThreadLocal<>();

    /** Chat lines per message: 1 ≈ 12 chars (typical group chat), 4 ≈ 50 chars. */
    @Param({"1", "4"})
    public int linesPerMessage;

    private String[] corpus;
    private String[] spamOnly;
    private TextScreener screener;
    private OfflineRuleSet rules;
    private boolean needFindings;
    private KieContainer statelessContainer;
    private List<Parameter> parameters;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        screener = new TextScreener(Lexicon.of(BenchData.lexicon(10_000)));
        String source = shippedModerationRules();
        rules = OfflineRuleSet.compile("moderation", source);
        needFindings = rules.everyRuleNeedsOneOf(ModerationPipeline.FINDINGS);
        if (!needFindings) {
            throw new IllegalStateException("the shipped moderation rules should all need a finding");
        }
        parameters = List.of(
                new Parameter("moderation.strikes-before-removal", "1", 1),
                new Parameter("moderation.new-member-hours", "24", 24),
                new Parameter("moderation.flood-messages", "8", 8));
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem().write("src/main/resources/bench/moderation.drl", source);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        statelessContainer = kie.newKieContainer(builder.getKieModule().getReleaseId());
        corpus = BenchData.corpus(CORPUS, linesPerMessage);
        List<String> spam = new ArrayList<>();
        for (int n = 0; spam.size() < CORPUS; n++) {
            String text = corpus[n % CORPUS];
            if (!screener.screen(text, MessageFlags.NONE).clean()) {
                spam.add(text);
            }
            if (n > CORPUS * 64 && spam.isEmpty()) {
                throw new IllegalStateException("the corpus has no spam");
            }
        }
        spamOnly = spam.toArray(String[]::new);
    }

    private static String shippedModerationRules() {
        try (InputStream in = ModerationPipelineBenchmark.class.getResourceAsStream("/rules/moderation.drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModerationPipeline.Input input(String text) {
        return new ModerationPipeline.Input("g", "m", "MEMBER", null, 72, text, MessageFlags.NONE, 0, 30, 1, 30, 8);
    }

    /** Ours, full decision on realistic chat (about 5% or 18% of messages flagged). */
    @Benchmark
    public ModerationPipeline.Outcome pipeline() {
        return ModerationPipeline.decide(screener, input(corpus[i++ & (CORPUS - 1)]), needFindings, rules::evaluate);
    }

    /** Ours, full decision when every message is spam: the rules run every time. */
    @Benchmark
    public ModerationPipeline.Outcome pipelineSpamOnly() {
        return ModerationPipeline.decide(screener, input(spamOnly[i++ & (CORPUS - 1)]), needFindings, rules::evaluate);
    }

    /** (c) the textbook integration: screen, then a new stateless KieSession for every message. */
    @Benchmark
    public Verdict statelessKieSessionPerMessage() {
        ModerationPipeline.Outcome screened = ModerationPipeline.decide(
                screener, input(corpus[i++ & (CORPUS - 1)]), true, ModerationPipelineBenchmark::collectFacts);
        List<Object> facts = screened.evaluation() == null
                ? new ArrayList<>(List.of(
                        new ChatMessage(
                                "g", "m", "MEMBER", "", screened.screening().normalized(), 72),
                        new MemberStanding("m", "MEMBER", null, 0, 30)))
                : new ArrayList<>(lastFacts.get());
        facts.addAll(parameters);
        Verdict verdict = new Verdict();
        facts.add(verdict);
        statelessContainer.newStatelessKieSession().execute(facts);
        return verdict;
    }

    private static Evaluation collectFacts(List<Object> facts) {
        lastFacts.set(facts);
        return new Evaluation("moderation", 0, List.of());
    }
}
