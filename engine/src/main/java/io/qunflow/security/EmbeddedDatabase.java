package io.qunflow.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Whether the application runs on the embedded H2 database, decided on the connection itself and
 * not on a profile name: demo accounts belong there only, never in a database others can reach.
 */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    static String url(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to check what it is", e);
        }
    }

    /** H2 in this process (in memory or a file), not an H2 server reached over the network. */
    static boolean isEmbeddedH2(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:");
    }
}
