package io.qunflow.members;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a pruning run decided.
 *
 * @param candidates members the rule makes eligible, with what happens to them (WARN_MEMBER,
 *     REMOVE_MEMBER, or AWAIT_GRACE between the two)
 * @param spared members the rule would prune but protects (role, core layer, first week)
 * @param layerChanges members layering moved during the run (empty for a dry run, which stores nothing)
 */
public record PruningReport(
        String runId,
        String groupId,
        boolean dryRun,
        OffsetDateTime ranAt,
        List<Entry> candidates,
        List<Entry> spared,
        List<Entry> layerChanges) {

    /** One member and why, in words, naming the rule that decided. */
    public record Entry(String memberId, String outcome, String reason, String rule) {}
}
