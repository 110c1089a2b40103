package io.qunflow.actions;

import io.qunflow.rules.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * An action to put in the outbox.
 *
 * @param dedupeKey unique per real-world action: the same key twice is stored once, so a retried
 *     event or a re-run timer cannot emit the action again
 */
public record NewAction(
        String dedupeKey,
        ActionType type,
        String groupId,
        String eventId,
        String memberId,
        String text,
        Long amountCents,
        Integer points) {
    /**
     * The actions a list of decisions calls for: one per decision whose outcome names an action
     * type, keyed {@code keyPrefix#index:TYPE} so the same decisions never queue twice.
     *
     * @param eventId the event that caused them, or null for workflow runs
     * @param memberId the member a decision concerns when it names none itself
     */
    public static List<NewAction> fromDecisions(
            String keyPrefix, String groupId, String eventId, String memberId, List<Decision> decisions) {
        List<NewAction> actions = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            ActionType type = ActionType.fromOutcome(d.outcome());
            if (type != null) {
                actions.add(new NewAction(
                        keyPrefix + "#" + i + ":" + type,
                        type,
                        groupId,
                        eventId,
                        d.memberId() != null ? d.memberId() : memberId,
                        d.text(),
                        d.amountCents(),
                        d.points()));
            }
        }
        return actions;
    }
}
