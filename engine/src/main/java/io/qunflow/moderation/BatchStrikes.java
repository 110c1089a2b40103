package io.qunflow.moderation;

import io.qunflow.rules.model.Offence;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strikes of a batch of one group's events: the members' strikes since the earliest window
 * the batch can ask about, and all their removals, read at once; the strikes the batch adds are
 * counted from memory at once and stored on {@link #flush}. A window reaching back before what
 * was read is counted by the store (and what the batch added).
 */
final class BatchStrikes implements StrikeBook {

    /** Where the places of this batch's strikes begin: after every stored one, as their ids will. */
    private static final long ADDED = Long.MAX_VALUE / 2;

    private static final Comparator<StrikeStore.Held> NEWEST_FIRST = Comparator.comparing(
                    (StrikeStore.Held h) -> h.strike().at())
            .thenComparingLong(StrikeStore.Held::id)
            .reversed();

    private final String groupId;
    private final StrikeStore store;
    private final OffsetDateTime readSince;
    private final Map<String, List<StrikeStore.Held>> held = new HashMap<>();
    private final List<StrikeStore.Held> added = new ArrayList<>();

    BatchStrikes(String groupId, Collection<String> memberIds, OffsetDateTime readSince, StrikeStore store) {
        this.groupId = groupId;
        this.store = store;
        this.readSince = readSince;
        for (StrikeStore.Held h : store.heldSince(groupId, memberIds, readSince)) {
            held.computeIfAbsent(h.memberId(), m -> new ArrayList<>()).add(h);
        }
    }

    @Override
    public int countSince(String groupId, String memberId, OffsetDateTime since) {
        List<StrikeStore.Held> member = held.getOrDefault(memberId, List.of());
        if (since.isBefore(readSince)) {
            int addedHere = (int) member.stream()
                    .filter(h -> h.id() >= ADDED && !h.strike().at().isBefore(since))
                    .count();
            return store.countSince(groupId, memberId, since) + addedHere;
        }
        return (int)
                member.stream().filter(h -> !h.strike().at().isBefore(since)).count();
    }

    @Override
    public List<Strike> removals(String groupId, String memberId) {
        return held.getOrDefault(memberId, List.of()).stream()
                .filter(h -> h.strike().outcome().equals("REMOVE_MEMBER"))
                .sorted(NEWEST_FIRST)
                .map(StrikeStore.Held::strike)
                .toList();
    }

    @Override
    public void record(
            String groupId,
            String memberId,
            String eventId,
            String rule,
            String outcome,
            Offence offence,
            String reason,
            OffsetDateTime at) {
        StrikeStore.Held h = new StrikeStore.Held(
                ADDED + added.size(),
                memberId,
                new Strike(
                        eventId,
                        rule,
                        offence.category(),
                        offence.severity(),
                        offence.term(),
                        outcome,
                        offence.matchedOriginal(),
                        offence.matchedNormalized(),
                        reason,
                        at));
        added.add(h);
        held.computeIfAbsent(memberId, m -> new ArrayList<>()).add(h);
    }

    /** Stores the strikes the batch added, in order. */
    void flush() {
        if (!added.isEmpty()) {
            store.insertAll(groupId, added);
        }
    }
}
