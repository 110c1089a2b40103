package io.qunflow.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.common.constraints.WholeNumber;
import jakarta.validation.Valid;
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
    @RequestSubject(value = "The action query", zh = "动作查询")
    List<ActionView> list(
            @RequestParam(defaultValue = "PENDING") @OneOf(value = Status.class, required = true) String status,
            @RequestParam(defaultValue = "100") @WholeNumber(min = 1, max = 1000) String limit) {
        return outbox.list(status, Integer.parseInt(limit.strip())).stream()
                .map(ActionView::of)
                .toList();
    }

    @RequestSubject(value = "The acknowledgement", zh = "回执")
    record AckRequest(
            @OneOf(value = AckStatus.class, required = true) String status,
            @Text(max = 2000) String detail) {}

    @PostMapping("/{id}/ack")
    ActionView ack(@PathVariable String id, @Valid @RequestBody AckRequest request) {
        return ActionView.of(outbox.acknowledge(id, request.status(), request.detail()));
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
            String detailZh,
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
                    a.detailZh(),
                    a.createdAt());
        }
    }
}
