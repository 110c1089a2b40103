package io.qunflow.members;

import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.InactiveMember;
import io.qunflow.rules.model.PruningHistory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Runs the {@code pruning} rule set over members; decides only, {@link PruningRunner} acts. */
@Component
class Pruning {

    static final String RULE_SET = "pruning";

    /** How far back the activity record reaches: a member with no message in it has been silent at least this long. */
    static final int RECORD_DAYS = 100;

    /** Members per evaluation: each fires at most one pruning rule, well under the engine's 10,000-firing cap. */
    static final int SLICE = 5_000;

    private final RuleEngine rules;

    Pruning(RuleEngine rules) {
        this.rules = rules;
    }

    /**
     * Every pruning decision for the members, in slices.
     *
     * @param layers each member's layer as layering just decided it (core members are spared)
     */
    Evaluation decide(
            String groupId,
            ZoneId zone,
            OffsetDateTime now,
            List<LayerState> states,
            Map<String, ActivityFigures> figures,
            Map<String, String> layers) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        int slices = (states.size() + SLICE - 1) / SLICE;
        List<Evaluation> results = new ArrayList<>(Collections.nCopies(slices, (Evaluation) null));
        // Independent slices on every core, as in layering.
        IntStream.range(0, slices)
                .parallel()
                .forEach(i -> results.set(
                        i,
                        rules.evaluate(
                                RULE_SET,
                                facts(
                                        groupId,
                                        zone,
                                        today,
                                        now,
                                        states.subList(i * SLICE, Math.min(states.size(), (i + 1) * SLICE)),
                                        figures,
                                        layers))));
        List<Decision> decisions = new ArrayList<>();
        int version = rules.activeVersion(RULE_SET);
        for (Evaluation evaluation : results) {
            version = evaluation.version();
            decisions.addAll(evaluation.decisions());
        }
        return new Evaluation(RULE_SET, version, decisions);
    }

    private static List<Object> facts(
            String groupId,
            ZoneId zone,
            LocalDate today,
            OffsetDateTime now,
            List<LayerState> slice,
            Map<String, ActivityFigures> figures,
            Map<String, String> layers) {
        List<Object> facts = new ArrayList<>(slice.size() * 2);
        for (LayerState s : slice) {
            ActivityFigures f = figures.getOrDefault(s.memberId(), ActivityFigures.none(s.memberId()));
            long sinceJoined = s.joinedAt() == null ? -1 : Math.max(0, Layering.days(s.joinedAt(), zone, today));
            long sinceMessage = f.lastMessageDay() != null
                    ? ChronoUnit.DAYS.between(f.lastMessageDay(), today)
                    : sinceJoined >= 0 ? Math.min(sinceJoined, RECORD_DAYS) : RECORD_DAYS;
            facts.add(new InactiveMember(
                    groupId, s.memberId(), s.role().name(), sinceMessage, sinceJoined, f.messages30d()));
            String layer = layers.getOrDefault(s.memberId(), s.layer());
            long sinceWarned = s.pruneWarnedAt() == null
                    ? -1
                    : Math.max(0, Duration.between(s.pruneWarnedAt(), now).toDays());
            facts.add(new PruningHistory(s.memberId(), layer == null ? "" : layer, sinceWarned));
        }
        return facts;
    }
}
