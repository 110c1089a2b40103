package io.qunflow.wecom;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What WeCom alone knows of each customer group: its owner, notice and member version. */
@Repository
class ChatStore {

    record Chat(
            String chatId, String ownerUserId, String name, String notice, String memberVersion, boolean dismissed) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ChatStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Optional<Chat> find(String chatId) {
        return jdbc.sql("SELECT * FROM qf_wecom_chat WHERE chat_id = ?")
                .param(chatId)
                .query((rs, row) -> new Chat(
                        rs.getString("chat_id"),
                        rs.getString("owner_user_id"),
                        rs.getString("name"),
                        rs.getString("notice"),
                        rs.getString("member_version"),
                        rs.getBoolean("dismissed")))
                .optional();
    }

    /**
     * Whether the chat was dismissed, holding its row to the end of the caller's transaction so a
     * dismissal arriving meanwhile waits for the caller's work and sees it. A chat Qunflow does not
     * know has no row to hold and has not been dismissed.
     */
    boolean dismissedHoldingTheRow(String chatId) {
        return jdbc.sql("SELECT dismissed FROM qf_wecom_chat WHERE chat_id = ? FOR UPDATE")
                .param(chatId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    boolean known(String chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_wecom_chat WHERE chat_id = ?")
                        .param(chatId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The chats not dismissed, for what concerns a customer in whichever group they are. */
    List<String> live() {
        return jdbc.sql("SELECT chat_id FROM qf_wecom_chat WHERE dismissed = FALSE ORDER BY chat_id")
                .query(String.class)
                .list();
    }

    /**
     * Keeps what WeCom said of the chat. Two nodes may handle callbacks of a new chat at once: the
     * one whose insert loses the race updates the row the other inserted, rather than fail the
     * callback. The insert runs under a savepoint, since on PostgreSQL a failed statement would
     * abort a transaction the caller holds.
     */
    void save(Chat chat, OffsetDateTime now) {
        if (update(chat, now)) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO qf_wecom_chat (chat_id, owner_user_id, name, notice, member_version, dismissed,"
                                    + " synced_at) VALUES (?,?,?,?,?,?,?)")
                    .params(
                            chat.chatId(),
                            chat.ownerUserId(),
                            chat.name(),
                            chat.notice(),
                            chat.memberVersion(),
                            chat.dismissed(),
                            now)
                    .update());
        } catch (DuplicateKeyException insertedMeanwhile) {
            update(chat, now);
        }
    }

    private boolean update(Chat chat, OffsetDateTime now) {
        return jdbc.sql("UPDATE qf_wecom_chat SET owner_user_id = ?, name = ?, notice = ?, member_version = ?,"
                                + " dismissed = ?, synced_at = ? WHERE chat_id = ?")
                        .params(
                                chat.ownerUserId(),
                                chat.name(),
                                chat.notice(),
                                chat.memberVersion(),
                                chat.dismissed(),
                                now,
                                chat.chatId())
                        .update()
                > 0;
    }

    void dismiss(String chatId, OffsetDateTime now) {
        jdbc.sql("UPDATE qf_wecom_chat SET dismissed = TRUE, synced_at = ? WHERE chat_id = ?")
                .params(now, chatId)
                .update();
    }
}
