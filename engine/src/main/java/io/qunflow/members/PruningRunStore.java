package io.qunflow.members;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Real pruning runs with their reports, so a run id is acted on once. */
@Repository
class PruningRunStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PruningRunStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PruningReport> find(String runId) {
        return jdbc.sql("SELECT result FROM qf_pruning_run WHERE run_id = ?")
                .param(runId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    void save(PruningReport report) {
        try {
            jdbc.sql("INSERT INTO qf_pruning_run (run_id, group_id, dry_run, ran_at, result) VALUES (?,?,?,?,?)")
                    .params(
                            report.runId(),
                            report.groupId(),
                            report.dryRun(),
                            report.ranAt(),
                            json.writeValueAsString(report))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PruningReport read(String stored) {
        try {
            return json.readValue(stored, PruningReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored pruning report is not JSON", e);
        }
    }
}
