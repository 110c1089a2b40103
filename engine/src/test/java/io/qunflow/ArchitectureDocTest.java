package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * {@code docs/architecture.md} is the map of the modules and of who owns which table; this test
 * holds the code to it, so the page cannot go stale and no module quietly reads another's tables.
 * The tables named in the code are found in its string literals and text blocks, parsed as Java
 * (not searched as text), which is where SQL lives in this code base.
 */
class ArchitectureDocTest {

    static final Path PAGE = Path.of("..", "docs", "architecture.md");
    static final Path SOURCES = Path.of("src", "main", "java", "io", "qunflow");
    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    private static final Pattern MODULE_ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\|(.*)\\|\\s*$");
    private static final Pattern TABLE = Pattern.compile("qf_[a-z_]+");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(qf_[a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void page_listsEveryModule_andOnlyModulesThatExist() throws IOException {
        Set<String> inCode = new TreeSet<>();
        ApplicationModules.of(QunflowApplication.class)
                .forEach(module -> inCode.add(module.getIdentifier().toString()));

        assertThat(owners().keySet())
                .as("modules in the Modules table of %s against the packages under io.qunflow", PAGE)
                .containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    void everyTableAMigrationCreates_hasExactlyOneOwner_andThePageNamesNoOther() throws IOException {
        Set<String> created = createdTables();
        Map<String, List<String>> ownersByTable = new TreeMap<>();
        owners().forEach((module, tables) -> tables.forEach(table ->
                ownersByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(module)));

        List<String> problems = new ArrayList<>();
        for (String table : created) {
            List<String> owners = ownersByTable.getOrDefault(table, List.of());
            if (owners.size() != 1) {
                problems.add(table + " is owned by " + (owners.isEmpty() ? "no module" : owners));
            }
        }
        ownersByTable.keySet().stream()
                .filter(table -> !created.contains(table))
                .forEach(table -> problems.add(table + " is on the page but no migration creates it"));
        assertThat(problems).as("table owners in %s", PAGE).isEmpty();
    }

    @Test
    void noProductionSource_namesATableAnotherModuleOwns() throws IOException {
        Map<String, String> ownerOfTable = new TreeMap<>();
        owners().forEach((module, tables) -> tables.forEach(table -> ownerOfTable.put(table, module)));
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

        List<String> breaches = new ArrayList<>();
        int sourcesNamingTables = 0;
        for (Path source : productionSources()) {
            String module = SOURCES.relativize(source).getName(0).toString();
            ParseResult<CompilationUnit> parsed = parser.parse(source);
            assertThat(parsed.getResult()).as("%s parses", source).isPresent();
            List<String> texts = new ArrayList<>();
            CompilationUnit unit = parsed.getResult().orElseThrow();
            unit.findAll(StringLiteralExpr.class).forEach(s -> texts.add(s.getValue()));
            unit.findAll(TextBlockLiteralExpr.class).forEach(s -> texts.add(s.getValue()));
            Set<String> named = new TreeSet<>();
            texts.forEach(text -> {
                Matcher m = TABLE.matcher(text);
                while (m.find()) {
                    if (ownerOfTable.containsKey(m.group())) {
                        named.add(m.group());
                    }
                }
            });
            sourcesNamingTables += named.isEmpty() ? 0 : 1;
            for (String table : named) {
                if (!ownerOfTable.get(table).equals(module)) {
                    breaches.add(SOURCES.relativize(source) + " (module " + module + ") names " + table + ", which "
                            + ownerOfTable.get(table) + " owns");
                }
            }
        }

        assertThat(sourcesNamingTables).as("sources found that name tables").isPositive();
        assertThat(breaches)
                .as("SQL on another module's tables: go through its public API or keep a read model")
                .isEmpty();
    }

    /** The Modules table: module name to the tables in its last column. */
    static Map<String, Set<String>> owners() throws IOException {
        Map<String, Set<String>> owners = new TreeMap<>();
        boolean inModules = false;
        for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inModules = line.equals("## Modules");
                continue;
            }
            Matcher row = MODULE_ROW.matcher(line);
            if (inModules && row.matches()) {
                Set<String> tables = new TreeSet<>();
                Matcher table = Pattern.compile("`(qf_[a-z_]+)`").matcher(row.group(2));
                while (table.find()) {
                    tables.add(table.group(1));
                }
                assertThat(owners.put(row.group(1), tables))
                        .as("module %s listed twice", row.group(1))
                        .isNull();
            }
        }
        assertThat(owners).as("the Modules table of %s", PAGE).isNotEmpty();
        return owners;
    }

    static Set<String> createdTables() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration :
                    migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(migration, StandardCharsets.UTF_8));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).as("tables created in %s", MIGRATIONS).isNotEmpty();
        return created;
    }

    /** Every production source inside a module (the application class at the root belongs to none). */
    static List<Path> productionSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> SOURCES.relativize(p).getNameCount() > 1)
                    .sorted()
                    .toList();
        }
    }
}
