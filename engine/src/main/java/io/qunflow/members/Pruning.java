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
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Runs the {@code pruning} rule set over members; decides only, {@link PruningRunner} acts. */
@Component
class Pruning {

    static final String RULE_SET = "pruning";

    /** How far back the activity record reaches: a member with no message in it has been silent at least this long. */
    static final int RECORD_DAYS = 100;

    private static final int SLICE = 20_000;

    private final RuleEngine rules;

    Pruning(RuleEngine rules) {
        this.rules = rules;
    }

    /**
     * Every pruning decision for the members, in slices.
     *
     * @param layers each member's layer as layering just decided it (core members are spared)
     */
    Evaluation decide(String groupId, ZoneId zone, OffsetDateTime now, List<LayerState> states,
            Map<String, ActivityFigures> figures, Map<String, String> layers) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        List<Decision> decisions = new ArrayList<>();
        int version = rules.activeVersion(RULE_SET);
        for (int from = 0; from < states.size(); from += SLICE) {
            List<LayerState> slice = states.subList(from, Math.min(states.size(), from + SLICE));
            List<Object> facts = new ArrayList<>(slice.size() * 2);
            for (LayerState s : slice) {
                ActivityFigures f = figures.getOrDefault(s.memberId(), ActivityFigures.none(s.memberId()));
                long sinceJoined = s.joinedAt() == null ? -1 : Math.max(0, Layering.days(s.joinedAt(), zone, today));
                long sinceMessage = f.lastMessageDay() != null
                        ? ChronoUnit.DAYS.between(f.lastMessageDay(), today)
                        : sinceJoined >= 0 ? Math.min(sinceJoined, RECORD_DAYS) : RECORD_DAYS;
                facts.add(new InactiveMember(groupId, s.memberId(), s.role().name(), sinceMessage, sinceJoined,
                        f.messages30d()));
                String layer = layers.getOrDefault(s.memberId(), s.layer());
                long sinceWarned = s.pruneWarnedAt() == null
                        ? -1
                        : Math.max(0, Duration.between(s.pruneWarnedAt(), now).toDays());
                facts.add(new PruningHistory(s.memberId(), layer == null ? "" : layer, sinceWarned));
            }
            Evaluation evaluation = rules.evaluate(RULE_SET, facts);
            version = evaluation.version();
            decisions.addAll(evaluation.decisions());
        }
        return new Evaluation(RULE_SET, version, decisions);
    }
}
