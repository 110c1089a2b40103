package io.qunflow.rewards;

import io.qunflow.common.Words;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What booking a reward reads and writes: the stored ledger ({@link RewardStore}), or a batch's,
 * whose keys are looked up at once and whose entries are written together ({@link BatchLedger}).
 */
interface Ledger {

    boolean hasPoints(String key);

    void addPoints(
            String groupId,
            String memberId,
            int points,
            String reason,
            String rule,
            String eventId,
            String key,
            OffsetDateTime at,
            OffsetDateTime earnedAt);

    boolean hasEnvelope(String key);

    void addEnvelope(
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
            OffsetDateTime at);

    /**
     * Cents sent (not refused) by the group, paid on the days from {@code from} to {@code to}, both
     * included: what the budgets weigh.
     */
    long sent(String groupId, LocalDate from, LocalDate to);
}
