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
import io.qunflow.common.Words;
import io.qunflow.common.constraints.FieldProblems;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.OffsetTime;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Required;
import io.qunflow.common.constraints.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where connectors post what happened in a group. */
@RestController
class EventController {

    /** The most events one batch call takes. */
    static final int MAX_BATCH = 1000;

    /** How the WeCom connector's own event ids begin (wecom:msg:…, wecom:chat:member:joined:…). */
    static final String CONNECTOR_EVENT_IDS = "wecom:";

    /** What a refusal of a whole event calls it. */
    private static final Words EVENT = new Words("The event", "事件");

    private final EventService events;
    private final ObjectMapper json;
    private final EventMetrics metrics;
    private final Validator validator;
    private final Clock clock;
    private final Duration maxClockSkew;

    EventController(
            EventService events,
            ObjectMapper json,
            EventMetrics metrics,
            Validator validator,
            Clock clock,
            @Value("${qunflow.events.max-clock-skew:PT5M}") Duration maxClockSkew) {
        this.events = events;
        this.json = json;
        this.metrics = metrics;
        this.validator = validator;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    /** One event for a group; {@code at} is when it happened, with its offset. */
    @RequestSubject(value = "The event", zh = "事件")
    @EventPayload
    record EventRequest(
            @Text(max = 200, required = true) String eventId,
            @OneOf(value = EventType.class, required = true) String type,
            @Identifier(required = true, inAddress = true) String memberId,
            @OffsetTime(required = true) String at,
            JsonNode payload)
            implements EventPayload.Fields {

        GroupEvent toEvent(String groupId) {
            return new GroupEvent(
                    eventId,
                    groupId,
                    EventType.valueOf(type),
                    memberId,
                    OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC),
                    payload == null ? JsonNodeFactory.instance.objectNode() : payload);
        }
    }

    @PostMapping("/api/v1/groups/{groupId}/events")
    EventAnswer post(@PathVariable String groupId, @RequestBody EventRequest request) {
        // Every log line written while the event is applied names it (structured logs carry the MDC).
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", groupId);
                MDC.MDCCloseable e = MDC.putCloseable("eventId", request.eventId())) {
            GroupEvent event = notAhead(checked(request, EventRequest.class).toEvent(groupId));
            Timer.Sample started = Timer.start();
            EventAnswer answer = events.acceptRetrying(event);
            started.stop(metrics.decisions());
            metrics.accepted(event.type(), answer);
            return answer;
        }
    }

    @RequestSubject(value = "The batch", zh = "批量事件")
    record BatchRequest(
            @Schema(description = "1 to 1000 events, each {groupId, eventId, type, memberId, at, payload}")
            @Required
            @Items(
                    min = 1,
                    max = MAX_BATCH,
                    en = "must hold 1 to " + MAX_BATCH + " events",
                    zh = "须有 1 到 " + MAX_BATCH + " 个事件")
            List<JsonNode> events) {}

    /** One event of a batch: an event request that names its group. */
    @RequestSubject(value = "The event", zh = "事件")
    @EventPayload
    record BatchItem(
            @Identifier(required = true) String groupId,
            @Text(max = 200, required = true) String eventId,
            @OneOf(value = EventType.class, required = true) String type,
            @Identifier(required = true, inAddress = true) String memberId,
            @OffsetTime(required = true) String at,
            JsonNode payload)
            implements EventPayload.Fields {

        GroupEvent toEvent() {
            return new EventRequest(eventId, type, memberId, at, payload).toEvent(groupId);
        }
    }

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
    BatchAnswer batch(@Valid @RequestBody BatchRequest request) {
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
            throw new InvalidRequestException("event", EVENT, new Words("must be a JSON object", "须为 JSON 对象"));
        }
        BatchItem parsed;
        try {
            parsed = json.treeToValue(item, BatchItem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidRequestException("event", EVENT, new Words("has a field of the wrong type", "有字段的类型不对"));
        }
        return notAhead(checked(parsed, BatchItem.class).toEvent());
    }

    /**
     * The event if it happened by now, give or take {@code qunflow.events.max-clock-skew} for
     * clocks that run a little fast. One dated ahead would sit first in every "latest" read
     * (activity, layering, the review queue), escape every sweep by age (pruning, churn) until its
     * date, and count streaks and quotas on days yet to come. Past events are fine: connectors
     * catch up, and backtests replay what was stored.
     */
    private GroupEvent notAhead(GroupEvent event) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (event.at().isAfter(now.plus(maxClockSkew))) {
            long minutes = maxClockSkew.toMinutes();
            String allowance = minutes > 0 ? minutes + " min" : maxClockSkew.toSeconds() + " s";
            String allowanceZh = minutes > 0 ? minutes + " 分钟" : maxClockSkew.toSeconds() + " 秒";
            throw new InvalidRequestException(
                    "at",
                    new Words("The event's time", "事件时间"),
                    new Words(
                            "is more than " + allowance + " ahead of the server's clock (" + now
                                    + "): send when the event happened, with its offset",
                            "比服务器时钟（" + now + "）快了 " + allowanceZh + "以上：请发送事件发生的时间，并带上时区偏移"));
        }
        return event;
    }

    /**
     * The request if its constraints hold; otherwise every field problem, as a 400. Event ids the
     * WeCom connector gives its own events are refused here, where events arrive from API keys:
     * a key sending one first would make the connector's real event a duplicate, skipped.
     */
    private <T> T checked(T request, Class<T> type) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw FieldProblems.refusal(FieldProblems.of(violations, type), type);
        }
        String eventId = request instanceof EventRequest single
                ? single.eventId()
                : request instanceof BatchItem item ? item.eventId() : null;
        if (eventId != null && eventId.regionMatches(true, 0, CONNECTOR_EVENT_IDS, 0, CONNECTOR_EVENT_IDS.length())) {
            throw new InvalidRequestException(
                    "eventId",
                    new Words("The event's id", "事件编号"),
                    new Words(
                            "starts with " + CONNECTOR_EVENT_IDS + ", which is kept for the WeCom connector's events",
                            "不能以 " + CONNECTOR_EVENT_IDS + " 开头，这个前缀留给企业微信连接器的事件"));
        }
        return request;
    }

    private static BatchResult refusal(int index, RuntimeException refused) {
        ProblemDetail problem;
        if (refused instanceof InvalidRequestException invalid) {
            problem = Problems.invalid(invalid);
        } else if (refused instanceof NotFoundException missing) {
            problem = Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, missing.getMessage(), missing.detailZh());
        } else if (refused instanceof ConflictException conflict) {
            problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, conflict.getMessage(), conflict.detailZh());
        } else {
            problem = Problems.of(
                    HttpStatus.CONFLICT,
                    Problems.CONFLICT,
                    "A concurrent call with the same eventId was being applied; send this event again",
                    "另一个带相同 eventId 的请求正在处理；请再发送一次这个事件");
        }
        return new BatchResult(index, problem.getStatus(), null, problem);
    }
}
