package io.qunflow.rewards;

import io.qunflow.groups.Group;
import io.qunflow.members.Member;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.MemberJoin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rewards of one batch of a group's events (see {@link RewardService#batch}): each event's
 * rewards are decided by the rules at once, in the events' order, and booked in that order on
 * {@link #flush}, when the ledger keys they need are looked up together and the entries inserted
 * in batch statements. Booking comes last without changing anything: no rule sees the ledger,
 * so what later events decide does not depend on what earlier ones booked.
 */
public final class RewardBatch {

    private static final class Booking {
        final Settlement.Decided decided;
        Evaluation settled;

        Booking(Settlement.Decided decided) {
            this.decided = decided;
        }
    }

    private final Group group;
    private final RewardService rewards;
    private final Settlement settlement;
    private final RewardStore store;
    private final List<Booking> bookings = new ArrayList<>();

    RewardBatch(Group group, RewardService rewards, Settlement settlement, RewardStore store) {
        this.group = group;
        this.rewards = rewards;
        this.settlement = settlement;
        this.store = store;
    }

    /** See {@link RewardService#joined}; the answer is ready after {@link #flush}. */
    public Supplier<Evaluation> joined(String eventId, MemberJoin join, OffsetDateTime at) {
        return book(rewards.decidedJoin(group, eventId, join, at));
    }

    /** See {@link RewardService#occasions}; the answer is ready after {@link #flush}. */
    public Supplier<Evaluation> occasions(String eventId, Member member, OffsetDateTime at) {
        Settlement.Decided decided = rewards.decidedOccasions(group, eventId, member, at);
        if (decided == null) {
            Evaluation nothing = rewards.nothing();
            return () -> nothing;
        }
        return book(decided);
    }

    /** See {@link RewardService#checkedIn}; the answer is ready after {@link #flush}. */
    public Supplier<Evaluation> checkedIn(String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day) {
        return book(rewards.decidedCheckIn(group, eventId, at, streak, day));
    }

    /** Books every decided reward in order, then stores them: keys looked up at once, entries inserted together. */
    public void flush() {
        if (bookings.isEmpty()) {
            return;
        }
        Set<String> pointKeys = new LinkedHashSet<>();
        Set<String> envelopeKeys = new LinkedHashSet<>();
        for (Booking b : bookings) {
            for (Decision d : b.decided.evaluation().decisions()) {
                switch (d.outcome()) {
                    case "GRANT_POINTS" -> pointKeys.add(b.decided.key(group, d));
                    case "SEND_RED_ENVELOPE" -> envelopeKeys.add(b.decided.key(group, d));
                    default -> {}
                }
            }
        }
        BatchLedger ledger = new BatchLedger(
                store,
                pointKeys.isEmpty() ? new HashSet<>() : store.pointKeys(pointKeys),
                envelopeKeys.isEmpty() ? new HashSet<>() : store.envelopeKeys(envelopeKeys));
        for (Booking b : bookings) {
            b.settled = settlement.settle(group, b.decided, ledger);
        }
        ledger.flush();
    }

    private Supplier<Evaluation> book(Settlement.Decided decided) {
        Booking booking = new Booking(decided);
        bookings.add(booking);
        return () -> {
            if (booking.settled == null) {
                throw new IllegalStateException("Rewards of " + decided.eventId() + " are not booked yet");
            }
            return booking.settled;
        };
    }
}
