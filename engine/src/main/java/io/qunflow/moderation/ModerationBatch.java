package io.qunflow.moderation;

import io.qunflow.rules.model.MemberJoin;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Moderation of one batch of a group's events (see {@link ModerationService#batch}): messages and
 * joins judged in the events' order as {@link ModerationService#moderate} and {@link JoinGate#screen}
 * judge them, on the members' strikes read at once; the strikes added are stored on {@link #flush}.
 * A member's layer is asked for only when the rules are asked, which is seldom: in a batch it may
 * still have to be evaluated.
 */
public final class ModerationBatch {

    private final ModerationService moderation;
    private final JoinGate gate;
    private final BatchStrikes strikes;

    ModerationBatch(ModerationService moderation, JoinGate gate, BatchStrikes strikes) {
        this.moderation = moderation;
        this.gate = gate;
        this.strikes = strikes;
    }

    /** See {@link ModerationService#moderate}; the message's own {@code layer} is not read. */
    public ModerationService.Moderation moderate(ModerationService.MessageToCheck message, Supplier<String> layer) {
        return moderation.moderate(message, strikes, layer);
    }

    /** See {@link JoinGate#screen}. */
    public ModerationService.Moderation screenJoin(
            String eventId, MemberJoin join, Supplier<String> layer, OffsetDateTime at) {
        return gate.screen(eventId, join, layer, at, strikes);
    }

    /** Stores the strikes the batch's decisions gave, in one batch statement. */
    public void flush() {
        strikes.flush();
    }
}
