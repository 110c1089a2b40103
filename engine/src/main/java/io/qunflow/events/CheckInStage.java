package io.qunflow.events;

import io.qunflow.checkins.CheckInService;
import org.springframework.stereotype.Component;

/** Check-in: a CHECKED_IN event counts once per member and day, and moves the streak. */
@Component
class CheckInStage implements EventStage {

    private final CheckInService checkIns;

    CheckInStage(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public void apply(EventInProgress e) {
        if (e.type() == EventType.CHECKED_IN) {
            GroupEvent event = e.event();
            e.checkedIn(checkIns.checkIn(e.group(), event.memberId(), event.eventId(), event.at()));
        }
    }
}
