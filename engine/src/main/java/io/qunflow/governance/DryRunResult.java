package io.qunflow.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.events.EventAnswer;
import io.qunflow.rules.RuleProblem;
import java.util.List;

/**
 * What the events would get. {@code version} is the version decisions name: the active one, or
 * 0 for an unpublished source. Action ids are shown but nothing was stored or sent.
 */
public record DryRunResult(String ruleSet, int version, List<Outcome> events, List<RuleProblem> warnings) {

    /** One event's decisions and actions, or why it could not be decided (later events are then not run). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(
            String eventId,
            List<EventAnswer.DecisionView> decisions,
            List<EventAnswer.ActionView> actions,
            String error) {}
}
