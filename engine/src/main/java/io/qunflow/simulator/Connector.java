package io.qunflow.simulator;

import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * A simulated run's connector: posts planned events to the engine by their own times, counts what
 * it accepted and refused, and carries out the removals it is answered with by reporting the
 * member gone a few seconds later, as a chat platform's connector would.
 */
final class Connector {

    private static final int SEND_ATTEMPTS = 3;

    final Map<EventType, Long> accepted = new EnumMap<>(EventType.class);
    long refused;

    private final EventService events;
    private final Behaviour behaviour;
    private final String eventIdPrefix;

    Connector(EventService events, Behaviour behaviour, String eventIdPrefix) {
        this.events = events;
        this.behaviour = behaviour;
        this.eventIdPrefix = eventIdPrefix;
    }

    long acceptedTotal() {
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Sends an event as a connector does: a refusal may be the server being busy (a rule
     * evaluation past its time limit on a loaded machine), so the same event, which is applied at
     * most once, is sent again before it counts as refused. Without this one busy moment would
     * change the rest of a seeded run.
     */
    private EventAnswer send(GroupEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return events.accept(event);
            } catch (RuntimeException refusedByEngine) {
                if (attempt == SEND_ATTEMPTS) {
                    return null;
                }
            }
        }
    }

    /** Posts a planned event, unless its member is not (or no longer) there to do it. */
    void post(Agenda.Planned p) {
        SimGroup.SimMember m = p.member();
        boolean joining = p.type() == EventType.MEMBER_JOINED;
        boolean leaving = p.type() == EventType.MEMBER_LEFT;
        // A member who is not (or no longer) in the group does nothing there, nor one being removed.
        if (m.gone || m.in == joining || m.removing && !leaving) {
            return;
        }
        GroupEvent event = new GroupEvent(
                eventIdPrefix + p.seq(),
                p.group().id,
                p.type(),
                m.id,
                OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC),
                p.payload());
        EventAnswer answer = send(event);
        if (answer == null) {
            refused++;
            return;
        }
        accepted.merge(p.type(), 1L, Long::sum);
        if (joining) {
            m.in = true;
        } else if (leaving) {
            m.in = false;
            m.gone = true;
        }
        for (EventAnswer.ActionView action : answer.actions()) {
            if (action.type().equals("REMOVE_MEMBER") && m.id.equals(action.memberId()) && m.in && !m.removing) {
                m.removing = true;
                behaviour.planRemoval(p.group(), m, p.at());
            }
        }
    }
}
