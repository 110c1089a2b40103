package io.qunflow.reviews;

import io.qunflow.actions.ActionType;
import io.qunflow.common.Ids;
import io.qunflow.moderation.MessageModerated;
import io.qunflow.rules.Decision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a review item for every rule whose moderation decision had a connector act on a message
 * (warn, delete, remove, mute…); decisions that only record something (EXEMPT) are not reviewed.
 * Written in the transaction of the message, so a message that rolls back opens nothing.
 */
@Component
class ReviewFeed {

    private final ReviewStore store;

    ReviewFeed(ReviewStore store) {
        this.store = store;
    }

    @EventListener
    void on(MessageModerated moderated) {
        Map<String, List<Decision>> byRule = new LinkedHashMap<>();
        for (Decision decision : moderated.decisions()) {
            if (ActionType.fromOutcome(decision.outcome()) != null) {
                byRule.computeIfAbsent(decision.rule(), rule -> new ArrayList<>())
                        .add(decision);
            }
        }
        byRule.forEach((rule, decisions) -> {
            Decision first = decisions.get(0);
            store.open(
                    Ids.next("rev"),
                    moderated,
                    first.memberId() != null ? first.memberId() : moderated.memberId(),
                    first.ruleSetVersion(),
                    rule,
                    decisions.stream().map(Decision::outcome).distinct().toList(),
                    first.reason());
        });
    }
}
