package io.qunflow.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.common.RequestChecks;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pull delivery: connectors list pending actions and acknowledge what they carried out. */
@RestController
@RequestMapping("/api/v1/actions")
class ActionController {

    enum Status {
        PENDING,
        DONE,
        FAILED
    }

    enum AckStatus {
        DONE,
        FAILED
    }

    private final ActionOutbox outbox;

    ActionController(ActionOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<ActionView> list(
            @RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "100") String limit) {
        RequestChecks checks = new RequestChecks();
        Status wanted = checks.oneOf("status", status, Status.class, true);
        int max = 0;
        try {
            max = Integer.parseInt(limit);
            if (max < 1 || max > 1000) {
                checks.add("limit", "must be between 1 and 1000");
            }
        } catch (NumberFormatException e) {
            checks.add("limit", "must be a whole number between 1 and 1000");
        }
        checks.throwIfAny("The action query");
        return outbox.list(wanted.name(), max).stream().map(ActionView::of).toList();
    }

    record AckRequest(String status, String detail) {}

    @PostMapping("/{id}/ack")
    ActionView ack(@PathVariable String id, @RequestBody AckRequest request) {
        RequestChecks checks = new RequestChecks();
        AckStatus status = checks.oneOf("status", request.status(), AckStatus.class, true);
        checks.text("detail", request.detail(), 2000, false);
        checks.throwIfAny("The acknowledgement");
        return ActionView.of(outbox.acknowledge(id, status.name(), request.detail()));
    }

    /** An action as connectors see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionView(
            String id,
            ActionType type,
            String groupId,
            @JsonInclude(JsonInclude.Include.ALWAYS) String eventId,
            String memberId,
            String text,
            Long amountCents,
            Integer points,
            String status,
            String detail,
            java.time.OffsetDateTime createdAt) {

        static ActionView of(Action a) {
            return new ActionView(
                    a.id(),
                    a.type(),
                    a.groupId(),
                    a.eventId(),
                    a.memberId(),
                    a.text(),
                    a.amountCents(),
                    a.points(),
                    a.status(),
                    a.detail(),
                    a.createdAt());
        }
    }
}
