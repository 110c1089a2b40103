package io.qunflow.members;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** The report with each member's nickname, read in one query for the whole report. */
    PruningReport named(Map<MemberKey, String> nicknames) {
        return new PruningReport(
                runId,
                groupId,
                dryRun,
                ranAt,
                named(candidates, nicknames),
                named(spared, nicknames),
                named(layerChanges, nicknames));
    }

    private List<Entry> named(List<Entry> entries, Map<MemberKey, String> nicknames) {
        return entries.stream()
                .map(e -> new Entry(
                        e.memberId(),
                        nicknames.get(new MemberKey(groupId, e.memberId())),
                        e.outcome(),
                        e.reason(),
                        e.rule()))
                .toList();
    }

    /** Every member the report names. */
    List<MemberKey> members() {
        return Stream.of(candidates, spared, layerChanges)
                .flatMap(List::stream)
                .map(e -> new MemberKey(groupId, e.memberId()))
                .toList();
    }

    /**
     * One member and why, in words, naming the rule that decided.
     *
     * @param nickname the member's nickname in the group, for people to recognise them by; null when
     *     they have none (and inside the run, which decides by id)
     */
    public record Entry(String memberId, String nickname, String outcome, String reason, String rule) {}
}
