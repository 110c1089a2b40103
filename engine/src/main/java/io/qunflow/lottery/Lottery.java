package io.qunflow.lottery;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A lottery and, once drawn, what it takes to audit it.
 *
 * @param status OPEN until drawn, then DRAWN
 * @param closesAt when it is drawn without anyone asking, or null for a lottery drawn by hand
 * @param seed the draw's seed (hex), or null before the draw
 * @param entrants the eligible members the draw chose from, sorted, or empty before the draw
 * @param prizesAtDraw each prize with the units that were available to the draw
 */
public record Lottery(
        String id,
        String groupId,
        String title,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime closesAt,
        OffsetDateTime drawnAt,
        String seed,
        List<String> entrants,
        Integer ruleSetVersion,
        List<Prize> prizes,
        List<Prize> prizesAtDraw,
        List<LotteryDraw.Winner> winners) {}
