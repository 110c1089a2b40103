package io.qunflow.rewards;

import io.qunflow.common.Words;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ledger as a batch books into it: the keys it can meet looked up at once, the entries it
 * adds kept (and counted against the budgets) until {@link #flush} inserts them together.
 */
final class BatchLedger implements Ledger {

    private record Sent(String groupId, LocalDate paidDay, long cents) {}

    private final RewardStore store;
    private final Set<String> pointKeys;
    private final Set<String> envelopeKeys;
    private final List<Object[]> points = new ArrayList<>();
    private final List<Object[]> envelopes = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();

    /** Given the keys of those the batch may book that are booked already. */
    BatchLedger(RewardStore store, Set<String> pointKeys, Set<String> envelopeKeys) {
        this.store = store;
        this.pointKeys = pointKeys;
        this.envelopeKeys = envelopeKeys;
    }

    @Override
    public boolean hasPoints(String key) {
        return pointKeys.contains(key);
    }

    @Override
    public void addPoints(
            String groupId,
            String memberId,
            int points,
            String reason,
            String rule,
            String eventId,
            String key,
            OffsetDateTime at,
            OffsetDateTime earnedAt) {
        pointKeys.add(key);
        this.points.add(new Object[] {groupId, memberId, points, reason, rule, eventId, key, at, earnedAt});
    }

    @Override
    public boolean hasEnvelope(String key) {
        return envelopeKeys.contains(key);
    }

    @Override
    public void addEnvelope(
            String groupId,
            String memberId,
            long amountCents,
            String reason,
            String rule,
            String eventId,
            String key,
            LocalDate day,
            LocalDate paidDay,
            String status,
            Words refusal,
            OffsetDateTime at) {
        envelopeKeys.add(key);
        envelopes.add(RewardStore.envelopeRow(
                groupId, memberId, amountCents, reason, rule, eventId, key, day, paidDay, status, refusal, at));
        if ("SENT".equals(status)) {
            sent.add(new Sent(groupId, paidDay, amountCents));
        }
    }

    @Override
    public long sent(String groupId, LocalDate from, LocalDate to) {
        long cents = store.sent(groupId, from, to);
        for (Sent s : sent) {
            if (s.groupId().equals(groupId)
                    && !s.paidDay().isBefore(from)
                    && !s.paidDay().isAfter(to)) {
                cents += s.cents();
            }
        }
        return cents;
    }

    void flush() {
        if (!points.isEmpty()) {
            store.addAllPoints(points);
        }
        if (!envelopes.isEmpty()) {
            store.addAllEnvelopes(envelopes);
        }
    }
}
