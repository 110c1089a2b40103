package io.qunflow.wecom;

import io.qunflow.members.MemberRole;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The role each member held before WeCom gave them a position in the chat (owner, admin), so that
 * losing the position gives back a role operators set (KOC, a seeded account's STAFF).
 */
@Repository
class HeldRoleStore {

    private final JdbcClient jdbc;

    HeldRoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MemberRole> find(String chatId, String memberId) {
        return jdbc.sql("SELECT role FROM qf_wecom_held_role WHERE chat_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .query((rs, row) -> MemberRole.valueOf(rs.getString("role")))
                .optional();
    }

    /** Keeps the role held now; replaces one kept before, which a later role set by operators outdates. */
    void keep(String chatId, String memberId, MemberRole role) {
        forget(chatId, memberId);
        jdbc.sql("INSERT INTO qf_wecom_held_role (chat_id, member_id, role) VALUES (?, ?, ?)")
                .params(chatId, memberId, role.name())
                .update();
    }

    void forget(String chatId, String memberId) {
        jdbc.sql("DELETE FROM qf_wecom_held_role WHERE chat_id = ? AND member_id = ?")
                .params(chatId, memberId)
                .update();
    }
}
