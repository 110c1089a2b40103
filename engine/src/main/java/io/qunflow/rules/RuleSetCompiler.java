package io.qunflow.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.springframework.stereotype.Component;

/**
 * Compiles DRL into an executable-model rule base, off the hot path. Everything the engine runs
 * goes through {@link #compileChecked}: the sandbox first (for a shipped source, its findings when
 * the application was built), then the source it hands back, with the evaluation meter in it.
 * {@link #compile} alone compiles what it is given, for the tests that prove the limits hold even
 * for code the sandbox never saw.
 */
@Component
class RuleSetCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.Factory.get();

    /**
     * Sandbox-checks a source and compiles it as instrumented; the sandbox's warnings come first
     * in the result's. A shipped source the build checked takes the build's findings.
     *
     * @throws RuleCompilationException with the sandbox's problems, or the compiler's
     */
    CompiledRuleSet compileChecked(String name, int version, String source, int maxFirings, Duration timeLimit) {
        Optional<PrecompiledRuleSets.Checked> checked = PrecompiledRuleSets.checkedAtBuild(name, source);
        if (checked.isPresent()) {
            PrecompiledRuleSets.Checked build = checked.get();
            return compile(
                    name,
                    version,
                    build.instrumented(),
                    maxFirings,
                    timeLimit,
                    build.warnings(),
                    build.straightLine(),
                    true);
        }
        RuleSandbox.Findings findings = new RuleSandbox().check(source);
        if (!findings.errors().isEmpty()) {
            throw new RuleCompilationException(name, findings.errors());
        }
        return compile(
                name,
                version,
                findings.instrumented(),
                maxFirings,
                timeLimit,
                findings.warnings(),
                findings.straightLine(),
                true);
    }

    /** Compiles without the sandbox, with the engine's time limit per evaluation. */
    CompiledRuleSet compile(String name, int version, String source, int maxFirings) {
        return compile(name, version, source, maxFirings, RuleEngine.TIME_LIMIT, List.of(), false, false);
    }

    /**
     * Compiles without the sandbox but with the check on the Java Drools generates, for the tests
     * that prove that check holds by itself.
     */
    CompiledRuleSet compileWithoutSandbox(String name, String source) {
        return compile(name, 1, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT, List.of(), false, true);
    }

    /** Compiles without the sandbox. */
    CompiledRuleSet compile(String name, int version, String source, int maxFirings, Duration timeLimit) {
        return compile(name, version, source, maxFirings, timeLimit, List.of(), false, false);
    }

    /**
     * Compiles DRL as given; {@code straightLine} only when the sandbox found it so, as code it
     * never saw may do anything. With {@code checkGenerated}, the Java Drools generates is held to
     * {@link GeneratedJava} before it is compiled.
     *
     * @throws RuleCompilationException with every error and its position
     */
    private CompiledRuleSet compile(
            String name,
            int version,
            String source,
            int maxFirings,
            Duration timeLimit,
            List<RuleProblem> earlierWarnings,
            boolean straightLine,
            boolean checkGenerated) {
        Optional<PrecompiledRuleSets.Module> precompiled = PrecompiledRuleSets.find(name, source);
        if (precompiled.isPresent()) {
            List<RuleProblem> warnings = new ArrayList<>(earlierWarnings);
            warnings.addAll(precompiled.get().warnings());
            return new CompiledRuleSet(
                    name, version, load(precompiled.get()), maxFirings, timeLimit, warnings, straightLine);
        }
        // Each build gets its own release id so a new version never disturbs the one serving.
        ReleaseId releaseId = kie.newReleaseId("io.qunflow.rules", name, version + "." + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/io/qunflow/rules/" + name + "/" + name + ".drl", source);
        KieBuilder builder;
        try {
            builder = checkGenerated
                    ? ((KieBuilderImpl) kie.newKieBuilder(files)).buildAll(CheckedModelProject::new, path -> true)
                    : kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException | StackOverflowError crash) {
            // Source Drools' own compiler fails on (rather than reports) is still the source's
            // problem, not the server's: an editor reads why, where a 500 would tell them nothing.
            throw new RuleCompilationException(name, List.of(RuleProblem.compilerCrash(crash)));
        }
        List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> RuleProblem.compileError(m.getLine(), m.getColumn(), m.getText()))
                .toList();
        if (problems.stream().anyMatch(p -> p.line() > 0)) {
            // Follow-on messages without a position ("Parser returned a null Package") only add noise.
            problems = problems.stream().filter(p -> p.line() > 0).toList();
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(name, problems);
        }
        List<RuleProblem> warnings = new ArrayList<>(earlierWarnings);
        builder.getResults().getMessages(Message.Level.WARNING).stream()
                .map(m -> RuleProblem.compileWarning(m.getLine(), m.getColumn(), m.getText()))
                .forEach(warnings::add);
        KieContainer container = kie.newKieContainer(releaseId);
        // The container keeps what it needs; the repository entry would only pile up across publishes.
        kie.getRepository().removeKieModule(releaseId);
        return new CompiledRuleSet(name, version, container, maxFirings, timeLimit, warnings, straightLine);
    }

    /**
     * A container over a module compiled at build time. Modules of one source share a release
     * id, so adding, opening and removing one is done one at a time. The module is read as the
     * in-memory build would have left it: no descriptor to parse, the default knowledge base.
     */
    private synchronized KieContainer load(PrecompiledRuleSets.Module precompiled) {
        KieModuleModel descriptor = kie.newKieModuleModel();
        KieBuilderImpl.setDefaultsforEmptyKieModule(descriptor);
        InternalKieModule module = InternalKieModuleProvider.get(
                precompiled.releaseId(), descriptor, MemoryFileSystem.readFromJar(precompiled.kjar()));
        kie.getRepository().addKieModule(module);
        KieContainer container = kie.newKieContainer(precompiled.releaseId());
        kie.getRepository().removeKieModule(precompiled.releaseId());
        return container;
    }
}
