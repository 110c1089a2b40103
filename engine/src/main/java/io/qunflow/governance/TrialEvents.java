package io.qunflow.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.common.RequestChecks;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Checks events given to try rules on, the way the event API checks what connectors post. */
final class TrialEvents {

    private TrialEvents() {}

    static void check(String field, TrialEvent event, RequestChecks checks) {
        if (event == null) {
            checks.add(field, "is required");
            return;
        }
        checks.text(field + ".eventId", event.eventId(), 100, false);
        EventType type = checks.oneOf(field + ".type", event.type(), EventType.class, true);
        checks.id(field + ".memberId", event.memberId(), true);
        time(field + ".at", event.at(), true, checks);
        if (event.payload() != null
                && !event.payload().isNull()
                && !event.payload().isObject()) {
            checks.add(field + ".payload", "must be a JSON object");
        } else if (type == EventType.MESSAGE_POSTED) {
            JsonNode text = event.payload() == null ? null : event.payload().get("text");
            if (text == null || !text.isTextual()) {
                checks.add(field + ".payload.text", "is required");
            } else {
                checks.text(field + ".payload.text", text.asText(), 10_000, false);
            }
        }
    }

    static void time(String field, String value, boolean required, RequestChecks checks) {
        if (value == null) {
            if (required) {
                checks.add(field, "is required");
            }
            return;
        }
        try {
            parse(value);
        } catch (DateTimeParseException e) {
            checks.add(field, "must be an ISO-8601 time with offset, e.g. 2026-11-23T10:15:30+08:00");
        }
    }

    static OffsetDateTime parse(String value) {
        return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static GroupEvent toGroupEvent(String eventId, String groupId, TrialEvent event) {
        JsonNode payload = event.payload() == null || event.payload().isNull()
                ? JsonNodeFactory.instance.objectNode()
                : event.payload();
        return new GroupEvent(
                eventId, groupId, EventType.valueOf(event.type()), event.memberId(), parse(event.at()), payload);
    }
}
