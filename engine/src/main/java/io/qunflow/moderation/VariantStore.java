package io.qunflow.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions of the variant files; the newest of each is live. */
@Repository
class VariantStore {

    private static final String SELECT =
            "SELECT file_name, version, content, author, comment, published_at FROM qf_variant_version";

    private final JdbcClient jdbc;

    VariantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version of a file as published. */
    record Version(String file, int version, String content, String author, String comment, OffsetDateTime at) {}

    /** The live (newest) version of the file; empty before it is seeded. */
    Optional<Version> live(String file) {
        return jdbc.sql(SELECT + " WHERE file_name = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param(file)
                .query(VariantStore::version)
                .optional();
    }

    Optional<Version> find(String file, int version) {
        return jdbc.sql(SELECT + " WHERE file_name = ? AND version = ?")
                .params(file, version)
                .query(VariantStore::version)
                .optional();
    }

    /** Every version of the file, newest first. */
    List<Version> history(String file) {
        return jdbc.sql(SELECT + " WHERE file_name = ? ORDER BY version DESC")
                .param(file)
                .query(VariantStore::version)
                .list();
    }

    /**
     * Stores the next version of the file. Two publishes racing on the same number collide on the
     * primary key, so one of them fails instead of both claiming it.
     */
    int insertNext(String file, String content, String author, String comment, OffsetDateTime at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM qf_variant_version WHERE file_name = ?")
                .param(file)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(file, next, content, author, comment, at)
                .update();
        return next;
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(
                rs.getString("file_name"),
                rs.getInt("version"),
                rs.getString("content"),
                rs.getString("author"),
                rs.getString("comment"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
