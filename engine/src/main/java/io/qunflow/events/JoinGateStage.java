package io.qunflow.events;

import io.qunflow.moderation.JoinGate;
import io.qunflow.moderation.ModerationService;
import org.springframework.stereotype.Component;

/**
 * Join gate: a counted join is put to the moderation rules through the {@link JoinGate} (the
 * nickname screened like a message, a member removed for a violation before recognised). When the
 * rules decide anything about the member, the join is not welcomed as a new one.
 */
@Component
class JoinGateStage implements EventStage {

    private final JoinGate gate;

    JoinGateStage(JoinGate gate) {
        this.gate = gate;
    }

    @Override
    public void apply(EventInProgress e) {
        if (!e.countedJoin()) {
            return;
        }
        ModerationService.Moderation moderated = gate.screen(
                e.event().eventId(),
                e.memberJoin(),
                e.actor().layer(),
                e.event().at());
        if (moderated.evaluation() != null) {
            e.judged(moderated.evaluation(), moderated.evidence());
            if (!moderated.evaluation().decisions().isEmpty()) {
                e.objectedAtGate();
            }
        }
    }
}
