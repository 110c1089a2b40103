package io.qunflow.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * A set of keys as one SQL array parameter, for {@code FROM UNNEST(?) AS t(x) JOIN table ON
 * table.key = t.x}: a batch reads the rows of many keys in one statement whose text stays the
 * same whatever the number of keys, so H2 and PostgreSQL parse and plan it once (an expanded
 * {@code IN (?, ?, …)} is a new statement for every size). A join, not {@code key = ANY(?)}: H2
 * looks each key up in the index for the join, but answers {@code = ANY(?)} by scanning
 * (profiled: a tenth of a batch's time). Made with the connection's own array type, which both
 * databases accept.
 */
public final class SqlArrays {

    private SqlArrays() {}

    /** The strings as a VARCHAR array parameter. */
    public static Object varchars(Collection<String> values) {
        String[] array = values.toArray(String[]::new);
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("VARCHAR", array);
            }
        };
    }
}
