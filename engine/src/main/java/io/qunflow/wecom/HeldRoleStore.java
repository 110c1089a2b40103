package io.qunflow.wecom;

import io.qunflow.members.MemberRole;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The role each member held before WeCom gave them a position in the chat (owner, admin), so that
 * losing the position gives back a role operators set (KOC, a seeded account's STAFF).
 */
@Repository
class HeldRoleStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    HeldRoleStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Optional<MemberRole> find(String chatId, String memberId) {
        return jdbc.sql("SELECT role FROM qf_wecom_held_role WHERE chat_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .query((rs, row) -> MemberRole.valueOf(rs.getString("role")))
                .optional();
    }

    /**
     * Keeps the role held now; replaces one kept before, which a later role set by operators
     * outdates. Two nodes may handle callbacks of the same chat at once: the one whose insert loses
     * the race updates the row the other inserted. The insert runs under a savepoint, since on
     * PostgreSQL a failed statement would abort a transaction the caller holds.
     */
    void keep(String chatId, String memberId, MemberRole role) {
        if (update(chatId, memberId, role)) {
            return;
        }
        try {
            savepoint.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO qf_wecom_held_role (chat_id, member_id, role) VALUES (?, ?, ?)")
                            .params(chatId, memberId, role.name())
                            .update());
        } catch (DuplicateKeyException insertedMeanwhile) {
            update(chatId, memberId, role);
        }
    }

    void forget(String chatId, String memberId) {
        jdbc.sql("DELETE FROM qf_wecom_held_role WHERE chat_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .update();
    }

    private boolean update(String chatId, String memberId, MemberRole role) {
        return jdbc.sql("UPDATE qf_wecom_held_role SET role = ? WHERE chat_id = ? AND member_id = ?")
                        .params(role.name(), chatId, memberId)
                        .update()
                > 0;
    }
}
