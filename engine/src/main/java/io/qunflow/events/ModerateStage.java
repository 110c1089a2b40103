package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.members.Member;
import io.qunflow.moderation.MessageFlags;
import io.qunflow.moderation.ModerationService;
import org.springframework.stereotype.Component;

/**
 * Moderate: a message is screened and judged by the moderation rules, with the member's pace of
 * posting (the stored messages in the flood window, and this one).
 */
@Component
class ModerateStage implements EventStage {

    private final ModerationService moderation;
    private final EventStore events;

    ModerateStage(ModerationService moderation, EventStore events) {
        this.moderation = moderation;
        this.events = events;
    }

    @Override
    public void apply(EventInProgress e) {
        if (e.type() != EventType.MESSAGE_POSTED) {
            return;
        }
        GroupEvent event = e.event();
        Member speaker = e.actor();
        JsonNode payload = event.payload();
        MessageFlags flags = new MessageFlags(
                payload.path("miniProgram").asBoolean(false),
                payload.path("qrImage").asBoolean(false),
                payload.path("link").asBoolean(false),
                payload.path("contactCard").asBoolean(false),
                payload.path("contactCardOwner").asText(null));
        // The stored messages in the window, and this one, which is stored once it is decided.
        int recentMessages = events.countMessages(
                        e.group().id(),
                        event.memberId(),
                        event.at().minusSeconds(moderation.floodWindowSeconds()),
                        event.at())
                + 1;
        ModerationService.Moderation moderated = moderation.moderate(new ModerationService.MessageToCheck(
                event.eventId(),
                e.group().id(),
                speaker.memberId(),
                speaker.role().name(),
                speaker.layer(),
                speaker.joinedAt(),
                payload.path("text").asText(""),
                flags,
                event.at(),
                recentMessages));
        if (moderated.evaluation() != null) {
            e.judged(moderated.evaluation(), moderated.evidence());
        }
    }
}
