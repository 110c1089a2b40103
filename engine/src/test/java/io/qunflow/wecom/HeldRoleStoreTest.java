package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.members.MemberRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The role a member held before a WeCom position, kept by nodes that may handle one chat at once. */
@WeComTest
class HeldRoleStoreTest {

    @Autowired
    HeldRoleStore held;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /**
     * Two nodes reading the same chat keep the same member's role at once; each keep must succeed
     * (a failure would fail the callback) and one row stay. Half the rounds keep inside a caller's
     * transaction, which a failed statement would abort on PostgreSQL.
     */
    @Test
    void keep_twoNodesKeepingAtOnceBothSucceedAndOneRowStays() throws Exception {
        String chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        for (int round = 0; round < 40; round++) {
            String memberId = "wm" + round;
            boolean inTransaction = round % 2 == 1;
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> nodes = List.of(MemberRole.KOC, MemberRole.STAFF).stream()
                    .map(role -> CompletableFuture.runAsync(() -> {
                        await(together);
                        if (inTransaction) {
                            tx.executeWithoutResult(status -> held.keep(chatId, memberId, role));
                        } else {
                            held.keep(chatId, memberId, role);
                        }
                    }))
                    .toList();
            for (CompletableFuture<Void> node : nodes) {
                node.get();
            }

            assertThat(jdbc.sql("SELECT role FROM qf_wecom_held_role WHERE chat_id = ? AND member_id = ?")
                            .params(chatId, memberId)
                            .query(String.class)
                            .list())
                    .hasSize(1)
                    .first()
                    .isIn("KOC", "STAFF");
        }
    }

    @Test
    void keep_replacesTheRoleKeptBefore() {
        String chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        held.keep(chatId, "wmK", MemberRole.KOC);
        held.keep(chatId, "wmK", MemberRole.STAFF);

        assertThat(held.find(chatId, "wmK")).contains(MemberRole.STAFF);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
