package io.qunflow.events;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.rules.Decision;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Record: the decisions' actions go into the outbox, and the event is stored with its answer and
 * announced as {@link EventApplied}. Last, so that until the transaction commits nothing of the
 * event is visible, and a concurrent call with the same id fails here (or on the unique keys of
 * what it decided) and finds this answer when it tries again.
 */
@Component
class RecordStage implements EventStage {

    private final ActionOutbox outbox;
    private final EventStore events;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    RecordStage(ActionOutbox outbox, EventStore events, ApplicationEventPublisher published, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.published = published;
        this.clock = clock;
    }

    @Override
    public void apply(EventInProgress e) {
        GroupEvent event = e.event();
        List<Action> actions = outbox.enqueue(actionsOf(e));
        EventAnswer answer = answer(e, actions);
        events.insert(
                event,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                answer,
                e.group().phase().name());
        published.publishEvent(new EventApplied(event, answer));
        e.answered(answer);
    }

    /** The actions the event's decisions call for, keyed by the event. */
    static List<NewAction> actionsOf(EventInProgress e) {
        GroupEvent event = e.event();
        List<Decision> decisions = e.judged().stream()
                .flatMap(j -> j.evaluation().decisions().stream())
                .toList();
        return NewAction.fromDecisions(event.eventId(), event.groupId(), event.eventId(), event.memberId(), decisions);
    }

    /** The answer: every decision with its rule (and evidence), and the actions as stored. */
    static EventAnswer answer(EventInProgress e, List<Action> actions) {
        return new EventAnswer(
                e.event().eventId(),
                false,
                e.judged().stream()
                        .flatMap(j -> j.evaluation().decisions().stream()
                                .map(d -> new EventAnswer.DecisionView(
                                        d.ruleSet(),
                                        d.ruleSetVersion(),
                                        d.rule(),
                                        d.outcome(),
                                        d.reason(),
                                        j.evidence())))
                        .toList(),
                actions.stream().map(EventAnswer.ActionView::of).toList());
    }
}
