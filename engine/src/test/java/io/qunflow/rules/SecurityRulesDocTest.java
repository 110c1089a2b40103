package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allow-list compliance staff read in docs/security-rules.md is the one the sandbox applies. */
class SecurityRulesDocTest {

    private static String page() throws IOException {
        Path page = Path.of("..", "docs", "security-rules.md");
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    private static String written(Class<?> type) {
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    @Test
    void everyAllowedMethod_isListedOnTheRowOfItsType() throws IOException {
        String page = page();

        for (Map.Entry<Class<?>, Set<String>> allowed :
                AllowedMembers.methodsByType().entrySet()) {
            Class<?> type = allowed.getKey();
            String name = type.getEnclosingClass() == null
                    ? type.getSimpleName()
                    : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
            String row = page.lines()
                    .filter(line -> line.startsWith("| `" + name + "` |"))
                    .findFirst()
                    .orElse("");
            assertThat(row).as("the row of " + name).isNotEmpty();
            for (String method : allowed.getValue()) {
                assertThat(row).as(name + "." + method).contains("`" + method + "`");
            }
            assertThat(row.split("`").length / 2 - 1)
                    .as("no method listed for " + name + " that the sandbox does not allow")
                    .isEqualTo(allowed.getValue().size());
        }
    }

    @Test
    void everyAllowedType_isNamedOnThePage() throws IOException {
        String page = page();

        for (Class<?> type : AllowedTypes.all()) {
            assertThat(page).as(type.getName()).contains("`" + written(type) + "`");
        }
    }
}
