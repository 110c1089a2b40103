package io.qunflow;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the test database's other sessions are doing, for tests that put a race in a set order. */
public final class SessionWaits {

    private SessionWaits() {}

    /**
     * Whether another session has begun {@code statement} (the start of its text) and waits on a row
     * or a key this test holds: PostgreSQL shows it waiting for the lock; H2 waits on a unique key
     * without naming a blocker, so there the statement under way is what shows it (begun before the
     * holder commits or after, it ends the same).
     */
    public static boolean aSessionWaitsIn(JdbcClient jdbc, String statement) {
        return TestDatabase.POSTGRES
                ? jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                        + " AND datname = current_database()")
                                .query(Integer.class)
                                .single()
                        > 0
                : jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE ?")
                                .param(statement + "%")
                                .query(Integer.class)
                                .single()
                        > 0;
    }
}
