package io.qunflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rule bases compiled while the application is built, so that start-up loads generated classes
 * instead of generating and compiling Java for every shipped rule set (six of the fifteen seconds
 * a cold start took).
 *
 * <p>A compiled module is found by the SHA-256 of the sandbox-instrumented source it was built
 * from, so it can only ever stand in for exactly that source: a version compliance published, a
 * changed sandbox or a changed shipped file all miss and compile as before. The build runs
 * {@link #main} over the shipped {@code rules/*.drl}; what it writes sits on the class path under
 * {@code rules-compiled/}.
 */
final class PrecompiledRuleSets {

    static final String DIRECTORY = "rules-compiled";

    /** How the release id of a module compiled at build time starts. */
    static final String VERSION_PREFIX = "precompiled-";

    /** How the build writes whether a shipped source is straight-line, on the first line of its findings. */
    private static final String STRAIGHT_LINE = "straight-line=";

    private PrecompiledRuleSets() {}

    /** A module compiled at build time, with the compiler's warnings of that build. */
    record Module(ReleaseId releaseId, byte[] kjar, List<RuleProblem> warnings) {}

    /** What the sandbox made of a shipped source when the application was built. */
    record Checked(String instrumented, List<RuleProblem> warnings, boolean straightLine) {}

    /**
     * The sandbox's findings for exactly this source, if the build checked it: the same sandbox,
     * shipped in the same jar, on the same text finds the same, so start-up need not parse and
     * check the shipped rule sets again.
     */
    static Optional<Checked> checkedAtBuild(String name, String source) {
        return readBoth(fileName(name, source), ".instrumented", ".sandbox").map(files -> {
            String[] findings = utf8(files[1]).split("\n", 2);
            return new Checked(
                    utf8(files[0]),
                    readWarnings(findings.length > 1 ? findings[1] : ""),
                    Boolean.parseBoolean(findings[0].substring(STRAIGHT_LINE.length())));
        });
    }

    /** The module compiled at build time from exactly this instrumented source, if any. */
    static Optional<Module> find(String name, String instrumentedSource) {
        return readBoth(fileName(name, instrumentedSource), ".kjar", ".warnings")
                .map(files -> new Module(releaseId(name, instrumentedSource), files[0], readWarnings(utf8(files[1]))));
    }

    /** Both files the build wrote under one name, or empty when either is missing. */
    private static Optional<byte[][]> readBoth(String base, String first, String second) {
        ClassLoader loader = PrecompiledRuleSets.class.getClassLoader();
        String path = DIRECTORY + "/" + base;
        try (InputStream one = loader.getResourceAsStream(path + first);
                InputStream other = loader.getResourceAsStream(path + second)) {
            if (one == null || other == null) {
                return Optional.empty();
            }
            return Optional.of(new byte[][] {one.readAllBytes(), other.readAllBytes()});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " as the build wrote it", e);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Build step: compiles every {@code *.drl} in {@code args[0]} (sandbox-checked, as the engine
     * would) into {@code args[1]}. A shipped rule set that does not compile fails the build.
     */
    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> drl;
        try (Stream<Path> files = Files.list(sources)) {
            drl = files.filter(f -> f.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        }
        for (Path file : drl) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".drl".length());
            String source = Files.readString(file, StandardCharsets.UTF_8);
            RuleSandbox.Findings findings = new RuleSandbox().check(source);
            if (!findings.errors().isEmpty()) {
                throw new IllegalStateException("The shipped rule set " + name + " is refused: " + findings.errors());
            }
            String instrumented = findings.instrumented();
            Compiled compiled = build(name, instrumented);
            String base = fileName(name, instrumented);
            Files.write(target.resolve(base + ".kjar"), compiled.kjar());
            Files.writeString(target.resolve(base + ".warnings"), writeWarnings(compiled.warnings()));
            String checked = fileName(name, source);
            Files.writeString(target.resolve(checked + ".instrumented"), instrumented, StandardCharsets.UTF_8);
            Files.writeString(
                    target.resolve(checked + ".sandbox"),
                    STRAIGHT_LINE + findings.straightLine() + "\n" + writeWarnings(findings.warnings()),
                    StandardCharsets.UTF_8);
        }
        System.out.println("Precompiled " + drl.size() + " rule sets into " + target);
    }

    private record Compiled(byte[] kjar, List<RuleProblem> warnings) {}

    private static Compiled build(String name, String instrumented) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = releaseId(name, instrumented);
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/io/qunflow/rules/" + name + "/" + name + ".drl", instrumented);
        KieBuilder builder =
                ((KieBuilderImpl) kie.newKieBuilder(files)).buildAll(CheckedModelProject::new, path -> true);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The shipped rule set " + name + " does not compile: " + errors);
        }
        List<RuleProblem> warnings = builder.getResults().getMessages(Message.Level.WARNING).stream()
                .map(m -> RuleProblem.compileWarning(m.getLine(), m.getColumn(), m.getText()))
                .toList();
        return new Compiled(((InternalKieModule) builder.getKieModule()).getBytes(), warnings);
    }

    private static ReleaseId releaseId(String name, String instrumentedSource) {
        return KieServices.Factory.get()
                .newReleaseId("io.qunflow.rules", name, VERSION_PREFIX + digest(instrumentedSource));
    }

    private static String fileName(String name, String source) {
        return name + "-" + digest(source);
    }

    private static String digest(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    // One warning per line: line, column, then the text with its line breaks escaped.
    private static String writeWarnings(List<RuleProblem> warnings) {
        StringBuilder out = new StringBuilder();
        for (RuleProblem warning : warnings) {
            out.append(warning.line())
                    .append('\t')
                    .append(warning.column())
                    .append('\t')
                    .append(warning.message()
                            .replace("\\", "\\\\")
                            .replace("\n", "\\n")
                            .replace("\r", "\\r"))
                    .append('\n');
        }
        return out.toString();
    }

    private static List<RuleProblem> readWarnings(String text) {
        List<RuleProblem> warnings = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            warnings.add(RuleProblem.compileWarning(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), unescape(parts[2])));
        }
        return List.copyOf(warnings);
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
