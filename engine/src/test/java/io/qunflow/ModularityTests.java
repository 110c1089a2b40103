package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked on every build: each module reaches only the modules its
 * {@code package-info} allows and only their public API. The same model is drawn into
 * {@code docs/architecture/} on every build (C4 component diagrams in PlantUML and a canvas per
 * module), so the diagrams show the code as it is; a change of a module's dependencies shows up
 * as a change of those files in the same commit.
 */
class ModularityTests {

    /** Where the diagrams go: the repository's docs, seen from the engine module Surefire runs in. */
    static final Path DIAGRAMS = Path.of("..", "docs", "architecture");

    /** Read once for both tests: importing the classes is most of this class's time. */
    private static final ApplicationModules MODULES = ApplicationModules.of(QunflowApplication.class);

    @Test
    void modules_respectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void documenter_drawsEveryModuleIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeDocumentation();
        try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
            for (Path diagram : diagrams.toList()) {
                inStableOrder(diagram);
            }
        }

        assertThat(DIAGRAMS.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(DIAGRAMS.resolve("module-" + module.getIdentifier() + ".puml"))
                .content(StandardCharsets.UTF_8)
                .contains("Component(")
                .contains(module.getDisplayName()));
    }

    /**
     * The Documenter lists components, relations and a canvas's beans and events in hash order,
     * which changes from run to run; sorted, the same modules give the same files, and the
     * diagrams in git change only when the modules do. A run is a block of PlantUML lines of one
     * kind, or an AsciiDoc list in a table cell (its first item opens the cell with {@code |}).
     */
    private static void inStableOrder(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = null;
        boolean cell = false;
        for (String line : lines) {
            String kind = kindOf(line);
            boolean opensCell = line.startsWith("|* ");
            if (kind == null || !kind.equals(runKind) || opensCell) {
                flush(run, cell, sorted);
                cell = opensCell;
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(opensCell ? line.substring(1) : line);
            }
        }
        flush(run, cell, sorted);
        Files.write(diagram, sorted, StandardCharsets.UTF_8);
    }

    private static String kindOf(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("Rel(")) {
            return "Rel";
        }
        if (stripped.startsWith("Component(")) {
            return "Component";
        }
        return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
    }

    private static void flush(List<String> run, boolean cell, List<String> into) {
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            into.add(i == 0 && cell ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }
}
