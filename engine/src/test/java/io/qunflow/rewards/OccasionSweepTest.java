package io.qunflow.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import io.qunflow.TestGroup;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionType;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ApiTest
class OccasionSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    OccasionSweep sweep;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSilentMembersBirthday_isPaidByTheSweep_once() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = TestGroup.of(port).name("生日群").intro("每天都有人过生日").open().id;
        OffsetDateTime shanghai = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        String today = shanghai.toLocalDate().toString().substring(5);
        // Joined two days ago and silent since: no event today brings the birthday up.
        api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-j","type":"MEMBER_JOINED","memberId":"quiet","at":"%s",
                 "payload":{"nickname":"小静","birthday":"%s"}}""".formatted(groupId, shanghai.minusDays(2), today));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ? AND member_id = 'quiet'"
                                + " AND amount_cents <> 88")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();

        List<Action> first = sweep.celebrate(groups.get(groupId));
        List<Action> again = sweep.celebrate(groups.get(groupId));

        assertThat(first).extracting(Action::type).contains(ActionType.SEND_RED_ENVELOPE);
        assertThat(first).allSatisfy(a -> {
            assertThat(a.memberId()).isEqualTo("quiet");
            assertThat(a.eventId()).isNull();
        });
        assertThat(again).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * Two nodes' sweeps reach the same birthday at the same moment: the second goes on once the
     * first has booked it (the first commits only when the second has finished or waits for a lock
     * the first holds, so the outcome does not depend on timing). Paid once, and the second sweep
     * neither fails nor pays again.
     */
    @Test
    void twoSweepsOfTheSameBirthdayAtOnce_payItOnce_andTheSecondGoesOn() {
        ApiClient api = ApiClient.withKey(port, "qf_dev_key");
        String groupId = TestGroup.of(port).name("双节点生日群").intro("两个节点同时发").open().id;
        OffsetDateTime shanghai = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s-j","type":"MEMBER_JOINED","memberId":"quiet","at":"%s",
                 "payload":{"nickname":"小静","birthday":"%s"}}""".formatted(
                        groupId,
                        shanghai.minusDays(2),
                        shanghai.toLocalDate().toString().substring(5)));
        Group group = groups.get(groupId);
        AtomicReference<CompletableFuture<List<Action>>> otherNode = new AtomicReference<>();

        List<Action> first = transactions.execute(status -> {
            // Booked in this transaction, not yet committed, when the other node's sweep looks.
            List<Action> booked = sweep.celebrate(group);
            otherNode.set(CompletableFuture.supplyAsync(() -> sweep.celebrate(group)));
            await().atMost(Duration.ofMinutes(1)).until(() -> otherNode.get().isDone() || aSessionWaitsForALock());
            return booked;
        });
        List<Action> second = otherNode.get().join();

        assertThat(first).extracting(Action::type).contains(ActionType.SEND_RED_ENVELOPE);
        assertThat(second).isEmpty();
        // The join's welcome envelope has its event; the birthday's, paid by a sweep, has none.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_red_envelope WHERE group_id = ? AND member_id = 'quiet'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_action WHERE group_id = ? AND type = 'SEND_RED_ENVELOPE'"
                                + " AND event_id IS NULL")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Whether any session of the test database waits for a row another transaction holds. */
    private boolean aSessionWaitsForALock() {
        String waiting = TestDatabase.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        return jdbc.sql(waiting).query(Integer.class).single() > 0;
    }
}
