package io.qunflow.members;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.members.PruningReport.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Real pruning runs with their reports, so a run id is acted on once. The report's members are kept
 * one row each: a group of thousands makes a report of megabytes, more than one column holds.
 */
@Repository
class PruningRunStore {

    private static final String CANDIDATE = "CANDIDATE";
    private static final String SPARED = "SPARED";
    private static final String LAYER_CHANGE = "LAYER_CHANGE";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ObjectMapper json;

    PruningRunStore(JdbcClient jdbc, JdbcTemplate batches, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    Optional<PruningReport> find(String runId) {
        return jdbc.sql("SELECT result FROM qf_pruning_run WHERE run_id = ?")
                .param(runId)
                .query(String.class)
                .optional()
                .map(stored -> withEntries(read(stored)));
    }

    void save(PruningReport report) {
        PruningReport head = new PruningReport(
                report.runId(), report.groupId(), report.dryRun(), report.ranAt(), List.of(), List.of(), List.of());
        try {
            jdbc.sql("INSERT INTO qf_pruning_run (run_id, group_id, dry_run, ran_at, result) VALUES (?,?,?,?,?)")
                    .params(
                            report.runId(),
                            report.groupId(),
                            report.dryRun(),
                            report.ranAt(),
                            json.writeValueAsString(head))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<Object[]> rows = new ArrayList<>();
        addRows(rows, report.runId(), CANDIDATE, report.candidates());
        addRows(rows, report.runId(), SPARED, report.spared());
        addRows(rows, report.runId(), LAYER_CHANGE, report.layerChanges());
        batches.batchUpdate(
                "INSERT INTO qf_pruning_run_entry (run_id, seq, list, member_id, outcome, reason, rule_name)"
                        + " VALUES (?,?,?,?,?,?,?)",
                rows);
    }

    private static void addRows(List<Object[]> rows, String runId, String list, List<Entry> entries) {
        for (Entry e : entries) {
            rows.add(new Object[] {runId, rows.size(), list, e.memberId(), e.outcome(), e.reason(), e.rule()});
        }
    }

    /** Reports stored before their members had rows of their own keep them inside the report. */
    private PruningReport withEntries(PruningReport head) {
        Map<String, List<Entry>> lists =
                Map.of(CANDIDATE, new ArrayList<>(), SPARED, new ArrayList<>(), LAYER_CHANGE, new ArrayList<>());
        jdbc.sql("SELECT list, member_id, outcome, reason, rule_name FROM qf_pruning_run_entry"
                        + " WHERE run_id = ? ORDER BY seq")
                .param(head.runId())
                .query((rs, n) -> lists.get(rs.getString("list"))
                        .add(new Entry(
                                rs.getString("member_id"),
                                null,
                                rs.getString("outcome"),
                                rs.getString("reason"),
                                rs.getString("rule_name"))))
                .list();
        if (lists.values().stream().allMatch(List::isEmpty)) {
            return head;
        }
        return new PruningReport(
                head.runId(),
                head.groupId(),
                head.dryRun(),
                head.ranAt(),
                lists.get(CANDIDATE),
                lists.get(SPARED),
                lists.get(LAYER_CHANGE));
    }

    private PruningReport read(String stored) {
        try {
            return json.readValue(stored, PruningReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored pruning report is not JSON", e);
        }
    }
}
