package io.qunflow.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live word list. */
@Repository
class LexiconStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    LexiconStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    private static final String SELECT = "SELECT term, category, severity, added_by, added_at FROM qf_lexicon_entry";

    List<WordListEntry> all() {
        return jdbc.sql(SELECT + " ORDER BY category, term")
                .query(LexiconStore::entry)
                .list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_entry")
                .query(Integer.class)
                .single();
    }

    Optional<WordListEntry> find(String term) {
        return jdbc.sql(SELECT + " WHERE term = ?")
                .param(term)
                .query(LexiconStore::entry)
                .optional();
    }

    private static WordListEntry entry(ResultSet rs, int row) throws SQLException {
        return new WordListEntry(
                rs.getString("term"),
                Category.valueOf(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class));
    }

    void insert(LexiconEntry entry, String author, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_lexicon_entry (term, category, severity, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(entry.term(), entry.category().name(), entry.severity().name(), author, at)
                .update();
    }

    void update(LexiconEntry entry, String author, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_lexicon_entry SET category = ?, severity = ?, added_by = ?, added_at = ? WHERE term = ?")
                .params(entry.category().name(), entry.severity().name(), author, at, entry.term())
                .update();
    }

    boolean delete(String term) {
        return jdbc.sql("DELETE FROM qf_lexicon_entry WHERE term = ?")
                        .param(term)
                        .update()
                == 1;
    }

    boolean seeded(String file) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_lexicon_seed WHERE file_name = ?")
                        .param(file)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void markSeeded(String file, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_lexicon_seed (file_name, seeded_at) VALUES (?, ?)")
                .params(file, at)
                .update();
    }

    /** The shipped terms of a file this installation has been offered. */
    Set<String> offered(String file) {
        return new HashSet<>(jdbc.sql("SELECT term FROM qf_lexicon_shipped_term WHERE file_name = ?")
                .param(file)
                .query(String.class)
                .list());
    }

    void markOffered(String file, Collection<String> terms, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>(terms.size());
        for (String term : terms) {
            rows.add(new Object[] {file, term, at});
        }
        batches.batchUpdate("INSERT INTO qf_lexicon_shipped_term (file_name, term, offered_at) VALUES (?, ?, ?)", rows);
    }
}
