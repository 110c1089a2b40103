package io.qunflow.members;

import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.MemberActivity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Runs the {@code layering} rule set over members and reads its decisions back as a layer, a
 * persona and the explanation in words. Decides only; {@link MemberService} stores the outcome.
 */
@Component
class Layering {

    static final String RULE_SET = "layering";
    static final List<String> LAYERS = List.of("core", "active", "silent", "churned");

    /**
     * Members per evaluation. A member fires at most three layering rules (layer, persona, pending
     * demotion), and the engine stops an evaluation at 10,000 firings as a runaway; slices keep
     * well under that and keep memory flat for large groups.
     */
    static final int SLICE = 2_500;

    private final RuleEngine rules;

    Layering(RuleEngine rules) {
        this.rules = rules;
    }

    /**
     * What the rules decided for one member.
     *
     * @param layer the layer now, or the layer before when no rule placed the member
     * @param layerDecision the decision that placed the member, or null
     */
    record Classified(
            LayerState before,
            String layer,
            String persona,
            List<String> explanation,
            boolean demotionPending,
            Decision layerDecision) {

        boolean changed() {
            return layer != null && !layer.equals(before.layer());
        }
    }

    List<Classified> classify(
            String groupId,
            ZoneId zone,
            OffsetDateTime now,
            List<LayerState> states,
            Map<String, ActivityFigures> figures) {
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        int slices = (states.size() + SLICE - 1) / SLICE;
        List<List<Classified>> results = new ArrayList<>(Collections.nCopies(slices, List.of()));
        // Slices are independent and the engine's session pool is shared safely, so large groups
        // use every core; a group that fits one slice stays on the calling thread.
        IntStream.range(0, slices).parallel().forEach(i -> {
            List<LayerState> slice = states.subList(i * SLICE, Math.min(states.size(), (i + 1) * SLICE));
            results.set(i, classifySlice(groupId, zone, today, now, slice, figures));
        });
        List<Classified> classified = new ArrayList<>(states.size());
        results.forEach(classified::addAll);
        return classified;
    }

    private List<Classified> classifySlice(
            String groupId,
            ZoneId zone,
            LocalDate today,
            OffsetDateTime now,
            List<LayerState> slice,
            Map<String, ActivityFigures> figures) {
        List<MemberActivity> facts = new ArrayList<>(slice.size());
        for (LayerState s : slice) {
            facts.add(fact(
                    groupId,
                    s,
                    figures.getOrDefault(s.memberId(), ActivityFigures.none(s.memberId())),
                    zone,
                    today,
                    now));
        }
        return decide(slice, facts);
    }

    /** A member to layer as of a moment of its own: an event's, in a batch of a group's events. */
    record Subject(LayerState state, ActivityFigures figures, OffsetDateTime now) {}

    /**
     * Classifies members each as of their own moment, in one evaluation when the rules decide each
     * member alone ({@link RuleEngine#decidesEachAlone}), one by one otherwise. Each member at most
     * once: their decisions are told apart by the member they name.
     */
    List<Classified> classifyEach(String groupId, ZoneId zone, List<Subject> subjects) {
        if (subjects.size() > 1 && !rules.decidesEachAlone(RULE_SET, MemberActivity.class)) {
            List<Classified> alone = new ArrayList<>(subjects.size());
            subjects.forEach(s -> alone.addAll(classifyEach(groupId, zone, List.of(s))));
            return alone;
        }
        List<LayerState> states = new ArrayList<>(subjects.size());
        List<MemberActivity> facts = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            states.add(s.state());
            facts.add(fact(
                    groupId,
                    s.state(),
                    s.figures(),
                    zone,
                    s.now().atZoneSameInstant(zone).toLocalDate(),
                    s.now()));
        }
        return decide(states, facts);
    }

    private List<Classified> decide(List<LayerState> states, List<MemberActivity> facts) {
        Evaluation evaluation = rules.evaluate(RULE_SET, facts);
        Map<String, List<Decision>> byMember = new HashMap<>(states.size() * 2);
        for (Decision d : evaluation.decisions()) {
            byMember.computeIfAbsent(d.memberId(), k -> new ArrayList<>(3)).add(d);
        }
        List<Classified> classified = new ArrayList<>(states.size());
        for (LayerState s : states) {
            classified.add(read(s, byMember.getOrDefault(s.memberId(), List.of())));
        }
        return classified;
    }

    static MemberActivity fact(
            String groupId, LayerState s, ActivityFigures f, ZoneId zone, LocalDate today, OffsetDateTime now) {
        OffsetDateTime lastSeen = s.lastActiveAt() != null ? s.lastActiveAt() : s.joinedAt();
        long sinceActive = lastSeen == null ? 0 : Math.max(0, days(lastSeen, zone, today));
        long sinceJoined = s.joinedAt() == null ? -1 : Math.max(0, days(s.joinedAt(), zone, today));
        long pending = s.demotionDueSince() == null
                ? -1
                : Math.max(0, Duration.between(s.demotionDueSince(), now).toDays());
        return new MemberActivity(
                groupId,
                s.memberId(),
                s.role().name(),
                s.layer() == null ? "" : s.layer(),
                s.locked(),
                f.messages7d(),
                f.messages30d(),
                f.messages100d(),
                f.shares30d(),
                f.questions30d(),
                f.reactionsGiven30d(),
                f.reactionsReceived30d(),
                f.checkIns30d(),
                f.orders30d(),
                f.linkClicks30d(),
                sinceActive,
                sinceJoined,
                pending);
    }

    static long days(OffsetDateTime at, ZoneId zone, LocalDate today) {
        return ChronoUnit.DAYS.between(at.atZoneSameInstant(zone).toLocalDate(), today);
    }

    private static Classified read(LayerState before, List<Decision> decisions) {
        String layer = before.layer();
        String persona = null;
        boolean pending = false;
        Decision placed = null;
        List<String> explanation = new ArrayList<>(2);
        String personaReason = null;
        for (Decision d : decisions) {
            String outcome = d.outcome();
            if (outcome.startsWith("LAYER_") && placed == null) {
                layer = outcome.substring("LAYER_".length()).toLowerCase(Locale.ROOT);
                placed = d;
                explanation.add(0, d.reason());
            } else if (outcome.startsWith("PERSONA_") && persona == null) {
                persona = outcome.substring("PERSONA_".length())
                        .toLowerCase(Locale.ROOT)
                        .replace('_', '-');
                personaReason = d.reason();
            } else if (outcome.equals("DEMOTION_PENDING")) {
                pending = true;
            }
        }
        if (placed == null) {
            explanation.add("no layering rule placed this member; layer unchanged");
        }
        if (personaReason != null) {
            explanation.add(personaReason);
        }
        return new Classified(before, layer, persona, List.copyOf(explanation), pending, placed);
    }
}
