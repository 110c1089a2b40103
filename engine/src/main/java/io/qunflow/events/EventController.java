package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.common.RequestChecks;
import io.qunflow.members.MemberRole;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where connectors post what happened in a group. */
@RestController
class EventController {

    private static final Pattern BIRTHDAY = Pattern.compile("(\\d{4}-)?\\d{2}-\\d{2}");

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    record EventRequest(String eventId, String type, String memberId, String at, JsonNode payload) {}

    @PostMapping("/api/v1/groups/{groupId}/events")
    EventAnswer post(@PathVariable String groupId, @RequestBody EventRequest request) {
        return events.accept(check(groupId, request));
    }

    private static GroupEvent check(String groupId, EventRequest request) {
        RequestChecks checks = new RequestChecks();
        checks.text("eventId", request.eventId(), 200, true);
        EventType type = checks.oneOf("type", request.type(), EventType.class, true);
        checks.id("memberId", request.memberId(), true);
        OffsetDateTime at = null;
        if (request.at() == null) {
            checks.add("at", "is required");
        } else {
            try {
                at = OffsetDateTime.parse(request.at()).withOffsetSameInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                checks.add("at", "must be an ISO-8601 time with offset, e.g. 2026-11-23T10:15:30+08:00");
            }
        }
        JsonNode payload = request.payload() == null ? JsonNodeFactory.instance.objectNode() : request.payload();
        if (!payload.isObject()) {
            checks.add("payload", "must be a JSON object");
        } else if (type != null) {
            checkPayload(type, payload, checks);
        }
        checks.throwIfAny("The event");
        return new GroupEvent(request.eventId(), groupId, type, request.memberId(), at, payload);
    }

    private static void checkPayload(EventType type, JsonNode payload, RequestChecks checks) {
        switch (type) {
            case MEMBER_JOINED -> {
                JsonNode role = payload.get("role");
                if (role != null && !role.isNull()) {
                    checks.oneOf("payload.role", role.isTextual() ? role.asText() : role.toString(),
                            MemberRole.class, false);
                }
                text(payload, "nickname", 100, false, checks);
                String birthday = text(payload, "birthday", 10, false, checks);
                if (birthday != null && !BIRTHDAY.matcher(birthday).matches()) {
                    checks.add("payload.birthday", "must be MM-DD or YYYY-MM-DD");
                }
                text(payload, "channel", 100, false, checks);
            }
            case MESSAGE_POSTED -> {
                text(payload, "text", 10_000, true, checks);
                for (String flag : new String[] {"miniProgram", "qrImage", "link"}) {
                    JsonNode value = payload.get(flag);
                    if (value != null && !value.isNull() && !value.isBoolean()) {
                        checks.add("payload." + flag, "must be true or false");
                    }
                }
            }
            case REACTION_GIVEN -> {
                String target = text(payload, "targetMemberId", 100, true, checks);
                if (target != null) {
                    checks.id("payload.targetMemberId", target, true);
                }
            }
            case ORDER_PAID -> {
                JsonNode amount = payload.get("amountCents");
                if (amount == null || amount.isNull()) {
                    checks.add("payload.amountCents", "is required");
                } else if (!amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() < 0) {
                    checks.add("payload.amountCents", "must be a whole number of cents, 0 or more");
                }
                text(payload, "orderId", 200, false, checks);
            }
            case LINK_CLICKED -> text(payload, "url", 4000, false, checks);
            default -> {}
        }
    }

    private static String text(JsonNode payload, String field, int max, boolean required, RequestChecks checks) {
        JsonNode value = payload.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            checks.add("payload." + field, "must be a string");
            return null;
        }
        String text = value == null || value.isNull() ? null : value.asText();
        if (required && text == null) {
            checks.add("payload." + field, "is required");
            return null;
        }
        if (text != null) {
            checks.text("payload." + field, text, max, false);
        }
        return text;
    }
}
