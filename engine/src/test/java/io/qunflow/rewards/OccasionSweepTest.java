package io.qunflow.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionType;
import io.qunflow.groups.GroupService;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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
}
