package io.qunflow.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.Timer;
import io.qunflow.api.Problems;
import io.qunflow.common.ConflictException;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.RequestChecks;
import io.qunflow.members.MemberRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where connectors post what happened in a group. */
@RestController
class EventController {

    private static final Pattern BIRTHDAY = Pattern.compile("(\\d{4}-)?\\d{2}-\\d{2}");

    /** The longest payload stored, as JSON text; the store's column holds twice as much. */
    static final int MAX_PAYLOAD = 100_000;

    /** The most events one batch call takes. */
    static final int MAX_BATCH = 1000;

    private final EventService events;
    private final ObjectMapper json;
    private final EventMetrics metrics;

    EventController(EventService events, ObjectMapper json, EventMetrics metrics) {
        this.events = events;
        this.json = json;
        this.metrics = metrics;
    }

    record EventRequest(String eventId, String type, String memberId, String at, JsonNode payload) {}

    @PostMapping("/api/v1/groups/{groupId}/events")
    EventAnswer post(@PathVariable String groupId, @RequestBody EventRequest request) {
        // Every log line written while the event is applied names it (structured logs carry the MDC).
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", groupId);
                MDC.MDCCloseable e = MDC.putCloseable("eventId", request.eventId())) {
            GroupEvent event = check(groupId, request);
            Timer.Sample started = Timer.start();
            EventAnswer answer = events.acceptRetrying(event);
            started.stop(metrics.decisions());
            metrics.accepted(event.type(), answer);
            return answer;
        }
    }

    record BatchRequest(
            @Schema(description = "1 to 1000 events, each {groupId, eventId, type, memberId, at, payload}")
            List<JsonNode> events) {}

    record BatchItem(String groupId, String eventId, String type, String memberId, String at, JsonNode payload) {}

    /**
     * The answer for one event of a batch, at its index: {@code status} 200 with the same
     * {@code answer} a single call gives (duplicates included), or a 4xx {@code problem}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchResult(int index, int status, EventAnswer answer, ProblemDetail problem) {}

    record BatchAnswer(int accepted, int duplicates, int refused, List<BatchResult> results) {}

    @Operation(summary = "Post up to 1000 events of any groups at once", description = """
                    Each event is checked and applied on its own: the answer lists one result per event, \
                    in order, with status 200 and the same answer a single call gives (a repeated eventId, \
                    also within the batch, answers duplicate: true), or a 4xx status and a problem \
                    (400 invalid, 404 unknown group, 409 archived group). A refused event does not stop \
                    the others: the batch is not all-or-nothing. Only a malformed batch itself (no events \
                    array, more than 1000 events) is refused as a whole with 400.""")
    @PostMapping("/api/v1/events:batch")
    BatchAnswer batch(@RequestBody BatchRequest request) {
        RequestChecks whole = new RequestChecks();
        if (request.events() == null) {
            whole.add("events", "is required");
        } else if (request.events().isEmpty() || request.events().size() > MAX_BATCH) {
            whole.add("events", "must hold 1 to " + MAX_BATCH + " events");
        }
        whole.throwIfAny("The batch");
        List<JsonNode> items = request.events();
        BatchResult[] results = new BatchResult[items.size()];
        List<GroupEvent> valid = new ArrayList<>(items.size());
        List<Integer> validAt = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                valid.add(checkItem(items.get(i)));
                validAt.add(i);
            } catch (InvalidRequestException refused) {
                results[i] = refusal(i, refused);
            }
        }
        long started = System.nanoTime();
        List<EventService.Outcome> outcomes = events.acceptAll(valid);
        if (!valid.isEmpty()) {
            // One sample per event, each the batch's mean, so the histogram weighs events alike.
            long each = (System.nanoTime() - started) / valid.size();
            valid.forEach(e -> metrics.decisions().record(each, TimeUnit.NANOSECONDS));
        }
        for (int k = 0; k < outcomes.size(); k++) {
            int i = validAt.get(k);
            EventService.Outcome outcome = outcomes.get(k);
            if (outcome.answer() != null) {
                metrics.accepted(valid.get(k).type(), outcome.answer());
            }
            results[i] = outcome.answer() != null
                    ? new BatchResult(i, 200, outcome.answer(), null)
                    : refusal(i, outcome.refusal());
        }
        int accepted = 0;
        int duplicates = 0;
        for (BatchResult result : results) {
            if (result.answer() != null) {
                accepted += result.answer().duplicate() ? 0 : 1;
                duplicates += result.answer().duplicate() ? 1 : 0;
            }
        }
        return new BatchAnswer(accepted, duplicates, results.length - accepted - duplicates, List.of(results));
    }

    private GroupEvent checkItem(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new InvalidRequestException("event", "must be a JSON object");
        }
        BatchItem parsed;
        try {
            parsed = json.treeToValue(item, BatchItem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidRequestException("event", "has a field of the wrong type");
        }
        RequestChecks checks = new RequestChecks();
        checks.id("groupId", parsed.groupId(), true);
        return check(
                parsed.groupId(),
                new EventRequest(parsed.eventId(), parsed.type(), parsed.memberId(), parsed.at(), parsed.payload()),
                checks);
    }

    private static BatchResult refusal(int index, RuntimeException refused) {
        ProblemDetail problem;
        if (refused instanceof InvalidRequestException invalid) {
            problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, invalid.getMessage());
            problem.setProperty(
                    "errors",
                    invalid.problems().stream()
                            .map(f -> Map.of("field", f.field(), "message", f.message()))
                            .toList());
        } else if (refused instanceof NotFoundException) {
            problem = Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, refused.getMessage());
        } else if (refused instanceof ConflictException) {
            problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, refused.getMessage());
        } else {
            problem = Problems.of(
                    HttpStatus.CONFLICT,
                    Problems.CONFLICT,
                    "A concurrent call with the same eventId was being applied; send this event again");
        }
        return new BatchResult(index, problem.getStatus(), null, problem);
    }

    private static GroupEvent check(String groupId, EventRequest request) {
        return check(groupId, request, new RequestChecks());
    }

    private static GroupEvent check(String groupId, EventRequest request, RequestChecks checks) {
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
        } else if (payload.toString().length() > MAX_PAYLOAD) {
            checks.add("payload", "must be at most " + MAX_PAYLOAD + " characters as JSON");
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
                    checks.oneOf(
                            "payload.role",
                            role.isTextual() ? role.asText() : role.toString(),
                            MemberRole.class,
                            false);
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
