package io.qunflow;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty embedded database of its own, brought up to any migration, for tests that put rows in
 * place as an older version left them and check what a later migration makes of them.
 */
public final class MigrationDatabase {

    private final DriverManagerDataSource dataSource;

    /** A new empty database; {@code name} only helps tell it apart in a failure. */
    public MigrationDatabase(String name) {
        this.dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Migrates up to and including {@code target}, a version number or {@code latest}. */
    public void migrateTo(String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .table("qf_schema_history")
                .target(target)
                .load()
                .migrate();
    }
}
