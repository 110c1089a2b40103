package io.qunflow.checkins;

import io.qunflow.groups.Group;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The check-ins of one batch of a group's events (see {@link CheckInService#batch}): the members'
 * days as read, and the check-ins the batch added, written on {@link #flush}.
 */
public final class CheckInBatch {

    private final Group group;
    private final CheckInStore store;
    private final Map<String, NavigableSet<LocalDate>> days;
    private final List<CheckInStore.NewCheckIn> added = new ArrayList<>();

    CheckInBatch(Group group, CheckInStore store, Map<String, NavigableSet<LocalDate>> days) {
        this.group = group;
        this.store = store;
        this.days = days;
    }

    /** See {@link CheckInService#checkIn}. */
    public CheckIn checkIn(String memberId, String eventId, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(group.timeZone()).toLocalDate();
        NavigableSet<LocalDate> memberDays =
                days.computeIfAbsent(memberId, m -> new TreeSet<>(Comparator.reverseOrder()));
        boolean counted = memberDays.add(day);
        if (counted) {
            added.add(new CheckInStore.NewCheckIn(memberId, day, eventId, at));
        }
        return new CheckIn(counted, day, CheckInService.streakEndingOn(memberDays, day), memberDays.size());
    }

    /** Stores the check-ins the batch counted, in one batch statement. */
    public void flush() {
        if (!added.isEmpty()) {
            store.insertAll(group.id(), added);
        }
    }
}
