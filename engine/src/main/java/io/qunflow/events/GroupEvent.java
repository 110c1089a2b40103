package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** An event as checked and accepted: its own time {@code at}, not the time it arrived. */
public record GroupEvent(
        String eventId, String groupId, EventType type, String memberId, OffsetDateTime at, JsonNode payload) {}
