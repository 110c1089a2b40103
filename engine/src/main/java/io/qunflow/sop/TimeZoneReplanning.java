package io.qunflow.sop;

import io.qunflow.groups.GroupTimeZoneChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-plans a group's next post when the group moves to another time zone. Its calendar's times
 * are read on the group's clocks, but the waiting timer was set by the old zone's: it fired at
 * the old zone's hour, found nothing due by the new zone's, and the next post in between was lost.
 */
@Component
class TimeZoneReplanning {

    private final SopStore store;
    private final SopDelivery delivery;

    TimeZoneReplanning(SopStore store, SopDelivery delivery) {
        this.store = store;
        this.delivery = delivery;
    }

    /** After the edit is committed, so the plan reads the new zone; a group without a calendar has nothing to plan. */
    @TransactionalEventListener
    void on(GroupTimeZoneChanged change) {
        if (!store.entries(change.groupId()).isEmpty()) {
            delivery.calendarChanged(change.groupId());
        }
    }
}
