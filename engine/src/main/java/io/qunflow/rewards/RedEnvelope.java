package io.qunflow.rewards;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A red envelope a rule decided.
 *
 * @param memberId who it is for, or null for the whole group
 * @param rewardDay the occasion's day in the group's time zone
 * @param paidDay the day it was paid (or refused) in the group's time zone, which the budgets weigh
 * @param status SENT, or REFUSED when it would have gone over budget
 * @param refusal why it was refused, with the figures, or null
 * @param refusalZh the same in Chinese, or null (refused before the engine said why in Chinese)
 */
public record RedEnvelope(
        String memberId,
        long amountCents,
        String reason,
        String rule,
        String eventId,
        LocalDate rewardDay,
        LocalDate paidDay,
        String status,
        String refusal,
        String refusalZh,
        OffsetDateTime at) {}
