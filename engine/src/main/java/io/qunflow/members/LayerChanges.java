package io.qunflow.members;

import io.qunflow.groups.Group;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores what {@link Layering} decided, for one member as an event comes in or for a whole group
 * on a pruning pass, and turns each change of layer into a TAG_MEMBER decision announced as
 * {@link MemberLayerChanged}. Runs in the caller's transaction.
 */
@Component
class LayerChanges {

    private final MemberStore members;
    private final ActivityStore activity;
    private final LayerStore layers;
    private final Layering layering;
    private final RuleEngine rules;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    LayerChanges(
            MemberStore members,
            ActivityStore activity,
            LayerStore layers,
            Layering layering,
            RuleEngine rules,
            ApplicationEventPublisher published,
            Clock clock) {
        this.members = members;
        this.activity = activity;
        this.layers = layers;
        this.layering = layering;
        this.rules = rules;
        this.published = published;
        this.clock = clock;
    }

    /** See {@link MemberService#recordActivity(Group, String, OffsetDateTime, ActivityCounts)}. */
    Evaluation recordActivity(Group group, Member member, OffsetDateTime at, ActivityCounts counts) {
        String memberId = member.memberId();
        if (counts != null) {
            activity.add(
                    group.id(), memberId, at.atZoneSameInstant(group.timeZone()).toLocalDate(), counts);
        }
        LayerState state = layers.find(group.id(), memberId).orElseThrow();
        if (counts != null) {
            // As it will be once this event's write lands: layering reads the days since last active.
            state = state.activeAt(at);
        }
        OffsetDateTime now = now();
        Layering.Classified classified = layering.classify(
                        group.id(),
                        group.timeZone(),
                        now,
                        List.of(state),
                        Map.of(memberId, activity.figures(group.id(), memberId, today(group.timeZone()))))
                .get(0);
        LayerUpdate update = layerUpdate(classified, now);
        if (counts != null) {
            members.recordActivity(group.id(), memberId, counts.messages(), at, update);
        } else if (update != null) {
            layers.save(group.id(), memberId, update);
        }
        return new Evaluation(
                Layering.RULE_SET,
                rules.activeVersion(Layering.RULE_SET),
                tag(group.id(), classified, now).map(List::of).orElse(List.of()));
    }

    /**
     * Stores what layering decided and answers a TAG_MEMBER decision per member who changed layer
     * (named after the rule that placed them).
     */
    List<Decision> applyLayers(String groupId, List<Layering.Classified> classified, OffsetDateTime now) {
        List<Decision> tags = new ArrayList<>();
        for (Layering.Classified c : classified) {
            LayerUpdate update = layerUpdate(c, now);
            if (update != null) {
                layers.save(groupId, c.before().memberId(), update);
            }
            tag(groupId, c, now).ifPresent(tags::add);
        }
        return tags;
    }

    /** What layering changed for the member, or null when layer, persona, grace and words all stay. */
    static LayerUpdate layerUpdate(Layering.Classified c, OffsetDateTime now) {
        LayerState before = c.before();
        OffsetDateTime pendingSince =
                c.changed() || !c.demotionPending() ? null : Objects.requireNonNullElse(before.demotionDueSince(), now);
        String explanation = String.join("\n", c.explanation());
        boolean same = !c.changed()
                && Objects.equals(before.persona(), c.persona())
                && Objects.equals(before.demotionDueSince(), pendingSince)
                && explanation.equals(before.explanation());
        return same
                ? null
                : new LayerUpdate(c.layer(), c.persona(), explanation, c.changed() ? now : null, pendingSince, now);
    }

    /**
     * The TAG_MEMBER decision for a member who changed layer, announced as {@link MemberLayerChanged}.
     * A member's first layer is not tagged when it is the default one, silent: every new member
     * starts there.
     */
    Optional<Decision> tag(String groupId, Layering.Classified c, OffsetDateTime now) {
        LayerState before = c.before();
        if (!c.changed() || (before.layer() == null && "silent".equals(c.layer()))) {
            return Optional.empty();
        }
        Decision placed = c.layerDecision();
        String from = before.layer() == null ? "none" : before.layer();
        published.publishEvent(new MemberLayerChanged(
                groupId, before.memberId(), before.layer(), c.layer(), placed.rule(), placed.reason(), now));
        return Optional.of(new Decision(
                placed.ruleSet(),
                placed.ruleSetVersion(),
                placed.rule(),
                "TAG_MEMBER",
                "layer " + from + " → " + c.layer() + ": " + placed.reason(),
                before.memberId(),
                "layer:" + c.layer(),
                null,
                null));
    }

    private LocalDate today(ZoneId zone) {
        return OffsetDateTime.now(clock).atZoneSameInstant(zone).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
