package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.rules.RuleSetStore.StoredVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shadow runs as compliance staff start and stop them: a candidate evaluated beside a rule set's
 * active version, each start and stop in the audit trail, and where the two disagreed. The
 * evaluation itself is {@link Shadows}'.
 */
@Service
class RuleSetShadows {

    private final RuleSets ruleSets;
    private final RuleSetStore store;
    private final Shadows shadows;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    RuleSetShadows(RuleSets ruleSets, RuleSetStore store, Shadows shadows, AuditTrail audit, TransactionTemplate tx) {
        this.ruleSets = ruleSets;
        this.store = store;
        this.shadows = shadows;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * Starts evaluating a candidate beside the active version on every live evaluation of the rule
     * set, replacing any shadow already running (whose end the audit records as a stop). Its
     * decisions are never acted on; where they differ from the active version's, the difference
     * is stored.
     *
     * @throws InvalidRequestException when the source is refused (source and comment are present,
     *     as the API checks on the request)
     */
    ShadowStatus start(String name, String source, String comment, String author) {
        ruleSets.requireExists(name);
        RuleCandidate candidate = ruleSets.draft(name, source);
        StoredVersion active = store.active(name).orElseThrow();
        // One start or stop at a time, so the shadow a start replaces is the one its audit names.
        synchronized (this) {
            Optional<ShadowStatus> replaced = shadows.status(name);
            tx.executeWithoutResult(status -> {
                replaced.ifPresent(old -> audit.record(
                        author,
                        "RULE_SET",
                        name,
                        "SHADOW_STOPPED",
                        ended(new Words("replaced by a new shadow", "被新的影子运行取代"), old),
                        null));
                audit.record(
                        author,
                        "RULE_SET",
                        name,
                        "SHADOW_STARTED",
                        comment,
                        SourceDiff.unified(
                                name + ".drl v" + active.version(), active.source(), name + ".drl shadow", source));
            });
            return shadows.start(candidate.compiled(), author, comment);
        }
    }

    /** @throws NotFoundException when no shadow runs for the rule set */
    synchronized ShadowStatus stop(String name, String author) {
        ruleSets.requireExists(name);
        ShadowStatus stopped =
                shadows.stop(name).orElseThrow(() -> new NotFoundException("Shadow of rule set", "影子运行中的规则集", name));
        tx.executeWithoutResult(status -> audit.record(
                author,
                "RULE_SET",
                name,
                "SHADOW_STOPPED",
                ended(new Words("shadow stopped", "影子运行已停止"), stopped),
                null));
        return stopped;
    }

    private static Words ended(Words how, ShadowStatus shadow) {
        return new Words(
                how.en() + " after " + shadow.evaluated() + " evaluations, " + shadow.disagreements()
                        + " disagreements",
                how.zh() + "：共评估 " + shadow.evaluated() + " 次，与生效版本不一致 " + shadow.disagreements() + " 次");
    }

    /** @throws NotFoundException when no shadow runs for the rule set */
    ShadowStatus status(String name) {
        ruleSets.requireExists(name);
        return shadows.status(name).orElseThrow(() -> new NotFoundException("Shadow of rule set", "影子运行中的规则集", name));
    }

    /** Where shadow candidates of the rule set disagreed with the active version, newest first. */
    List<ShadowDisagreement> disagreements(String name, int limit) {
        ruleSets.requireExists(name);
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException(
                    "limit",
                    new Words("The number of disagreements asked for", "请求的不一致记录条数"),
                    new Words("must be between 1 and 500", "须在 1 到 500 之间"));
        }
        return shadows.disagreements(name, limit);
    }
}
