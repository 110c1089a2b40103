package io.qunflow.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.actions.Action;
import io.qunflow.moderation.ModerationService;
import java.util.List;

/** What the engine answers for an event: what was decided, by which rule, and what to carry out. */
public record EventAnswer(String eventId, boolean duplicate, List<DecisionView> decisions, List<ActionView> actions) {

    EventAnswer asDuplicate() {
        return new EventAnswer(eventId, true, decisions, actions);
    }

    /**
     * One decision, naming the rule set version and rule that made it, and for moderation the
     * evidence: category, the matched text as written and normalised, and the strike count.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(
            String ruleSet,
            int ruleSetVersion,
            String rule,
            String outcome,
            String reason,
            ModerationService.Evidence evidence) {}

    /** One action put in the outbox for a connector to carry out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(
            String id,
            String type,
            String groupId,
            @JsonInclude(JsonInclude.Include.ALWAYS) String eventId,
            String memberId,
            String text,
            Long amountCents,
            Integer points) {

        static ActionView of(Action action) {
            return new ActionView(
                    action.id(),
                    action.type().name(),
                    action.groupId(),
                    action.eventId(),
                    action.memberId(),
                    action.text(),
                    action.amountCents(),
                    action.points());
        }
    }
}
