package io.qunflow.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.OffsetTime;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.Text;
import io.qunflow.events.EventType;

/**
 * An event to try rules on, as a connector would post it, checked the way the event API checks
 * what connectors post; the event id is optional.
 */
@TrialPayload
public record TrialEvent(
        @Text(max = 100) String eventId,
        @OneOf(value = EventType.class, required = true) String type,
        @Identifier(required = true) String memberId,
        @OffsetTime(required = true) String at,
        JsonNode payload) {}
