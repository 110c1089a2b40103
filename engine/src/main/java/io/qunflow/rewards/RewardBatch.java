package io.qunflow.rewards;

import io.qunflow.groups.Group;
import io.qunflow.members.Member;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.MemberJoin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** A check-in whose rewards the rules are still to decide, with what they decide on. */
    private record CheckInToDecide(
            String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day, OffsetDateTime now) {}

    private static final class Booking {
        Settlement.Decided decided;
        final CheckInToDecide checkIn;
        Evaluation settled;

        Booking(Settlement.Decided decided, CheckInToDecide checkIn) {
            this.decided = decided;
            this.checkIn = checkIn;
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

    /**
     * See {@link RewardService#checkedIn}; the answer is ready after {@link #flush}. The rules decide
     * on the batch's check-ins together, in rounds (each member's first check-in, then each one's
     * second…), when they decide each check-in alone.
     */
    public Supplier<Evaluation> checkedIn(String eventId, OffsetDateTime at, CheckInStreak streak, LocalDate day) {
        return book(new Booking(null, new CheckInToDecide(eventId, at, streak, day, rewards.now())));
    }

    /** Books every decided reward in order, then stores them: keys looked up at once, entries inserted together. */
    public void flush() {
        if (bookings.isEmpty()) {
            return;
        }
        decideCheckIns();
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

    private void decideCheckIns() {
        Map<String, Deque<Booking>> waiting = new LinkedHashMap<>();
        for (Booking b : bookings) {
            if (b.checkIn != null) {
                waiting.computeIfAbsent(b.checkIn.streak().memberId(), m -> new ArrayDeque<>())
                        .add(b);
            }
        }
        while (!waiting.isEmpty()) {
            List<Booking> round = new ArrayList<>(waiting.size());
            for (Iterator<Deque<Booking>> members = waiting.values().iterator(); members.hasNext(); ) {
                Deque<Booking> member = members.next();
                round.add(member.poll());
                if (member.isEmpty()) {
                    members.remove();
                }
            }
            List<Evaluation> decided = rewards.evaluateCheckIns(
                    round.stream().map(b -> b.checkIn.streak()).toList());
            for (int i = 0; i < round.size(); i++) {
                CheckInToDecide c = round.get(i).checkIn;
                round.get(i).decided =
                        rewards.decidedCheckIn(c.eventId(), c.at(), c.streak(), c.day(), decided.get(i), c.now());
            }
        }
    }

    private Supplier<Evaluation> book(Settlement.Decided decided) {
        return book(new Booking(decided, null));
    }

    private Supplier<Evaluation> book(Booking booking) {
        bookings.add(booking);
        return () -> {
            if (booking.settled == null) {
                throw new IllegalStateException("Rewards of an event are not booked yet");
            }
            return booking.settled;
        };
    }
}
