package io.qunflow.metrics;

import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventApplied;
import io.qunflow.events.EventType;
import io.qunflow.groups.GroupPhaseChanged;
import io.qunflow.members.MemberLayerChanged;
import io.qunflow.members.MembershipChanged;
import io.qunflow.moderation.ModerationService;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps metrics' own tables as the other modules publish what happened: the membership and layer
 * history, the groups' phases, and the moderation actions taken on each message. Written in the transaction of the
 * change, so a change that rolls back leaves nothing behind here either, and the figures stay
 * exact.
 */
@Component
class MetricsFeed {

    /** The actions that moderate a message; the moderation figures count these. */
    static final Set<String> MODERATION_ACTIONS =
            Set.of("WARN_MEMBER", "DELETE_MESSAGE", "REMOVE_MEMBER", "MUTE_MEMBER");

    private final MetricsStore store;
    private final ModerationService moderation;

    MetricsFeed(MetricsStore store, ModerationService moderation) {
        this.store = store;
        this.moderation = moderation;
    }

    @EventListener
    void on(MembershipChanged change) {
        if (change.at() == null) {
            // A dry-run's member who was present before anything was seen joined on no day to count.
            return;
        }
        store.addChange(
                change.groupId(),
                change.memberId(),
                change.inGroup() ? "JOINED" : "LEFT",
                null,
                change.channel(),
                change.at());
    }

    @EventListener
    void on(GroupPhaseChanged change) {
        store.addPhase(change.groupId(), change.to().name(), change.at());
    }

    @EventListener
    void on(MemberLayerChanged change) {
        store.addChange(change.groupId(), change.memberId(), "LAYER", change.to(), null, change.at());
    }

    /**
     * Records each moderation action on a message with the category of the offence it was struck
     * for (none for flooding, which strikes nobody), by the message's own time.
     */
    @EventListener
    void on(EventApplied applied) {
        if (applied.event().type() != EventType.MESSAGE_POSTED) {
            return;
        }
        List<EventAnswer.ActionView> moderated = applied.answer().actions().stream()
                .filter(a -> MODERATION_ACTIONS.contains(a.type()))
                .toList();
        if (moderated.isEmpty()) {
            return;
        }
        List<String> categories = moderation.strikeCategories(applied.event().eventId());
        for (EventAnswer.ActionView action : moderated) {
            for (String category : categories.isEmpty() ? Arrays.asList((String) null) : categories) {
                store.addModeration(
                        applied.event().groupId(),
                        applied.event().eventId(),
                        applied.event().at(),
                        action.type(),
                        category);
            }
        }
    }
}
