package io.qunflow.workflow;

import io.qunflow.common.ConflictException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One deploy at a time on the database, whichever node it runs on. A diagram is checked against the
 * processes deployed so far (a caller passing a timer variable into a loop, a call leading back):
 * two deploys that each passed that check before either was stored could together form what it
 * refuses. The check and the deploy therefore run in one transaction holding the row Camunda itself
 * locks while it deploys ({@code deployment.lock} in {@code ACT_GE_PROPERTY}, present in every
 * Camunda schema), so the next deploy checks against what this one stored.
 */
@Component
class DeploymentLock {

    /**
     * What the database answers when another transaction holds the row: PostgreSQL's {@code
     * lock_not_available}, H2's lock time-out (at once under {@code NOWAIT}). Spring's translation
     * of them differs by database and driver version (uncategorised on PostgreSQL), so the state is
     * read here.
     */
    private static final Set<String> HELD_ELSEWHERE = Set.of("55P03", "HYT00");

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DeploymentLock(TransactionTemplate transactions, JdbcClient jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Runs the check and deploy holding the lock until they commit; Camunda's commands join the
     * transaction.
     *
     * @throws ConflictException at once when another deploy holds it: a designer deploying again a
     *     moment later gets the check against what that deploy stored, a caller left waiting behind a
     *     slow deploy would get nothing better
     */
    <T> T holding(Supplier<T> checkAndDeploy) {
        return transactions.execute(status -> {
            take();
            return checkAndDeploy.get();
        });
    }

    private void take() {
        try {
            jdbc.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'deployment.lock' FOR UPDATE NOWAIT")
                    .query(String.class)
                    .list();
        } catch (DataAccessException e) {
            if (!(e.getCause() instanceof SQLException refused) || !HELD_ELSEWHERE.contains(refused.getSQLState())) {
                throw e;
            }
            throw new ConflictException(
                    "Another workflow is being deployed right now, on this node or another; nothing was deployed."
                            + " Deploy again in a moment: it will be checked against what that deploy stored.",
                    "另一个流程正在部署（本节点或其他节点），本次未部署。请稍后再部署，届时会对照那次部署的结果检查。");
        }
    }
}
