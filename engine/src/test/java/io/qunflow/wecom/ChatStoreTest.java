package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.SessionWaits;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What WeCom said of each chat, kept by nodes that may handle callbacks of one new chat at once. */
@WeComTest
class ChatStoreTest {

    @Autowired
    ChatStore chats;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    /**
     * One node stores a chat Qunflow had not heard of and has not committed; the other saves the same
     * chat meanwhile, on its own connection and thread, finds no row to update and inserts, waiting
     * on the key the first holds. The first commits only once the second has finished or waits, so
     * the outcome does not depend on timing. The second's save must succeed (a failure would fail its
     * callback) with what it read, the later word.
     */
    @Test
    void save_ofAChatAnotherNodeInsertsMeanwhile_updatesItsRow() {
        String chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        OffsetDateTime now = OffsetDateTime.now(clock);
        AtomicReference<CompletableFuture<Void>> second = new AtomicReference<>();

        transactions.executeWithoutResult(status -> {
            chats.save(new ChatStore.Chat(chatId, "owner-sun", "新品群", null, "v1", false), now);
            second.set(CompletableFuture.runAsync(
                    () -> chats.save(new ChatStore.Chat(chatId, "owner-ma", "新品体验群", "群公告", "v2", false), now)));
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> second.get().isDone()
                            || SessionWaits.aSessionWaitsIn(jdbc, "INSERT INTO qf_wecom_chat ")
                            || SessionWaits.aSessionWaitsIn(jdbc, "UPDATE qf_wecom_chat "));
        });
        second.get().join();

        assertThat(chats.find(chatId)).contains(new ChatStore.Chat(chatId, "owner-ma", "新品体验群", "群公告", "v2", false));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_wecom_chat WHERE chat_id = ?")
                        .param(chatId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
