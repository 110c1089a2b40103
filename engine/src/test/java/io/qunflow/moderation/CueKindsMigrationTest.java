package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V58 gives a database seeded before the qq and wechat-id cue kinds existed the triggers that were
 * constants in the detectors, so its QQ and WeChat-id detectors keep working after the upgrade.
 */
class CueKindsMigrationTest {

    private final DriverManagerDataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:cues-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .table("qf_schema_history")
                .target(target)
                .load();
    }

    private static String shippedWithoutTheNewKinds() {
        return VariantData.shipped(VariantData.CUES)
                .lines()
                .filter(line -> !line.endsWith(",qq") && !line.endsWith(",wechat-id"))
                .collect(Collectors.joining("\n"));
    }

    private List<String> versions() {
        return jdbc.sql("SELECT content FROM qf_variant_version WHERE file_name = 'cues' ORDER BY version")
                .query(String.class)
                .list();
    }

    @Test
    void migrate_aCueFileSeededBeforeTheNewKinds_getsTheShippedTriggersAsANewVersion() {
        flyway("57").migrate();
        String before = shippedWithoutTheNewKinds();
        jdbc.sql("INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)"
                        + " VALUES ('cues', 1, ?, 'system', 'shipped default', CURRENT_TIMESTAMP)")
                .param(before)
                .update();
        assertThat(Variants.compile(VariantData.shipped(VariantData.CHARACTERS), before)
                        .qqTriggers())
                .isEmpty();

        flyway("latest").migrate();

        List<String> versions = versions();
        assertThat(versions).hasSize(2).startsWith(before);
        Variants upgraded = Variants.compile(VariantData.shipped(VariantData.CHARACTERS), versions.get(1));
        assertThat(upgraded.qqTriggers()).isEqualTo(Variants.shipped().qqTriggers());
        assertThat(upgraded.weChatIdTriggers()).isEqualTo(Variants.shipped().weChatIdTriggers());
        assertThat(upgraded.cues())
                .containsExactlyInAnyOrderElementsOf(Variants.shipped().cues());
    }

    @Test
    void migrate_anEmptyDatabase_leavesTheCueFileToTheShippedSeed() {
        flyway("latest").migrate();

        assertThat(versions()).isEmpty();
    }
}
