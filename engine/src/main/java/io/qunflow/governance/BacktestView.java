package io.qunflow.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A backtest and how far it got. {@code total} counts replays: every stored event in the range
 * is replayed once on the active version and once on the candidate. The report, once DONE, holds
 * {@code events}, {@code active} and {@code candidate} (decisions of the rule set per outcome),
 * {@code changedEvents} and {@code changedMembers} (members whose outcomes differ, with both sides).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BacktestView(
        String id,
        String ruleSet,
        int activeVersion,
        OffsetDateTime from,
        OffsetDateTime to,
        String status,
        int processed,
        int total,
        String startedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        JsonNode report,
        String failure) {}
