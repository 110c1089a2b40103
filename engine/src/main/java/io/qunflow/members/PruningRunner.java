package io.qunflow.members;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.common.ConflictException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.GroupRuleSetRunner;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.GroupContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pruning pass over a group: layers every member again (the windows slide even for members
 * who post nothing), then runs the {@code pruning} rule set and carries out what it decides —
 * warnings first, removals after the grace period. Run by the lifecycle's pruning phase and on
 * demand through the API; a dry run decides the same and changes nothing.
 */
@Component
class PruningRunner implements GroupRuleSetRunner {

    private final MemberService members;
    private final LayerStore layers;
    private final Layering layering;
    private final Pruning pruning;
    private final PruningRunStore runs;
    private final GroupService groups;
    private final ActionOutbox outbox;
    private final RuleEngine rules;
    private final MemberDirectory directory;
    private final Clock clock;

    PruningRunner(
            MemberService members,
            LayerStore layers,
            Layering layering,
            Pruning pruning,
            PruningRunStore runs,
            GroupService groups,
            ActionOutbox outbox,
            RuleEngine rules,
            MemberDirectory directory,
            Clock clock) {
        this.members = members;
        this.layers = layers;
        this.layering = layering;
        this.pruning = pruning;
        this.runs = runs;
        this.groups = groups;
        this.outbox = outbox;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String ruleSet() {
        return Pruning.RULE_SET;
    }

    @Override
    @Transactional
    public Evaluation run(String groupId, String runId) {
        Pass pass = pass(groupId, runId, false);
        List<Decision> all = new ArrayList<>(pass.tags);
        all.addAll(pass.decisions.decisions());
        return new Evaluation(Pruning.RULE_SET, pass.decisions.version(), all);
    }

    /**
     * Runs the pass; the same run id again answers the first report and acts no further.
     *
     * @throws io.qunflow.common.ConflictException when the group was dissolved
     * @param dryRun decide and report, store nothing, send nothing
     */
    @Transactional
    public PruningReport prune(String groupId, String runId, boolean dryRun) {
        PruningReport report = pass(groupId, runId, dryRun).report;
        return report.named(members.nicknames(report.members()));
    }

    private record Pass(PruningReport report, List<Decision> tags, Evaluation decisions) {}

    private Pass pass(String groupId, String runId, boolean dryRun) {
        Optional<PruningReport> earlier = dryRun ? Optional.empty() : runs.find(runId);
        if (earlier.isPresent()) {
            return new Pass(earlier.get(), List.of(), new Evaluation(Pruning.RULE_SET, 0, List.of()));
        }
        // A real run takes the group's row first: two runs at once (two nodes) take turns, and the
        // second sees the first's warnings, as a run after it would.
        Group group = dryRun ? groups.get(groupId) : groups.lock(groupId);
        if (group.archived()) {
            // Its members are no longer served: a run would warn and remove them for a silence the
            // dissolution caused, and hand connectors removals to carry out in a group nobody runs.
            throw new ConflictException(
                    "Group '" + groupId + "' was dissolved; nobody is pruned from a dissolved group",
                    "社群 " + groupId + " 已解散，不再清理成员");
        }
        // Layering and pruning decide as the group's phase and type scope them.
        return rules.forGroup(
                new GroupContext(group.id(), group.phase().name(), group.type().name()),
                () -> pass(group, runId, dryRun));
    }

    private Pass pass(Group group, String runId, boolean dryRun) {
        String groupId = group.id();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        // A real run reads its members under their locks, after the group's (the order every writer
        // of members keeps): no event, keep or layer lock changes a member between what the run
        // decides and what it does, so a member who speaks meanwhile is judged after the run, and a
        // layer change is announced once.
        List<LayerState> states = dryRun ? layers.inGroup(groupId) : layers.lockInGroup(groupId);
        Map<String, ActivityFigures> figures = members.activity(group);
        List<Layering.Classified> classified = layering.classify(groupId, group.timeZone(), now, states, figures);
        Map<String, String> layerNow = new HashMap<>(classified.size() * 2);
        classified.forEach(c -> layerNow.put(c.before().memberId(), c.layer()));
        List<Decision> tags = dryRun ? List.of() : members.applyLayers(groupId, classified, now);
        Evaluation decided = spared(
                pruning.decide(groupId, group.timeZone(), now, states, figures, layerNow),
                directory.keptInGroup(groupId),
                states);

        List<PruningReport.Entry> candidates = new ArrayList<>();
        List<PruningReport.Entry> spared = new ArrayList<>();
        for (Decision d : decided.decisions()) {
            PruningReport.Entry entry = new PruningReport.Entry(d.memberId(), null, d.outcome(), d.reason(), d.rule());
            switch (d.outcome()) {
                case "WARN_MEMBER", "REMOVE_MEMBER", "AWAIT_GRACE" -> candidates.add(entry);
                case "SPARE" -> spared.add(entry);
                default -> {}
            }
            if (!dryRun) {
                act(groupId, d, now);
            }
        }
        List<PruningReport.Entry> changes = tags.stream()
                .map(t -> new PruningReport.Entry(t.memberId(), null, t.text(), t.reason(), t.rule()))
                .toList();
        PruningReport report = new PruningReport(runId, groupId, dryRun, now, candidates, spared, changes);
        if (!dryRun) {
            List<Decision> acted = new ArrayList<>(tags);
            acted.addAll(decided.decisions());
            outbox.enqueue(NewAction.fromDecisions(runId, groupId, null, null, acted));
            runs.save(report);
        }
        return new Pass(report, tags, decided);
    }

    /**
     * The rule's decisions with every member staff keep, and every owner, admin, staff member and
     * KOC, turned from a warning, a removal or a wait into SPARE, saying why besides the rule's own
     * reason. Compliance edit the rule at run time: a careless version must not cost the group its
     * owner.
     */
    private static Evaluation spared(
            Evaluation decided, Map<String, MemberDirectory.Keep> kept, List<LayerState> states) {
        Map<String, MemberRole> roles = new HashMap<>(states.size() * 2);
        states.forEach(s -> roles.put(s.memberId(), s.role()));
        List<Decision> decisions = new ArrayList<>(decided.decisions().size());
        for (Decision d : decided.decisions()) {
            String why = whySpared(kept.get(d.memberId()), roles.get(d.memberId()));
            boolean prunes = switch (d.outcome()) {
                case "WARN_MEMBER", "REMOVE_MEMBER", "AWAIT_GRACE" -> true;
                default -> false;
            };
            decisions.add(
                    why == null || !prunes
                            ? d
                            : new Decision(
                                    d.ruleSet(),
                                    d.ruleSetVersion(),
                                    d.rule(),
                                    "SPARE",
                                    "spared: " + why + "; " + d.reason(),
                                    d.memberId(),
                                    null,
                                    null,
                                    null));
        }
        return new Evaluation(decided.ruleSet(), decided.version(), decisions);
    }

    /** Why the member is spared whatever the rule decides, or null when the rule has the last word. */
    private static String whySpared(MemberDirectory.Keep keep, MemberRole role) {
        if (role != null && role.neverPruned()) {
            return "role " + role + " is never pruned, whatever the rule";
        }
        return keep == null ? null : PruningKeeps.words(keep);
    }

    private void act(String groupId, Decision d, OffsetDateTime now) {
        switch (d.outcome()) {
            case "WARN_MEMBER" -> layers.warn(groupId, d.memberId(), d.reason(), now);
            case "REMOVE_MEMBER" -> members.markGone(groupId, d.memberId(), "REMOVED", now);
            case "FORGIVE" -> layers.forgive(groupId, d.memberId());
            default -> {}
        }
    }
}
