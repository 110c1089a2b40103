package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway as application.yml sets it up owns Qunflow's tables and nothing else: an empty schema is
 * migrated, and a schema that holds other tables (Camunda's) but no Flyway history is refused
 * rather than baselined, which would have marked V1 as applied and skipped Qunflow's core tables.
 */
class FlywaySettingsTest {

    private ApplicationContextRunner flywayOn(String database) throws IOException {
        PropertySource<?> settings = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .get(0);
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withInitializer(
                        context -> context.getEnvironment().getPropertySources().addLast(settings))
                .withPropertyValues("spring.datasource.url=" + url(database));
    }

    private static String url(String database) {
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void emptySchema_isMigrated_withQunflowsHistoryTable() throws IOException {
        String database = "flyway-" + UUID.randomUUID();

        flywayOn(database).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            // Flyway quotes the history table's name, which H2 then keeps in lower case.
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM \"qf_schema_history\" WHERE \"version\" = '1'", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qf_event", Integer.class))
                    .isZero();
        });
    }

    @Test
    void schemaWithCamundasTablesButNoHistory_isRefused_notBaselined() throws IOException, SQLException {
        String database = "flyway-" + UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url(database), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY, value_ VARCHAR(300))");
        }

        flywayOn(database).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasRootCauseInstanceOf(FlywayException.class)
                    .rootCause()
                    .hasMessageContaining("non-empty schema");
        });
        try (Connection c = DriverManager.getConnection(url(database), "sa", "");
                Statement s = c.createStatement()) {
            ResultSet tables =
                    s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE 'qf%'");
            tables.next();
            assertThat(tables.getInt(1))
                    .as("no Qunflow table, not even a history claiming V1")
                    .isZero();
        }
    }
}
