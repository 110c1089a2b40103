package io.qunflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Where the shared API-test context keeps its data. By default an in-memory H2 database; with
 * {@code -Dqunflow.test.database=postgres} (the build's second test run) a throwaway PostgreSQL
 * cluster, under the production {@code postgres} profile.
 *
 * <p>That profile refuses demo mode and bootstraps only an admin and one API key from its settings,
 * which is checked at start. The API tests speak as the demo users and key, so once the context
 * has started (past that check) the same fixture accounts are written into the test database.
 */
public class TestDatabase
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, ActiveProfilesResolver {

    public static final boolean POSTGRES = "postgres".equals(System.getProperty("qunflow.test.database"));

    static final String ADMIN_PASSWORD = "pg-test-admin-password";
    static final String API_KEY = "qf_pg_test_bootstrap_key_0123456789";
    private static final List<String> DEMO_USERS = List.of("designer", "compliance", "operator", "viewer", "admin");
    private static final String DEMO_SCOPES = "events,groups,actions,rules:read,workflows:read,metrics";

    private static PostgresCluster cluster;

    private final String database;

    public TestDatabase() {
        this("qunflow_api_tests");
    }

    private TestDatabase(String database) {
        this.database = database;
    }

    /** The rule-publishing tests' own database, so the versions they publish stay theirs. */
    public static final class RulePublishing extends TestDatabase {
        public RulePublishing() {
            super("qunflow_rule_publishing_tests");
        }
    }

    /** The WeCom connector tests' own database, with the connector on and pointed at a mock WeCom. */
    public static final class WeCom extends TestDatabase {
        public WeCom() {
            super("qunflow_wecom_tests");
        }
    }

    /**
     * The WeCom pages' browser tests: their context differs from the WeCom API tests' (it adds the
     * browser's), and two contexts' workflow engines on one database would each run the other's
     * jobs, so they keep a database of their own.
     */
    public static final class WeComBrowser extends TestDatabase {
        public WeComBrowser() {
            super("qunflow_wecom_browser_tests");
        }
    }

    /**
     * The tests that post events at fixed hours of the group's current day, with a day's clock skew
     * allowed ({@code CheckInApiTest}, {@code MetricsApiTest}): a context, so a database, of their own.
     */
    public static final class DaySkew extends TestDatabase {
        public DaySkew() {
            super("qunflow_day_skew_tests");
        }
    }

    /** A first start: a database nothing has written to yet, for what an empty install shows. */
    public static final class FirstStart extends TestDatabase {
        public FirstStart() {
            super("qunflow_first_start_tests");
        }
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return POSTGRES ? new String[] {"postgres"} : new String[0];
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = POSTGRES
                ? Map.of(
                        "spring.datasource.url",
                        postgres(database),
                        "spring.datasource.username",
                        "postgres",
                        "spring.datasource.password",
                        "",
                        "qunflow.bootstrap.admin-password",
                        ADMIN_PASSWORD,
                        "qunflow.bootstrap.api-key",
                        API_KEY)
                : Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("qunflow-test-database", properties));
        if (POSTGRES) {
            context.addApplicationListener((ContextRefreshedEvent refreshed) -> {
                if (refreshed.getApplicationContext() == context) {
                    addDemoAccounts(context.getBean(JdbcTemplate.class), context.getBean(PasswordEncoder.class));
                }
            });
        }
    }

    /**
     * One cluster for the whole test JVM, a database per context. The cluster is stopped by Spring
     * Boot's shutdown hook once it has closed the cached contexts, not by a JVM hook of its own:
     * JVM hooks run in no set order, and a context closing after the server has gone still asks the
     * pool for a connection (the process engine writes its last metrics) and waits out the pool's
     * 30 s connection timeout, past the time Surefire gives the fork to exit.
     */
    private static synchronized String postgres(String database) {
        if (cluster == null) {
            cluster = PostgresCluster.start(database);
            SpringApplication.getShutdownHandlers().add(cluster::close);
        } else {
            cluster.createDatabase(database);
        }
        return cluster.jdbcUrl(database);
    }

    private static void addDemoAccounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
        OffsetDateTime now = OffsetDateTime.now();
        for (String user : DEMO_USERS) {
            jdbc.update("DELETE FROM qf_user WHERE username = ?", user);
            jdbc.update(
                    "INSERT INTO qf_user (username, password_hash, roles, enabled, created_at) VALUES (?,?,?,?,?)",
                    user,
                    passwords.encode("qunflow"),
                    user.toUpperCase(),
                    true,
                    now);
        }
        jdbc.update(
                "INSERT INTO qf_api_key (id, name, key_hash, scopes, created_at) VALUES (?,?,?,?,?)",
                "key_test_dev",
                "dev",
                sha256("qf_dev_key"),
                DEMO_SCOPES,
                now);
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
