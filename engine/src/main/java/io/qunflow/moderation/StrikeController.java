package io.qunflow.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A member's moderation record: what was found, what was decided, and why. */
@RestController
class StrikeController {

    private final ModerationService moderation;
    private final Clock clock;

    StrikeController(ModerationService moderation, Clock clock) {
        this.moderation = moderation;
        this.clock = clock;
    }

    record StrikeRecord(int strikesInWindow, List<Strike> strikes, List<String> explanation) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}/strikes")
    StrikeRecord strikes(@PathVariable String groupId, @PathVariable String memberId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new StrikeRecord(
                moderation.strikesInWindow(groupId, memberId, now),
                moderation.strikes(groupId, memberId),
                moderation.explain(groupId, memberId, now));
    }
}
