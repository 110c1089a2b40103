package io.qunflow.events;

import io.qunflow.rules.RuleEngine;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Welcome: a counted join is welcomed by the welcome rules; a repeated join is not, nor one the
 * join gate's rules decided on (a refused nickname, a member removed before for a violation).
 */
@Component
class WelcomeStage implements EventStage {

    static final String RULE_SET = "welcome";

    private final RuleEngine rules;

    WelcomeStage(RuleEngine rules) {
        this.rules = rules;
    }

    @Override
    public void apply(EventInProgress e) {
        if (e.welcomedJoin()) {
            e.judged(rules.evaluate(RULE_SET, List.of(e.memberJoin())));
        }
    }
}
