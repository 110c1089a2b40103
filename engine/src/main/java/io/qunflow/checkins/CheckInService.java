package io.qunflow.checkins;

import io.qunflow.groups.Group;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins: one per member per day in the group's time zone (the day of the event's own time),
 * with the consecutive streak and the cumulative count that reward rules tier on.
 */
@Service
public class CheckInService {

    private final CheckInStore store;
    private final Clock clock;

    CheckInService(CheckInStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records the check-in unless the member already checked in that day. */
    @Transactional
    public CheckIn checkIn(Group group, String memberId, String eventId, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(group.timeZone()).toLocalDate();
        boolean counted = !store.exists(group.id(), memberId, day);
        if (counted) {
            store.insert(group.id(), memberId, day, eventId, at);
        }
        List<LocalDate> days = store.days(group.id(), memberId);
        return new CheckIn(counted, day, streakEndingOn(days, day), days.size());
    }

    /**
     * The check-ins of a batch of the group's events, for the members named: their check-in days
     * read at once, each check-in applied in memory in the events' order as {@link #checkIn} applies
     * it, and the new ones written together on {@link CheckInBatch#flush}, in the caller's transaction.
     */
    public CheckInBatch batch(Group group, Collection<String> memberIds) {
        return new CheckInBatch(
                group, store, memberIds.isEmpty() ? new HashMap<>() : store.days(group.id(), memberIds));
    }

    /** The member's streaks as of today in the group's time zone. */
    public CheckInStreakView streak(Group group, String memberId) {
        LocalDate today =
                OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate();
        List<LocalDate> days = store.days(group.id(), memberId);
        boolean checkedToday = !days.isEmpty() && days.get(0).equals(today);
        int current = checkedToday ? streakEndingOn(days, today) : streakEndingOn(days, today.minusDays(1));
        return new CheckInStreakView(
                memberId, current, longest(days), days.size(), days.isEmpty() ? null : days.get(0), checkedToday);
    }

    /** Consecutive days ending on {@code day}, from days sorted newest first. */
    static int streakEndingOn(Iterable<LocalDate> newestFirst, LocalDate day) {
        int streak = 0;
        LocalDate expected = day;
        for (LocalDate d : newestFirst) {
            if (d.isAfter(expected)) {
                continue;
            }
            if (!d.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return streak;
    }

    static int longest(List<LocalDate> newestFirst) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : newestFirst) {
            run = previous != null && d.equals(previous.minusDays(1)) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }
        return longest;
    }
}
