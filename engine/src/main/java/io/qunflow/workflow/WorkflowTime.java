package io.qunflow.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Moves the process engine's clock and runs the jobs due by then on the caller's thread, oldest
 * due first: what the job executor does over real time, done over simulated time instead (the
 * simulator runs with the job executor off, so the order is the same on every run).
 */
@Component
public class WorkflowTime {

    private static final int PAGE = 200;

    private final ManagementService management;
    private final RuntimeService runtime;
    private final Map<String, String> businessKeys = new HashMap<>();

    WorkflowTime(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * The outcome of a pass.
     *
     * @param failures jobs that failed (the engine counts their retries down, as the executor would)
     * @param businessKeys the business keys (group ids) of the processes whose jobs ran
     */
    public record Ran(int jobs, int failures, Set<String> businessKeys) {}

    /** Sets the engine's clock to {@code now} and runs every job due by then, including ones they create. */
    public Ran runDueJobs(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        int ran = 0;
        int failed = 0;
        Set<String> keys = new TreeSet<>();
        while (true) {
            List<Job> due = management
                    .createJobQuery()
                    .executable()
                    .active()
                    .orderByJobDuedate()
                    .asc()
                    .orderByJobId()
                    .asc()
                    .listPage(0, PAGE);
            if (due.isEmpty()) {
                return new Ran(ran, failed, keys);
            }
            for (Job job : due) {
                String key = businessKey(job.getProcessInstanceId());
                if (key != null) {
                    keys.add(key);
                }
                try {
                    management.executeJob(job.getId());
                    ran++;
                } catch (RuntimeException failure) {
                    failed++;
                }
            }
        }
    }

    /** When the next job falls due, if any is waiting; a job without a due date is due now. */
    public Optional<Instant> nextDue() {
        return management.createJobQuery().active().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1).stream()
                .findFirst()
                .map(job -> job.getDuedate() == null
                        ? Instant.EPOCH
                        : job.getDuedate().toInstant());
    }

    /** Gives the engine back the real clock. */
    public void useRealTime() {
        ClockUtil.reset();
    }

    private String businessKey(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        return businessKeys.computeIfAbsent(processInstanceId, id -> {
            ProcessInstance instance =
                    runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            return instance == null ? null : instance.getBusinessKey();
        });
    }
}
