package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V92 rebuilds the cadence column to let MONTHLY in, and adds the day of the month: entries saved
 * before keep their cadence, and the database still refuses a cadence or a day there is none of.
 */
class MonthlyCadenceMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("monthly");
    private final JdbcClient jdbc = database.jdbc();

    private void insert(String id, String cadence, Integer dayOfMonth) {
        jdbc.sql("INSERT INTO qf_sop_entry (id, group_id, cadence, day_of_month, at_time, purpose, content_kind, body,"
                        + " created_at) VALUES (?, 'g', ?, ?, '10:00', 'CONTENT', 'TEXT', '内容', CURRENT_TIMESTAMP)")
                .params(id, cadence, dayOfMonth)
                .update();
    }

    @Test
    void entriesSavedBefore_keepTheirCadence_andOnlyTheKnownCadencesAndDaysGoIn() {
        database.migrateTo("89");
        jdbc.sql("INSERT INTO qf_sop_entry (id, group_id, cadence, day_of_week, at_time, purpose, content_kind, body,"
                        + " created_at) VALUES ('weekly', 'g', 'WEEKLY', 'MONDAY', '10:00', 'CONTENT', 'TEXT', '周一',"
                        + " CURRENT_TIMESTAMP)")
                .update();

        database.migrateTo("latest");
        insert("monthly", "MONTHLY", 31);

        assertThat(jdbc.sql("SELECT id || ' ' || cadence || ' ' || COALESCE(CAST(day_of_month AS VARCHAR(2)), '-')"
                                + " FROM qf_sop_entry ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("monthly MONTHLY 31", "weekly WEEKLY -");
        assertThatThrownBy(() -> insert("hourly", "HOURLY", null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert("none", null, null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert("day32", "MONTHLY", 32)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
