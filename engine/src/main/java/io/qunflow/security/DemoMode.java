package io.qunflow.security;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this install is the embedded demo: demo mode wanted ({@code qunflow.demo.enabled}, on
 * in the embedded default) and the database really the embedded H2, decided on the connection and
 * not on a profile name. Only the embedded demo has the public demo accounts and may load the
 * demo community; a production install never does.
 */
@Component
public class DemoMode {

    private final boolean wanted;
    private final String database;
    private final boolean active;

    DemoMode(DataSource dataSource, @Value("${qunflow.demo.enabled:false}") boolean wanted) {
        this.wanted = wanted;
        this.database = EmbeddedDatabase.url(dataSource);
        this.active = wanted && EmbeddedDatabase.isEmbeddedH2(database);
    }

    /** True on the embedded demo only. */
    public boolean active() {
        return active;
    }

    /** Demo mode was asked for but the database is not the embedded H2. */
    boolean wantedElsewhere() {
        return wanted && !active;
    }

    String database() {
        return database;
    }
}
